import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../auth/session';

export type LiveState = 'connecting' | 'live' | 'paused';

/**
 * Keeps the inbox's counts current over the service's event stream
 * (GET /v1/queues/events): each `queues` event refetches the inbox. The
 * browser reconnects by itself and sends the last event id, so nothing that
 * happened meanwhile is missed; on a refusal (signed out, too many tabs) the
 * stream stays closed and the page falls back to its slow refresh. When the
 * session ends, the service says so (`signed-out`) and the sign-in dialog
 * opens at once; signing in again opens a new stream. `onClaims` hears the
 * ids of the claims each event moved (the workspace's own claim among them).
 */
export function useInboxLive(onClaims?: (claimIds: string[]) => void): LiveState {
  const queryClient = useQueryClient();
  const claimsListener = useRef(onClaims);
  claimsListener.current = onClaims;
  // Signing in again (after the session ended) opens a new stream.
  const { signIns } = useSession();
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    const source = new EventSource('/v1/queues/events', { withCredentials: true });
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['queues'] });
    source.addEventListener('ready', () => {
      setState('live');
      // After a reconnect: what changed without an event (a lapsed lease) shows too.
      refresh();
    });
    source.addEventListener('queues', (event) => {
      refresh();
      claimsListener.current?.(claimIdsOf(event));
    });
    // The service ended the stream because this session ended: asking for the inbox now gets the
    // 401 that opens the sign-in dialog, instead of at the next minute's refresh.
    source.addEventListener('signed-out', () => {
      source.close();
      setState('paused');
      refresh();
    });
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'paused' : 'connecting');
    return () => source.close();
  }, [queryClient, signIns]);
  return state;
}

function claimIdsOf(event: MessageEvent<string>): string[] {
  try {
    const change = JSON.parse(event.data) as { claimIds?: unknown };
    return Array.isArray(change.claimIds) ? change.claimIds.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
