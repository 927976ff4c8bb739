import { useEffect } from 'react';

/**
 * The tab's title names the screen ("Source check · claimtrail"): with the
 * inbox, a claim and an article open in three tabs, every tab and every
 * history entry read just "claimtrail".
 */
export function usePageTitle(...parts: Array<string | null | undefined>): void {
  const title = [...parts.filter((p): p is string => !!p), 'claimtrail'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
