/** A dialog over the page (the session-expired sign-in) owns its keys: they must not grade, submit or skip the claim beneath it. */
export function inDialog(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('[role="dialog"]');
}

/** Whether a key belongs to what has focus rather than to the single-key shortcuts: a field, a select's type-ahead, a dialog. */
export function keyBelongsElsewhere(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  if (!el) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable || inDialog(el);
}
