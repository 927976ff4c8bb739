import { useRef, useState } from 'react';

/**
 * Runs a component's actions one at a time: a press (a double click, a
 * second Enter) while one is at work does nothing, instead of sending its
 * request again (a second user "already exists", a second secret rotation
 * whose first secret nobody saw, a second key never shown). The guard is a
 * ref, so two presses within one render are caught too; `busy` is for the
 * button that says it is at work (BusyButton).
 */
export function useOneAtATime(): { busy: boolean; run: (work: () => Promise<unknown>) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { busy, run };
}
