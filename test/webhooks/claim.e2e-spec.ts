import { DataSource } from 'typeorm';
import { databaseOptions } from '../../src/database/database-options.js';
import { migrate } from '../../src/database/migrate.js';
import type { AttemptOutcome } from '../../src/webhooks/delivery/http-sender.js';
import { WebhookDeliveriesRepository, type DeliveryForAttempt } from '../../src/webhooks/webhook-deliveries.repository.js';
import { planTempDatabase } from '../support/database.js';
import { useMigratedDatabase } from '../support/migrated-database.js';

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

/**
 * A claim planned before the table has statistics (any new database: the
 * benchmark's, a fresh deployment's first backlog) must not turn into work
 * proportional to the backlog for every candidate. Two such plans did: one
 * probed the endpoint's due index for each head test and took 0.7 s for a
 * claim of 100 with 20,000 pending; one made on a one-row table (a prepared
 * statement's generic plan, kept by its connection) joined the chosen
 * deliveries to a scan of every pending one. Timed against the same claim
 * planned after ANALYZE, so the machine's speed cancels out.
 */
describe('webhooks: a claim planned before the table has statistics', () => {
  const database = planTempDatabase('whclaimplan');
  /** One connection that plans as told (plan_cache_mode): the plan it keeps is the one measured. */
  const connect = (planCacheMode: string) => {
    const options = databaseOptions(database.url, 1);
    return new DataSource({ ...options, extra: { ...options.extra, options: `-c plan_cache_mode=${planCacheMode}` } }).initialize();
  };
  const connections: DataSource[] = [];
  let young: DataSource;
  let endpointId: string;

  beforeAll(async () => {
    await database.create();
    const migrating = await new DataSource(databaseOptions(database.url, 2)).initialize();
    await migrate(migrating);
    // No automatic analyze may give the table statistics before the test does.
    await migrating.query(`ALTER TABLE webhook_deliveries SET (autovacuum_enabled = false)`);
    await migrating.destroy();
    young = await connect('force_generic_plan');
    connections.push(young);
    const [endpoint] = await young.query<{ id: string }[]>(
      `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by) VALUES ('http://127.0.0.1/hook', '{claim.published}', 'x', 'test') RETURNING id`,
    );
    endpointId = endpoint.id;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(connections.map((c) => c.destroy()));
    await database.drop();
  });

  const addDeliveries = (from: number, count: number) =>
    young.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, message_id, ordering_key, body, event_occurred_at)
       SELECT $1, g, 'claim.published', 'msg_' || g, 'article-' || (g % 2000), '{}', now() FROM generate_series($2::int, $2::int + $3::int - 1) g`,
      [endpointId, from, count],
    );

  /** The median time of a claim of 100 (released again, so every claim sees the same backlog). */
  async function claimMs(on: DataSource): Promise<number> {
    const repository = new WebhookDeliveriesRepository(on);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const claimed = await repository.claim(endpointId, 100, LEASE_MS);
      times.push(performance.now() - started);
      expect(claimed).toHaveLength(100);
      await on.query(`UPDATE webhook_deliveries SET leased_until = NULL WHERE id = ANY ($1)`, [claimed.map((d) => d.id)]);
    }
    return times.sort((a, b) => a - b)[2];
  }

  it('stays within a small factor of the claim planned with statistics', async () => {
    await addDeliveries(1, 1);
    // The generic plan is made now, on a one-row table, and kept by the connection.
    expect(await new WebhookDeliveriesRepository(young).claim(endpointId, 100, LEASE_MS)).toHaveLength(1);
    await young.query(`UPDATE webhook_deliveries SET leased_until = NULL`);
    await addDeliveries(2, 20_000);
    const unanalysed = await connect('force_custom_plan');
    connections.push(unanalysed);
    const withoutStatistics = await claimMs(unanalysed);
    const keptYoung = await claimMs(young);
    await young.query(`ANALYZE webhook_deliveries`);
    const analysed = await connect('auto');
    connections.push(analysed);
    const withStatistics = await claimMs(analysed);
    // Measured: 0.5 to 3 times; the two old plans took about 50 and 100 times as long.
    expect(withoutStatistics / withStatistics).toBeLessThan(15);
    expect(keptYoung / withStatistics).toBeLessThan(15);
  }, 60_000);
});
