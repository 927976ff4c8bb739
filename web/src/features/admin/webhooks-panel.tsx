import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, api, unwrap, type Schemas } from '../../api/client';
import { Pager } from '../pager';
import { EVENT_TYPES, EditEndpoint, EventChoices, refusalForAdmin, type EventType } from './webhook-endpoint-form';
import { ConfirmButton } from '../confirm-button';
import { LoadError } from '../load-error';
import { BusyButton } from '../busy-button';
import { OneTimeSecret } from './one-time-secret';
import { useListAction } from './use-list-action';
import { useOneAtATime } from '../one-at-a-time';
import { DELIVERY_STATUSES, useDeliveryLogParams, type DeliveryEventType, type DeliveryLogView, type DeliveryStatus } from './delivery-log-params';

type Endpoint = Schemas['WebhookEndpointView'];
// A page of endpoints, oldest first (the service's order): past 200 the list used to stop, without saying so.
const ENDPOINTS_PAGE = 100;

/** Webhook endpoints: register one (its secret shown once); each one's delivery log with redelivery, and its switches. */
export function WebhooksPanel() {
  const [page, setPage] = useState(0);
  const endpoints = useQuery({
    queryKey: ['webhooks', page],
    queryFn: async () => unwrap(await api.GET('/v1/webhooks', { params: { query: { limit: ENDPOINTS_PAGE, offset: page } } })),
    placeholderData: (previous) => previous,
  });
  const [view, setView] = useDeliveryLogParams();
  const open = view.log;
  // Another endpoint's log starts unfiltered, on its first page.
  const setOpen = (log?: string) => setView({ log, offset: 0 });
  const [editing, setEditing] = useState<string | null>(null);
  const items = endpoints.data?.items ?? [];
  const { endpoint: openEndpoint, lookup } = useOpenEndpoint(open, items, endpoints.isSuccess);
  return (
    <div>
      <h2>Webhook endpoints</h2>
      <CreateEndpoint />
      {endpoints.isError && <LoadError what="the endpoints" error={endpoints.error} onRetry={() => void endpoints.refetch()} retrying={endpoints.isFetching} />}
      {endpoints.isSuccess && endpoints.data.total === 0 && <p className="muted">No endpoints yet: register one above to have claimtrail call your systems when something happens.</p>}
      {endpoints.data && endpoints.data.total > 0 && (
        <Pager label="Pages of endpoints" offset={page} shown={items.length} total={endpoints.data.total} pageSize={ENDPOINTS_PAGE}
          order="oldest first" onOffset={setPage} />
      )}
      {/* No header row over nothing: the sentence above says why the list is empty. */}
      {items.length > 0 && <table className="queues">
        <caption className="visually-hidden">Webhook endpoints</caption>
        <thead><tr><th scope="col">URL</th><th scope="col">Events</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {items.map((e) => editing === e.id ? (
            <tr key={e.id}><td colSpan={4}><EditEndpoint endpoint={e} onDone={() => setEditing(null)} /></td></tr>
          ) : (
            <tr key={e.id} data-endpoint-id={e.id}>
              <td><code>{e.url}</code>{e.description && <div className="muted">{e.description}</div>}</td>
              <td>{e.events.join(', ')}</td>
              <td>{e.enabled ? (e.failingSince ? `failing since ${new Date(e.failingSince).toLocaleString()}` : 'enabled') : disabledStatus(e.disabledReason)}</td>
              <td>
                <button type="button" className="link-button" aria-expanded={open === e.id} aria-controls="delivery-log"
                  onClick={() => setOpen(open === e.id ? undefined : e.id)} aria-label={`Delivery log of ${e.url}`}>
                  Delivery log
                </button>
                <button type="button" className="link-button" onClick={() => setEditing(e.id)} aria-label={`Edit ${e.url}`}>Edit</button>
                <EndpointActions endpoint={e} onDeleted={() => open === e.id && setOpen(undefined)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>}
      {open && lookup.isError && <MissingEndpoint error={lookup.error} onRetry={() => void lookup.refetch()} retrying={lookup.isFetching} onClose={() => setOpen(undefined)} />}
      {open && <DeliveryLog key={open} endpoint={openEndpoint} view={view} onView={setView} />}
    </div>
  );
}

/**
 * The endpoint whose log the address opens: from the page shown, or asked for on its own when it is on
 * another page (a reload starts on the first page; a colleague's link may name the 150th endpoint).
 */
function useOpenEndpoint(open: string | undefined, items: Endpoint[], pageLoaded: boolean) {
  const onPage = items.find((e) => e.id === open);
  const alone = useQuery({
    queryKey: ['webhooks', 'one', open],
    queryFn: async () => unwrap(await api.GET('/v1/webhooks/{id}', { params: { path: { id: open! } } })),
    enabled: Boolean(open) && pageLoaded && !onPage,
    retry: false,
  });
  return { endpoint: onPage ?? (open ? alone.data : undefined), lookup: alone };
}

/**
 * The address opens the log of an endpoint the service does not have (deleted since the link was given, or
 * a link cut short): said, with the way back to the list. The page showed nothing under the endpoints at all.
 */
function MissingEndpoint({ error, onRetry, retrying, onClose }: { error: Error; onRetry(): void; retrying: boolean; onClose(): void }) {
  const gone = error instanceof ApiError && (error.status === 404 || error.status === 400);
  if (!gone) return <LoadError what="the endpoint of this delivery log" error={error} onRetry={onRetry} retrying={retrying} />;
  return (
    <div className="load-error">
      <p role="alert" className="error">
        This address opens the delivery log of an endpoint that does not exist: it was deleted, or the link is incomplete.
      </p>
      <button type="button" onClick={onClose}>Close it</button>
    </div>
  );
}

/** Disable or enable an endpoint, rotate its secret (the new one shown once), or delete it after a second press. */
function EndpointActions({ endpoint, onDeleted }: { endpoint: Endpoint; onDeleted(): void }) {
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  // Enabled again: since when deliveries failed (or were logged unsent while it was off), for a replay.
  const [missedSince, setMissedSince] = useState<string | null>(null);
  const [replayed, setReplayed] = useState<number | null>(null);
  // The window's end, as the API's `until`: one outage's failures, without a later one's still being looked into.
  const [replayUntil, setReplayUntil] = useState('');
  const path = { params: { path: { id: endpoint.id } } };
  const { act: actOnList, error } = useListAction(['webhooks']);
  const act = (work: () => Promise<unknown>) =>
    actOnList(async () => {
      setReplayed(null);
      await work();
    });
  const toggle = async () => {
    if (endpoint.enabled) return unwrap(await api.POST('/v1/webhooks/{id}/disable', path));
    const wrongSince = endpoint.failingSince ?? endpoint.disabledAt;
    const since = wrongSince ? await outageStart(endpoint.id, wrongSince) : null;
    unwrap(await api.POST('/v1/webhooks/{id}/enable', path));
    setMissedSince(since);
  };
  const replay = async () => {
    // datetime-local is the browser's local time, without a zone: Date reads it so.
    const until = replayUntil ? { until: new Date(replayUntil).toISOString() } : {};
    const { replayed: count } = unwrap(await api.POST('/v1/webhooks/{id}/deliveries/replay', { ...path, body: { since: missedSince!, ...until } }));
    setMissedSince(null);
    setReplayUntil('');
    setReplayed(count);
    await queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', endpoint.id] });
  };
  const rotate = async () => setSecret(unwrap(await api.POST('/v1/webhooks/{id}/rotate-secret', path)).secret);
  // Its log, open, goes with it (the address would name an endpoint that is no more).
  const remove = async () => {
    unwrap(await api.DELETE('/v1/webhooks/{id}', path));
    onDeleted();
  };
  return (
    <>
      <button type="button" className="link-button" onClick={() => void act(toggle)} aria-label={`${endpoint.enabled ? 'Disable' : 'Enable'} ${endpoint.url}`}>
        {endpoint.enabled ? 'Disable' : 'Enable'}
      </button>
      <button type="button" className="link-button" onClick={() => void act(rotate)} aria-label={`Rotate the signing secret of ${endpoint.url}`}>
        Rotate secret
      </button>
      <ConfirmButton name={`Delete ${endpoint.url}`} confirm="Delete for good" confirmName={`Delete ${endpoint.url} and its delivery log for good`}
        onConfirm={() => void act(remove)}>
        Delete
      </ConfirmButton>
      {missedSince && (
        <div className="warning" role="status" aria-label={`Enabled again: ${endpoint.url}`}>
          Enabled again. What failed since {new Date(missedSince).toLocaleString()}, and every event while it was off, was not delivered.
          <form className="inline-form" aria-label={`Send again what ${endpoint.url} missed`} onSubmit={(e) => { e.preventDefault(); void act(replay); }}>
            <label>
              Only those before (optional)
              <input type="datetime-local" step="1" value={replayUntil} onChange={(e) => setReplayUntil(e.target.value)} />
            </label>
            <button type="submit" className="link-button">Send them again</button>
            <button type="button" className="link-button" onClick={() => { setMissedSince(null); setReplayUntil(''); }}>Leave them</button>
          </form>
        </div>
      )}
      {replayed !== null && (
        <p role="status" className="ok">{replayed} deliver{replayed === 1 ? 'y' : 'ies'} queued again, in order, with their webhook-ids</p>
      )}
      {secret && (
        <OneTimeSecret label="Rotated signing secret" secret={secret} onDone={() => setSecret(null)}>
          New signing secret, shown once (the old one keeps signing for a while):
        </OneTimeSecret>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </>
  );
}

/**
 * Where a replay of what failed since `wrongSince` starts. A replay takes the deliveries created since its
 * `since`, and `failingSince` is the first failed attempt's time: the message it failed was created before it
 * (milliseconds, or longer behind a backlog), and so was every message of that first batch. From
 * `failingSince` itself the outage's first messages were never sent again. So: the creation of the oldest
 * failed delivery, made before then, with an attempt that failed since, or with no attempt at all (one still
 * waiting for its first when the endpoint was disabled fails unsent, created before `disabledAt`).
 */
async function outageStart(endpointId: string, wrongSince: string): Promise<string> {
  const before = unwrap(await api.GET('/v1/webhooks/{id}/deliveries', {
    params: { path: { id: endpointId }, query: { status: 'failed', until: wrongSince, limit: 200 } },
  }));
  const from = new Date(wrongSince).getTime();
  return before.items
    .filter((d) => d.attempts.length === 0 || d.attempts.some((a) => new Date(a.startedAt).getTime() >= from))
    .reduce((start, d) => (new Date(d.createdAt).getTime() < new Date(start).getTime() ? d.createdAt : start), wrongSince);
}

function CreateEndpoint() {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>(['claim.published']);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One endpoint per press: a second Enter while the first was at work registered two, and the one
  // whose secret was not shown got every event too.
  const { busy, run } = useOneAtATime();
  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      setError(null);
      try {
        const created = unwrap(await api.POST('/v1/webhooks', { body: { url, events, description: description.trim() || undefined } }));
        setSecret(created.secret);
        setUrl('');
        setDescription('');
        await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
      } catch (e) {
        setError(refusalForAdmin((e as Error).message));
      }
    });
  };
  // A refusal speaks of the URL that was sent: once the URL is edited it stood under an address it was not about.
  const editUrl = (next: string) => {
    setUrl(next);
    setError(null);
  };
  return (
    <form onSubmit={(e) => void create(e)} aria-label="Register a webhook endpoint" className="webhook-form">
      <label>Endpoint URL<input type="url" required value={url} onChange={(e) => editUrl(e.target.value)} placeholder="https://cms.example.org/hooks/claimtrail" /></label>
      <label>Description (optional)<input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} placeholder="Newsroom CMS, production" /></label>
      <EventChoices events={events} onChange={setEvents} />
      <BusyButton type="submit" className="primary" busy={busy} disabled={events.length === 0}>{busy ? 'Registering…' : 'Register endpoint'}</BusyButton>
      {error && <p role="alert" className="error">{error}</p>}
      {secret && (
        <OneTimeSecret label="New signing secret" secret={secret} onDone={() => setSecret(null)}>
          Signing secret, shown once: copy it now.
        </OneTimeSecret>
      )}
    </form>
  );
}

const DELIVERY_PAGE = 50;

/**
 * An endpoint's deliveries, newest first, a page at a time, narrowed by status
 * and event type: the API's filters, so "what failed" is not looked for by eye
 * among the newest 50.
 */
function DeliveryLog({ endpoint, view, onView }: { endpoint?: Endpoint; view: DeliveryLogView; onView(next: DeliveryLogView): void }) {
  const queryClient = useQueryClient();
  const { status, eventType, offset } = view;
  // A narrower list starts on its first page.
  const filter = (next: { status?: DeliveryStatus; eventType?: DeliveryEventType }) => onView({ ...view, ...next, offset: 0 });
  const setOffset = (next: number) => onView({ ...view, offset: next });
  const deliveries = useQuery({
    queryKey: ['webhook-deliveries', endpoint?.id, status, eventType, offset],
    queryFn: async () =>
      unwrap(await api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: endpoint!.id }, query: { limit: DELIVERY_PAGE, offset, status, eventType } } })),
    enabled: Boolean(endpoint),
    refetchInterval: 5_000,
    placeholderData: (previous) => previous,
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Before the early return: opened from the address, the log renders once before the endpoints have come.
  const { run: oneAtATime } = useOneAtATime();
  if (!endpoint) return null;
  const filtered = status !== undefined || eventType !== undefined;
  const items = deliveries.data?.items ?? [];
  const redeliver = (deliveryId: string, webhookId: string) =>
    oneAtATime(async () => {
      try {
        unwrap(await api.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: endpoint.id, deliveryId } } }));
        setMessage({ ok: true, text: `Delivery ${webhookId} queued again` });
        await queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', endpoint.id] });
      } catch (e) {
        setMessage({ ok: false, text: (e as Error).message });
      }
    });
  return (
    <section id="delivery-log" aria-labelledby="delivery-log-title">
      <h3 id="delivery-log-title">Deliveries to {endpoint.url}</h3>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      <div className="inline-form" role="group" aria-label="Filter the deliveries">
        <label>
          Status
          <select value={status ?? ''} onChange={(e) => filter({ status: DELIVERY_STATUSES.find((s) => s === e.target.value) })}>
            <option value="">any</option>
            {DELIVERY_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          Event
          <select value={eventType ?? ''} onChange={(e) => filter({ eventType: EVENT_TYPES.find((t) => t === e.target.value) })}>
            <option value="">any</option>
            {EVENT_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
      </div>
      {deliveries.isError && <LoadError what="the deliveries" error={deliveries.error} onRetry={() => void deliveries.refetch()} retrying={deliveries.isFetching} />}
      {deliveries.isSuccess && items.length === 0 && (
        <p className="muted">{filtered ? 'No delivery matches these filters.' : 'No deliveries yet: one is logged for each event this endpoint subscribes to.'}</p>
      )}
      {deliveries.data && (
        <Pager label="Pages of deliveries" offset={offset} shown={items.length} total={deliveries.data.total} pageSize={DELIVERY_PAGE}
          order="newest first" onOffset={setOffset} />
      )}
      {items.length > 0 && (
        <table className="queues">
          <caption className="visually-hidden">Deliveries</caption>
          <thead><tr><th scope="col">Event</th><th scope="col">webhook-id</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Created</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} data-delivery-id={d.id} data-status={d.status}>
                <td>{d.eventType}</td>
                <td><code>{d.webhookId}</code></td>
                <td>{d.status}{d.lastStatusCode !== null && ` (HTTP ${d.lastStatusCode})`}{d.lastError && <div className="muted">{d.lastError}</div>}</td>
                <td>
                  <details>
                    <summary>{d.attemptCount} attempt{d.attemptCount === 1 ? '' : 's'}</summary>
                    <ol>
                      {d.attempts.map((a) => (
                        <li key={a.attempt}>{new Date(a.startedAt).toLocaleString()}: {a.statusCode ?? 'no answer'}, {a.durationMs} ms{a.error ? `, ${a.error}` : ''}</li>
                      ))}
                    </ol>
                  </details>
                </td>
                <td>{new Date(d.createdAt).toLocaleString()}</td>
                <td>
                  {d.status !== 'pending' && (
                    <button type="button" className="link-button" onClick={() => void redeliver(d.id, d.webhookId)} aria-label={`Redeliver ${d.webhookId}`}>Redeliver</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Why an endpoint is off, as one phrase: "disabled by an admin" as it is, "the receiver answered 410 …" after "disabled:". */
function disabledStatus(reason: string | null | undefined): string {
  if (!reason) return 'disabled';
  return reason.startsWith('disabled ') ? reason : `disabled: ${reason}`;
}
