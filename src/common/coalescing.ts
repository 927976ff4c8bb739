/**
 * Wraps `task` so that a call while it runs does not start a second run but
 * asks for one more after it: bursts of wake-ups cost one run plus one. The
 * task may also ask for another run itself (a full page read, say) by
 * returning true. Errors go to `onError`; the next call runs again.
 */
export function coalescing(task: () => Promise<boolean | void>, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          if (await task()) again = true;
        } while (again);
      } catch (error) {
        onError(error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
