import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another screen, the focus goes to its heading when it was
 * left behind: on a top-bar link (which stays, so a screen reader announced
 * nothing of the new screen and Tab went on through the top bar) or on the
 * page itself (the pressed link is gone). A screen that places the focus
 * itself (the workspace's current claim) keeps it. Query changes (filters,
 * the chosen claim) are not a move.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    const at = document.activeElement;
    const leftBehind = !at || at === document.body || !!at.closest('.top-bar');
    if (!leftBehind) return;
    const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }, [pathname]);
}
