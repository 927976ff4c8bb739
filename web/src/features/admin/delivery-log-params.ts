import { useSearchParams } from 'react-router';
import type { operations } from '../../api/schema';
import { EVENT_TYPES } from './webhook-endpoint-form';

type DeliveryQuery = NonNullable<operations['WebhooksController_deliveries']['parameters']['query']>;
export type DeliveryStatus = NonNullable<DeliveryQuery['status']>;
export type DeliveryEventType = NonNullable<DeliveryQuery['eventType']>;
// Checked against the generated enum, like the event types.
export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const satisfies readonly DeliveryStatus[];

export interface DeliveryLogView {
  /** The endpoint whose log is open. */
  log?: string;
  status?: DeliveryStatus;
  eventType?: DeliveryEventType;
  offset: number;
}

/**
 * The open delivery log, its filters and page live in the address (as the inbox's and the articles' do),
 * so a reload or a link given to a colleague shows the same narrowed log. Values the lists do not know
 * are dropped rather than sent to the service.
 */
export function useDeliveryLogParams(): [DeliveryLogView, (next: DeliveryLogView) => void] {
  const [params, setParams] = useSearchParams();
  const view: DeliveryLogView = {
    log: params.get('log') ?? undefined,
    status: DELIVERY_STATUSES.find((s) => s === params.get('status')),
    eventType: EVENT_TYPES.find((t) => t === params.get('event')),
    offset: Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0),
  };
  const set = (next: DeliveryLogView) => {
    const entries: Array<[string, string]> = [];
    if (next.log) entries.push(['log', next.log]);
    if (next.status) entries.push(['status', next.status]);
    if (next.eventType) entries.push(['event', next.eventType]);
    if (next.offset) entries.push(['offset', String(next.offset)]);
    setParams(entries);
  };
  return [view, set];
}
