import type { DataSource } from 'typeorm';
import type { AttemptOutcome } from '../../src/webhooks/delivery/http-sender.js';
import { WebhookDeliveriesRepository, type DeliveryForAttempt } from '../../src/webhooks/webhook-deliveries.repository.js';
import { useMigratedDatabase } from '../support/database.js';

const LEASE_MS = 60_000;

/**
 * The batch claim against a real PostgreSQL: it hands out only the first
 * pending delivery of each article, never one another worker is sending, and
 * still finds due work when the oldest due deliveries all wait behind retries.
 */
describe('webhooks: claiming deliveries in batches', () => {
  const db = useMigratedDatabase('whclaim');
  let dataSource: DataSource;
  let repository: WebhookDeliveriesRepository;
  let endpointId: string;
  let nextEvent = 1;

  beforeAll(async () => {
    dataSource = db.dataSource;
    repository = new WebhookDeliveriesRepository(dataSource);
  });

  beforeEach(async () => {
    const [endpoint] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by) VALUES ('http://127.0.0.1/hook', '{claim.published}', 'x', 'test') RETURNING id`,
    );
    endpointId = endpoint.id;
  });

  /** Deliveries of one article (ordering key), in order; `dueInMs` each, relative to now. */
  async function deliveries(key: string, dueInMs: number[]): Promise<string[]> {
    const ids: string[] = [];
    for (const due of dueInMs) {
      const event = nextEvent++;
      const [row] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, message_id, ordering_key, body, event_occurred_at, next_attempt_at)
         VALUES ($1, $2::bigint, 'claim.published', 'msg_' || $2::text, $3, '{}', now(), now() + make_interval(secs => $4::float8 / 1000)) RETURNING id`,
        [endpointId, event, key, due],
      );
      ids.push(row.id);
    }
    return ids;
  }

  const ids = (claimed: DeliveryForAttempt[]) => claimed.map((d) => d.id).sort();

  it('claims the first pending delivery of each article, due ones only, and none twice', async () => {
    const a = await deliveries('a', [-3000, -2000, -1000]);
    const b = await deliveries('b', [-2500]);
    await deliveries('c', [60_000]);
    const first = await repository.claim(endpointId, 10, LEASE_MS);
    expect(ids(first)).toEqual([a[0], b[0]].sort());
    expect(first[0]).toEqual(expect.objectContaining({ url: 'http://127.0.0.1/hook', enabled: true, attempt_count: 0 }));
    // Leased: another claim (another worker) gets nothing, and not the next of article a either.
    expect(await repository.claim(endpointId, 10, LEASE_MS)).toEqual([]);

    const succeeded: AttemptOutcome = { ok: true, statusCode: 204, durationMs: 3, error: null, responseExcerpt: null, retryAfterMs: null, gone: false };
    const recorded = await repository.recordAttempts(first.map((delivery) => ({ delivery, startedAt: new Date(), outcome: succeeded, result: { kind: 'succeeded' } })));
    expect([...recorded].sort()).toEqual(ids(first));
    // Recording the same attempts again (a worker whose lease lapsed) changes nothing.
    expect((await repository.recordAttempts(first.map((delivery) => ({ delivery, startedAt: new Date(), outcome: succeeded, result: { kind: 'succeeded' } })))).size).toBe(0);
    expect(ids(await repository.claim(endpointId, 10, LEASE_MS))).toEqual([a[1]]);
  });

  it('finds a due delivery even when the oldest due ones all wait behind an article’s retry', async () => {
    // Article a: its first delivery waits for a retry, with more due deliveries behind it
    // than a claim's first look covers; article b's one delivery is due after all of them.
    await deliveries('a', [60_000, ...Array.from({ length: 450 }, () => -5000)]);
    const [b] = await deliveries('b', [-1000]);
    expect(ids(await repository.claim(endpointId, 100, LEASE_MS))).toEqual([b]);
  });
});
