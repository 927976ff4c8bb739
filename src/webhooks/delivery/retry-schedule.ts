/** What a failed attempt leads to: another attempt after `delayMs`, or none. */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

const JITTER = 0.2;
const MAX_RETRY_AFTER_MS = 24 * 3600_000;

/**
 * Svix's schedule: schedule[i] is the wait before attempt i (0-based), so
 * after `attemptsMade` attempts the next waits schedule[attemptsMade], with
 * ±20% jitter so receivers are not hit by every retry at once. A receiver's
 * Retry-After lengthens the wait, never shortens it, up to a day.
 */
export function nextAttempt(
  attemptsMade: number,
  scheduleMs: readonly number[],
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): RetryDecision {
  if (attemptsMade >= scheduleMs.length) return { retry: false };
  const base = scheduleMs[attemptsMade]!;
  const jittered = Math.round(base * (1 - JITTER + 2 * JITTER * random()));
  const delayMs = retryAfterMs === null ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
  return { retry: true, delayMs };
}

/** Retry-After as delta-seconds or an HTTP date, in ms from `now`; null when absent or malformed. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return null;
  const trimmed = raw.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
