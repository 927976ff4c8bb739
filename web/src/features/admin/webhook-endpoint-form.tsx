import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';

type Endpoint = Schemas['WebhookEndpointView'];
export type EventType = Schemas['CreateWebhookDto']['events'][number];

// Checked against the generated enum: an event the API does not offer fails to compile.
export const EVENT_TYPES = [
  'article.analyzed', 'article.failed', 'article.completed', 'article.revised', 'claim.graded', 'claim.escalated',
  'claim.published', 'claim.dismissed', 'claim.restored', 'claim.withdrawn',
] as const satisfies readonly EventType[];

/**
 * A refused URL's reason as the service gave it, and what an admin can do about it: a refusal of a
 * private address names a setting of the service (WEBHOOK_ALLOWLIST) that only whoever runs it can change.
 */
export function refusalForAdmin(message: string): string {
  if (!/WEBHOOK_ALLOWLIST/.test(message)) return message;
  return `${message}. To register it, ask whoever runs claimtrail to allow this address; otherwise use a public address.`;
}

/** The event types an endpoint receives, as checkboxes. */
export function EventChoices({ events, onChange }: { events: EventType[]; onChange(events: EventType[]): void }) {
  const toggle = (type: EventType, on: boolean) => onChange(on ? [...events, type] : events.filter((t) => t !== type));
  return (
    <fieldset>
      <legend>Events</legend>
      <div className="choices">
        {EVENT_TYPES.map((t) => (
          <label key={t} className="inline"><input type="checkbox" checked={events.includes(t)} onChange={(e) => toggle(t, e.target.checked)} />{t}</label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Change an endpoint's URL, events or description in place. Without it the
 * only way to subscribe to one more event was to delete the endpoint (its
 * delivery log with it) and register it again, under a new signing secret
 * the receiver then had to be given.
 */
export function EditEndpoint({ endpoint, onDone }: { endpoint: Endpoint; onDone(): void }) {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description ?? '');
  const [events, setEvents] = useState<EventType[]>(endpoint.events);
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const body = { url, events, description: description.trim() || null };
      unwrap(await api.PATCH('/v1/webhooks/{id}', { params: { path: { id: endpoint.id } }, body }));
      await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
      onDone();
    } catch (e) {
      setError(refusalForAdmin((e as Error).message));
    }
  };
  // A refusal speaks of the URL that was sent: once the URL is edited it no longer applies.
  const editUrl = (next: string) => {
    setUrl(next);
    setError(null);
  };
  return (
    <form onSubmit={(e) => void save(e)} aria-label={`Edit ${endpoint.url}`} className="webhook-form">
      <label>Endpoint URL<input type="url" required value={url} onChange={(e) => editUrl(e.target.value)} /></label>
      <label>Description<input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} /></label>
      <EventChoices events={events} onChange={setEvents} />
      {events.length === 0 && <p className="error">Choose at least one event.</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <div>
        <button type="submit" className="primary" disabled={events.length === 0}>Save</button> <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
