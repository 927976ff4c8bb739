/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves at the wall-clock time `at` (milliseconds since the epoch), at once if it has passed. */
export function sleepUntil(at: number): Promise<void> {
  return sleep(Math.max(0, at - Date.now()));
}

/** The longest pause between two checks of a wait. */
const MAX_INTERVAL_MS = 400;

/**
 * Polls `check` until it returns a value other than undefined, and returns
 * that value: the one way the suites wait for something (no fixed sleeps).
 * An error thrown by `check` ends the wait at once (a child process that
 * exited, say); one that is only "not yet" must return undefined instead.
 *
 * The pause starts at `intervalMs` and grows by half at each miss, up to
 * MAX_INTERVAL_MS (a longer first pause a caller asks for is kept): a short wait still ends within a few tens of
 * milliseconds, and a long one (an analysis, a retry's backoff) no longer
 * sends twenty requests a second to a service that needs the CPU for the
 * work being waited for.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let pause = intervalMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(pause);
    if (pause < MAX_INTERVAL_MS) pause = Math.min(pause * 1.5, MAX_INTERVAL_MS);
  }
}
