import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { filterOf } from '../inbox/inbox-filters';

/**
 * The inbox's filters Start brought along (the address's search): each claim
 * taken is one they keep, and the way back is to the inbox so filtered.
 */
export function useStartFilters(): { filter: Omit<ReturnType<typeof filterOf>, 'mine'>; filtered: boolean; inboxPath: string } {
  const { search } = useLocation();
  return useMemo(() => {
    const { articleId, outletId, unsourced, q } = filterOf(new URLSearchParams(search));
    const filter = { articleId, outletId, unsourced, q };
    return { filter, filtered: Object.values(filter).some(Boolean), inboxPath: `/${search}` };
  }, [search]);
}
