import { useEffect } from 'react';

/**
 * While something typed would be lost for good (a reload, a closed tab, another site), the browser asks
 * first. Moves within the app keep it (see kept-state), so they are not asked about.
 */
export function useWarnBeforeUnload(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
