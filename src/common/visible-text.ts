// Something a reader sees: not only spaces, zero-width spaces or other format characters.
export const VISIBLE_CHARACTER = /[^\s\p{Cf}\p{Z}]/u;

/** Whether `value` holds a character a reader sees (plain: the engine's threads use it too). */
export function hasVisibleText(value: string): boolean {
  return VISIBLE_CHARACTER.test(value);
}
