import type { StoredDomainEvent } from '../events/index.js';
import type { NewDeliveries } from './webhook-deliveries.repository.js';

/**
 * The body of each webhook message, `{type, timestamp, data}` per Standard
 * Webhooks, in compact JSON:
 *
 *   {"type":…,"timestamp":…,"data":{<the event's payload>,"eventId":…,
 *     "article":{id, externalId, title, url, status, revision, claimCount, unsourcedClaimCount, failureReason, link},
 *     "claim":{id, text, status, checkworthiness, unsourced, sources: [{relay, original}], attributionVerdict, rating, link},
 *     "link":<the claim's link, else the article's, else null>}}
 *
 * `article` and `claim` are left out when the event names none (or it is
 * gone). The service writes the start, from the event it has read
 * (`envelopeHead`); PostgreSQL adds the article and claim in the statement
 * that inserts the deliveries (WebhookDeliveriesRepository.insertForEvents,
 * with the SQL of the articles and claims modules), so a batch of bodies is
 * one statement instead of rows read into the service and written back. Built
 * once per event for every endpoint.
 */
export function envelopeHead(event: StoredDomainEvent): string {
  const data = { ...(event.payload as object), eventId: event.id };
  const whole = JSON.stringify({ type: event.name, timestamp: new Date(event.occurredAt).toISOString(), data });
  return whole.slice(0, -'}}'.length);
}

/** What the deliveries' insert needs of a page of events, column by column. */
export function deliveriesFor(events: StoredDomainEvent[]): NewDeliveries {
  return {
    eventIds: events.map((e) => e.id),
    eventTypes: events.map((e) => e.name),
    articleIds: events.map((e) => e.articleId),
    claimIds: events.map((e) => e.claimId),
    heads: events.map(envelopeHead),
    occurredAt: events.map((e) => new Date(e.occurredAt)),
  };
}
