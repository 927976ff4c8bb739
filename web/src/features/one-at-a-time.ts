import { useRef } from 'react';

/**
 * Runs a component's actions one at a time: a press (a double click, a held
 * Enter) while one is at work does nothing, instead of sending its request
 * again (a second secret rotation whose first secret nobody saw, a second
 * redelivery). For forms, BusyButton also says that it is at work.
 */
export function useOneAtATime(): (work: () => Promise<unknown>) => Promise<void> {
  const busy = useRef(false);
  return async (work) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  };
}
