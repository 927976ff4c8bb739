import type { Draft } from './grading';

/**
 * Grade drafts kept in this tab's history entry (`history.state`), so a reload the person confirmed
 * brings the draft back with its claim: the in-memory copy (kept-state) dies with the page. Not web
 * storage: it goes with the tab and its history entry, never to another tab, and signing out clears it.
 * Whose drafts they are is kept with them: someone else signing in in this tab never gets them.
 */
const KEY = 'claimtrailGradeDrafts';
// A grade in progress or two, not every claim ever skipped: the oldest go first.
const MOST = 20;

interface Kept {
  userId: string;
  drafts: Array<[claimId: string, draft: Draft]>;
}

function kept(userId: string): Kept['drafts'] {
  const entry = (window.history.state as Record<string, unknown> | null)?.[KEY] as Kept | undefined;
  return entry?.userId === userId && Array.isArray(entry.drafts) ? entry.drafts : [];
}

function write(value: Kept | undefined): void {
  // The router's own fields (its key, index and state) stay as they are.
  const state = { ...((window.history.state as Record<string, unknown> | null) ?? {}), [KEY]: value };
  if (!value) delete state[KEY];
  window.history.replaceState(state, '');
}

export function draftsInHistory(userId: string): Kept['drafts'] {
  return kept(userId);
}

// Chromium ignores (and warns about) more than about 200 history writes in 10 seconds, which a quick
// typist's note would reach at one write a key: the latest draft is written at most twice a second,
// and at once when the screen changes or the page goes (a reload).
const EVERY_MS = 500;
let pending: { userId: string; claimId: string; draft: Draft } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function writePending(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!pending) return;
  const { userId, claimId, draft } = pending;
  pending = null;
  const others = kept(userId).filter(([id]) => id !== claimId);
  write({ userId, drafts: [...others, [claimId, draft] as [string, Draft]].slice(-MOST) });
}

// Before the page goes: a write while it is being hidden is too late to stay with the entry.
if (typeof window !== 'undefined') window.addEventListener('beforeunload', writePending);

/** Writes the latest draft now: before the screen changes, it would land in the next screen's entry. */
export const flushDraftsInHistory = writePending;

export function keepDraftInHistory(userId: string, claimId: string, draft: Draft): void {
  if (pending && (pending.userId !== userId || pending.claimId !== claimId)) writePending();
  pending = { userId, claimId, draft };
  timer ??= setTimeout(writePending, EVERY_MS);
}

export function forgetDraftInHistory(userId: string, claimId: string): void {
  if (pending?.claimId === claimId) pending = null;
  write({ userId, drafts: kept(userId).filter(([id]) => id !== claimId) });
}

export function clearDraftsInHistory(): void {
  pending = null;
  write(undefined);
}
