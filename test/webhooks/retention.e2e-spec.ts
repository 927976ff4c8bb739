import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../src/config/index.js';
import { encodeCursor } from '../../src/events/domain-event-reader.js';
import { DomainEventPruner, DomainEventReader, DomainEventsRepository, StreamConsumers } from '../../src/events/index.js';
import { WebhookDeliveriesRepository } from '../../src/webhooks/webhook-deliveries.repository.js';
import { WebhookLogPruner } from '../../src/webhooks/webhook-log-pruner.service.js';
import { useMigratedDatabase } from '../support/migrated-database.js';

const DAY_MS = 24 * 3600_000;

/**
 * What grows with every event is pruned after its retention, against a real
 * PostgreSQL: finished webhook deliveries with their attempts (never a pending
 * one), and domain events (never one the webhook dispatcher has yet to read).
 */
describe('retention of the delivery log and the event stream', () => {
  const db = useMigratedDatabase('retention');
  let dataSource: DataSource;
  let deliveries: WebhookDeliveriesRepository;
  let endpointId: string;
  let nextEvent = 1;
  const config = (webhookLogDays: number | null, domainEventsDays: number | null) =>
    ({
      retention: {
        webhookLogMs: webhookLogDays === null ? null : webhookLogDays * DAY_MS,
        domainEventsMs: domainEventsDays === null ? null : domainEventsDays * DAY_MS,
      },
    }) as AppConfig;

  beforeAll(async () => {
    dataSource = db.dataSource;
    deliveries = new WebhookDeliveriesRepository(dataSource);
    const [endpoint] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by) VALUES ('http://127.0.0.1/hook', '{claim.published}', 'x', 'test') RETURNING id`,
    );
    endpointId = endpoint.id;
  });

  /** A delivery created `ageDays` ago, last attempted `attemptedDaysAgo` ago (null: never), with one attempt row when attempted. */
  async function delivery(status: string, ageDays: number, attemptedDaysAgo: number | null): Promise<string> {
    const event = nextEvent++;
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, message_id, ordering_key, body, event_occurred_at,
                                       status, created_at, last_attempt_at)
       VALUES ($1, $2::bigint, 'claim.published', 'msg_' || $2::text, 'k' || $2::text, '{}', now(), $3,
               now() - make_interval(days => $4), now() - make_interval(days => $5::int)) RETURNING id`,
      [endpointId, event, status, ageDays, attemptedDaysAgo],
    );
    if (attemptedDaysAgo !== null) {
      await dataSource.query(
        `INSERT INTO webhook_attempts (delivery_id, attempt, started_at, status_code, duration_ms) VALUES ($1, 1, now(), 200, 5)`,
        [row.id],
      );
    }
    return row.id;
  }

  const remaining = async (ids: string[]) =>
    (await dataSource.query<{ id: string }[]>(`SELECT id FROM webhook_deliveries WHERE id = ANY ($1::uuid[])`, [ids])).map((r) => r.id).sort();

  it('deletes finished deliveries and their attempts after the retention, never a pending one', async () => {
    const oldSucceeded = await delivery('succeeded', 100, 100);
    const oldFailed = await delivery('failed', 100, 99);
    const oldFailedUnsent = await delivery('failed', 100, null);
    const oldPending = await delivery('pending', 100, 95);
    const recent = await delivery('succeeded', 10, 10);
    const redeliveredLately = await delivery('succeeded', 100, 1);
    const all = [oldSucceeded, oldFailed, oldFailedUnsent, oldPending, recent, redeliveredLately];

    expect(await new WebhookLogPruner(config(90, null), deliveries).prune()).toBe(3);
    expect(await remaining(all)).toEqual([oldPending, recent, redeliveredLately].sort());
    const [{ orphans }] = await dataSource.query<{ orphans: number }[]>(
      `SELECT count(*)::int AS orphans FROM webhook_attempts WHERE delivery_id = ANY ($1::uuid[])`,
      [[oldSucceeded, oldFailed]],
    );
    expect(orphans).toBe(0);
  });

  it('keeps the delivery log forever when its retention is 0 days', async () => {
    const old = await delivery('succeeded', 400, 400);
    expect(await new WebhookLogPruner(config(null, null), deliveries).prune()).toBe(0);
    expect(await remaining([old])).toEqual([old]);
    await dataSource.query(`DELETE FROM webhook_deliveries WHERE id = $1`, [old]);
  });

  it('works a large backlog off in batches', async () => {
    await dataSource.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, message_id, ordering_key, body, event_occurred_at, status, created_at)
       SELECT $1, 100000 + g, 'claim.published', 'msg_b' || g, 'b' || g, '{}', now(), 'succeeded', now() - interval '200 days'
         FROM generate_series(1, 4500) g`,
      [endpointId],
    );
    expect(await deliveries.deleteFinishedBefore(new Date(Date.now() - 90 * DAY_MS), 2000)).toBe(2000);
    expect(await new WebhookLogPruner(config(90, null), deliveries).prune()).toBe(2500);
  });

  describe('domain events', () => {
    let consumers: StreamConsumers;
    let pruner: (days: number | null) => DomainEventPruner;

    beforeAll(() => {
      consumers = new StreamConsumers();
      consumers.register('webhooks', async () => {
        const [row] = await dataSource.query<{ cursor: string | null }[]>(`SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = 'webhooks'`);
        return row.cursor;
      });
      const reader = new DomainEventReader(dataSource);
      const events = new DomainEventsRepository({ written: () => undefined } as never);
      pruner = (days) => new DomainEventPruner(config(null, days), dataSource, reader, events, consumers);
    });

    /** One event per age, each in its own transaction, oldest first; returns their positions. */
    async function events(agesDays: number[]): Promise<{ id: string; txId: string }[]> {
      const positions: { id: string; txId: string }[] = [];
      for (const age of agesDays) {
        const [row] = await dataSource.query<{ id: string; tx_id: string }[]>(
          `INSERT INTO domain_events (name, payload, occurred_at) VALUES ('article.received', '{}', now() - make_interval(days => $1))
           RETURNING id::text, tx_id::text`,
          [age],
        );
        positions.push({ id: row.id, txId: row.tx_id });
      }
      return positions;
    }

    const left = async (positions: { id: string }[]) =>
      (await dataSource.query<{ id: string }[]>(`SELECT id::text FROM domain_events WHERE id = ANY ($1::bigint[]) ORDER BY id`, [positions.map((p) => p.id)])).map(
        (r) => r.id,
      );
    const setCursor = (cursor: string | null) => dataSource.query(`UPDATE webhook_dispatch_cursors SET cursor = $1 WHERE consumer = 'webhooks'`, [cursor]);

    it('deletes nothing while the webhook dispatcher has read nothing', async () => {
      const stream = await events([200, 150]);
      await setCursor(null);
      expect(await pruner(90).prune()).toBe(0);
      expect(await left(stream)).toEqual(stream.map((e) => e.id));
    });

    it('deletes old events the dispatcher has passed, keeping those it has yet to read and recent ones', async () => {
      await dataSource.query(`DELETE FROM domain_events`);
      const stream = await events([200, 150, 120, 10, 5]);
      // The dispatcher has read the first two; the third is old but still unread.
      await setCursor(encodeCursor(stream[1]));
      expect(await pruner(90).prune()).toBe(2);
      expect(await left(stream)).toEqual(stream.slice(2).map((e) => e.id));

      // Once it has read everything, only what is newer than the retention stays.
      await setCursor(encodeCursor(stream[4]));
      expect(await pruner(90).prune()).toBe(1);
      expect(await left(stream)).toEqual(stream.slice(3).map((e) => e.id));
      expect(await pruner(null).prune()).toBe(0);
    });
  });
});
