import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { AppConfig } from '../../src/config/index.js';
import { claimFingerprint } from '../../src/claims/claim-words.js';
import { DomainEventReader, StreamConsumers, type StoredDomainEvent } from '../../src/events/index.js';
import type { QueueService } from '../../src/queue/index.js';
import { deliveriesFor } from '../../src/webhooks/envelope.js';
import { WebhookDeliveriesRepository } from '../../src/webhooks/webhook-deliveries.repository.js';
import { WebhookDispatcher } from '../../src/webhooks/webhook-dispatcher.service.js';
import { WEBHOOK_EVENT_TYPES } from '../../src/webhooks/webhook-events.js';
import { WebhookJobs } from '../../src/webhooks/webhook-jobs.service.js';
import { useMigratedDatabase } from '../support/migrated-database.js';
import { waitFor } from '../support/wait-for.js';
import { REFERENCE_ENTITIES, ReferenceEnvelopeBuilder } from './support/reference-envelope.js';

const BASE = 'https://claimtrail.example.org/x "y"';
/** Every character JSON escapes differently from plain text, and some it leaves alone. */
const AWKWARD = 'quote " backslash \\ slash / newline \n tab \t cr \r bell \u0007 unit \u001f del \u007f é ß 中 😀 \u2028 end';

/** The SQL statements a DataSource runs, for asserting which tables a step read. */
class StatementLog implements TypeOrmLogger {
  readonly statements: string[] = [];
  logQuery(query: string): void {
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * Envelopes are built in PostgreSQL (WebhookDeliveriesRepository.insertForEvents
 * with the claims and articles modules' SQL). These compare every body with
 * what the builder that ran in the service produced for the same events (its
 * code is kept in support/reference-envelope.ts), byte for byte, for every
 * event type an endpoint can subscribe to, over awkward data: JSON escapes,
 * NULLs, more relays than originals and the reverse, reviewers' corrections,
 * claims and articles that are gone. And the dispatcher with no endpoint
 * registered moves its cursor on without reading a claim or an article.
 */
describe('webhooks: envelopes built in SQL', () => {
  const log = new StatementLog();
  const db = useMigratedDatabase('whenv', { extra: () => ({ entities: REFERENCE_ENTITIES, logging: ['query'], logger: log }) });
  let dataSource: DataSource;
  let repository: WebhookDeliveriesRepository;
  let reader: DomainEventReader;

  beforeAll(async () => {
    dataSource = db.dataSource;
    repository = new WebhookDeliveriesRepository(dataSource);
    reader = new DomainEventReader(dataSource);
  });

  afterAll(async () => {
    await reader?.onModuleDestroy();
  });

  const sql = <T = any>(text: string, params: unknown[] = []) => dataSource.query<T[]>(text, params);

  async function article(fields: { title: string | null; url: string | null; externalId: string | null; status: string; failureReason?: string }) {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO articles (input_format, input, request_hash, submitted_by, title, url, external_id, status, failure_reason,
                             revision, claim_count, unsourced_claim_count)
       VALUES ('text', 'x', md5(random()::text), 'test', $1, $2, $3, $4, $5, 3, 7, 2) RETURNING id`,
      [fields.title, fields.url, fields.externalId, fields.status, fields.failureReason ?? null],
    );
    return row.id;
  }

  let ordinal = 0;
  async function claim(
    articleId: string,
    fields: { text: string; checkworthiness: number; verdict: string | null; rating: string | null },
    sources: { name: string; role: 'original' | 'relay'; person?: string; outletId?: string }[],
  ) {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, status,
                           attribution_verdict, rating, fingerprint)
       VALUES ($1, $2, $3, 0, 10, $4, 'direct', $5, 'published', $6, $7, $8) RETURNING id`,
      [articleId, ordinal++, fields.text, fields.checkworthiness, sources.length === 0, fields.verdict, fields.rating, claimFingerprint(fields.text)],
    );
    // Stored in an order other than their ordinals: the chains follow the ordinals.
    for (const [i, s] of [...sources.entries()].reverse()) {
      await sql(
        `INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered, outlet_id, person, confidence, cue_start, cue_end)
         VALUES ($1, $2, $3, $4, $5, 'newspaper', $6, $7, $8, 0.9, 0, 5)`,
        [row.id, articleId, i, s.name, s.role, s.outletId !== undefined, s.outletId ?? null, s.person ?? null],
      );
    }
    return row.id;
  }

  async function correction(claimId: string, articleId: string, sources: object[], anonymous = false) {
    await sql(
      `INSERT INTO source_corrections (claim_id, article_id, round, actor_id, anonymous, sources) VALUES ($1, $2, 1, gen_random_uuid(), $4, $3)`,
      [claimId, articleId, JSON.stringify(sources), anonymous],
    );
  }

  async function emit(name: string, payload: Record<string, unknown>, articleId: string | null, claimId: string | null) {
    await sql(`INSERT INTO domain_events (name, payload, article_id, claim_id) VALUES ($1, $2, $3, $4)`, [
      name,
      JSON.stringify(payload),
      articleId,
      claimId,
    ]);
  }

  async function readAll(from: string | null): Promise<{ events: StoredDomainEvent[]; cursor: string }> {
    return reader.readAfter(from, 10_000, [...WEBHOOK_EVENT_TYPES]);
  }

  /**
   * No endpoint, and the dispatcher's cursor past what earlier tests wrote; an article and a claim to
   * emit events about, and dispatchers (one per reader) that build no jobs.
   */
  async function withoutEndpoints() {
    await sql(`DELETE FROM webhook_endpoints`);
    const [a] = await sql<{ id: string }>(`SELECT id FROM articles LIMIT 1`);
    const [c] = await sql<{ id: string }>(`SELECT id FROM claims LIMIT 1`);
    const config = { publicBaseUrl: BASE } as AppConfig;
    const queues = { isAvailable: () => false } as unknown as QueueService;
    const dispatcherWith = (from: DomainEventReader) =>
      new WebhookDispatcher(config, dataSource, from, repository, new WebhookJobs(queues), new StreamConsumers());
    await dispatcherWith(reader).drain();
    return { a, c, dispatcherWith };
  }

  /** Every event written so far, once the stream shows them all (it waits for older transactions anywhere in the cluster). */
  async function allEvents(): Promise<StoredDomainEvent[]> {
    const [{ count }] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM domain_events`);
    return waitFor('the stream to show every event', async () => {
      const { events } = await readAll(null);
      return events.length === count ? events : undefined;
    });
  }

  it('gives every event type the same body, byte for byte, as the builder that ran in the service', async () => {
    const [{ id: outlet }] = await sql<{ id: string }>(
      `INSERT INTO outlets (slug, name, type) VALUES ('envelope-test', 'The Wall Street Journal', 'newspaper') RETURNING id`,
    );
    const a1 = await article({ title: AWKWARD, url: 'https://news.example/a?b=1&c="2"', externalId: 'cms:4711', status: 'analyzed' });
    const a2 = await article({ title: null, url: null, externalId: null, status: 'failed', failureReason: `too long ${AWKWARD}` });
    const plain = await claim(a1, { text: `IA Fact, referring to WSJ: ${AWKWARD}`, checkworthiness: 0.7, verdict: 'confirmed', rating: 'mostly_true' }, [
      { name: 'IA Fact', role: 'relay' },
      { name: 'The Wall Street Journal', role: 'original', outletId: outlet },
    ]);
    const relaysLeft = await claim(a1, { text: 'more relays', checkworthiness: 0.07, verdict: null, rating: null }, [
      { name: 'R1', role: 'relay', person: 'Jane "J" Doe' },
      { name: 'O1', role: 'original' },
      { name: 'R2', role: 'relay' },
      { name: 'R3', role: 'relay', outletId: outlet },
    ]);
    const originalsLeft = await claim(a1, { text: 'more originals', checkworthiness: 1, verdict: 'misattributed', rating: 'false' }, [
      { name: 'O1', role: 'original' },
      { name: 'O2', role: 'original', person: AWKWARD },
      { name: 'R1', role: 'relay' },
    ]);
    const unsourced = await claim(a2, { text: 'no sources', checkworthiness: 0, verdict: null, rating: 'unverifiable' }, []);
    const corrected = await claim(a1, { text: 'corrected', checkworthiness: 0.33, verdict: 'confirmed', rating: 'true' }, [
      { name: 'Engine says', role: 'original' },
    ]);
    await correction(corrected, a1, [{ name: 'an older correction', role: 'original', registered: false, outletId: null }]);
    // The latest: a source without outletId, one without role (a relay), keys in another order.
    await correction(corrected, a1, [
      { role: 'original', name: `Reviewer ${AWKWARD}`, registered: true, outletId: outlet, type: 'newspaper', cueStart: 1, cueEnd: 2 },
      { name: 'No outlet id', role: 'relay', registered: false, type: 'unknown', cueStart: null, cueEnd: null },
      { name: 'No role', registered: false, outletId: null },
    ]);
    const emptied = await claim(a1, { text: 'correction removed every source', checkworthiness: 0.5, verdict: null, rating: null }, [
      { name: 'X', role: 'original' },
    ]);
    await correction(emptied, a1, []);
    const unnamed = await claim(a1, { text: 'correction left only unnamed sources', checkworthiness: 0.5, verdict: null, rating: null }, [
      { name: 'X', role: 'original' },
    ]);
    await correction(unnamed, a1, [], true);
    const found = await claim(a1, { text: 'a reviewer found the source', checkworthiness: 0.5, verdict: null, rating: null }, []);
    await correction(found, a1, [{ name: 'Found', role: 'original', registered: false, outletId: null, type: 'unknown', cueStart: null, cueEnd: null }]);
    const gone = await claim(a2, { text: 'deleted below', checkworthiness: 0.5, verdict: null, rating: null }, []);
    const goneArticle = await article({ title: 'gone', url: null, externalId: null, status: 'analyzed' });

    const facts = (claimId: string, articleId: string) => ({ claimId, articleId });
    await emit('article.analyzed', { articleId: a1, claimCount: 7, unsourcedClaimCount: 2, revision: 3, carriedOver: 1, added: 2, withdrawn: 0 }, a1, null);
    await emit('article.failed', { articleId: a2, reason: AWKWARD }, a2, null);
    await emit('article.completed', { articleId: a1 }, a1, null);
    await emit('article.revised', { articleId: a1, actorId: null, revision: 3, previousRevision: 2 }, a1, null);
    await emit('claim.graded', { ...facts(plain, a1), stage: 'verdict', reviewId: 'r1', actorId: outlet, attributionVerdict: 'confirmed', rating: 'true', decision: null }, a1, plain);
    await emit('claim.escalated', { ...facts(relaysLeft, a1), from: 'verdict', stage: 'escalated' }, a1, relaysLeft);
    await emit('claim.published', { ...facts(originalsLeft, a1), actorId: null, attributionVerdict: 'misattributed', rating: 'false' }, a1, originalsLeft);
    await emit('claim.dismissed', { ...facts(unsourced, a2), from: 'queued', actorId: null, reason: null }, a2, unsourced);
    await emit('claim.restored', { ...facts(corrected, a1), stage: 'verdict', actorId: outlet }, a1, corrected);
    await emit('claim.withdrawn', { ...facts(emptied, a1), from: 'published', actorId: null, revision: 3 }, a1, emptied);
    await emit('claim.restored', { ...facts(unnamed, a1), stage: 'verdict', actorId: outlet }, a1, unnamed);
    await emit('claim.restored', { ...facts(found, a1), stage: 'verdict', actorId: outlet }, a1, found);
    await emit('claim.published', { ...facts(gone, a2), actorId: null, attributionVerdict: null, rating: null }, a2, gone);
    await emit('article.completed', { articleId: goneArticle }, goneArticle, null);
    await emit('claim.graded', { claimId: gone, stage: 'verdict', reviewId: 'r2', actorId: outlet, attributionVerdict: null, rating: null, decision: 'approve' }, null, gone);
    await emit('article.completed', {}, null, null);
    await sql(`DELETE FROM claims WHERE id = $1`, [gone]);
    await sql(`DELETE FROM articles WHERE id = $1`, [goneArticle]);

    const [endpoint] = await sql<{ id: string }>(
      `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by, created_at)
       VALUES ('http://127.0.0.1/hook', $1, 'x', 'test', now() - interval '1 hour') RETURNING id`,
      [[...WEBHOOK_EVENT_TYPES]],
    );
    const events = await allEvents();
    expect(new Set(events.map((e) => e.name))).toEqual(new Set(WEBHOOK_EVENT_TYPES));

    await repository.insertForEvents(deliveriesFor(events), BASE);
    const stored = await sql<{ event_id: string; body: string }>(
      `SELECT event_id::text, body FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY seq`,
      [endpoint.id],
    );
    expect(stored.map((d) => d.event_id)).toEqual(events.map((e) => e.id));
    const expected = await new ReferenceEnvelopeBuilder(dataSource, BASE).bodies(events);
    for (const [i, event] of events.entries()) expect({ event: event.name, body: stored[i].body }).toEqual({ event: event.name, body: expected[i] });
    // The data is what it claims to be: the awkward characters came through.
    expect(JSON.parse(stored[0].body).data.article.title).toBe(AWKWARD);
  });

  it('with no endpoint registered, moves its cursor past the events without reading a claim or an article', async () => {
    await sql(`DELETE FROM webhook_endpoints`);
    const [a] = await sql<{ id: string }>(`SELECT id FROM articles LIMIT 1`);
    const [c] = await sql<{ id: string }>(`SELECT id FROM claims LIMIT 1`);
    for (let i = 0; i < 20; i++) await emit('claim.published', { claimId: c.id, articleId: a.id, actorId: null, attributionVerdict: null, rating: null }, a.id, c.id);
    const config = { publicBaseUrl: BASE } as AppConfig;
    const queues = { isAvailable: () => false } as unknown as QueueService;
    const dispatcher = new WebhookDispatcher(config, dataSource, reader, repository, new WebhookJobs(queues), new StreamConsumers());

    await allEvents();
    const deliveriesBefore = await sql(`SELECT id FROM webhook_deliveries`);
    log.statements.length = 0;
    await dispatcher.drain();
    const touched = log.statements.filter((s) => /\b(claims|articles|claim_sources|source_corrections)\b/i.test(s));
    expect(touched).toEqual([]);
    const [{ cursor }] = await sql<{ cursor: string }>(`SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = 'webhooks'`);
    // Stored even though no event was for anyone: the next pass starts after them.
    expect((await readAll(cursor)).events).toEqual([]);
    expect(await sql(`SELECT id FROM webhook_deliveries`)).toEqual(deliveriesBefore);
  });

  it('stores its cursor in the statement that inserts the deliveries: the next pass reads nothing and adds nothing', async () => {
    await sql(`DELETE FROM webhook_endpoints`);
    const [endpoint] = await sql<{ id: string }>(
      `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by, created_at)
       VALUES ('http://127.0.0.1/hook', '{claim.published}', 'x', 'test', now() - interval '1 hour') RETURNING id`,
    );
    const [a] = await sql<{ id: string }>(`SELECT id FROM articles LIMIT 1`);
    const [c] = await sql<{ id: string }>(`SELECT id FROM claims LIMIT 1`);
    const config = { publicBaseUrl: BASE } as AppConfig;
    const queues = { isAvailable: () => false } as unknown as QueueService;
    const dispatcher = new WebhookDispatcher(config, dataSource, reader, repository, new WebhookJobs(queues), new StreamConsumers());
    await dispatcher.drain(); // past what earlier tests wrote
    for (let i = 0; i < 3; i++) await emit('claim.published', { claimId: c.id, articleId: a.id, actorId: null, attributionVerdict: null, rating: null }, a.id, c.id);
    await allEvents();

    expect(await dispatcher.drain()).toBe(3);
    const [{ cursor }] = await sql<{ cursor: string }>(`SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = 'webhooks'`);
    expect((await readAll(cursor)).events).toEqual([]);
    expect(await dispatcher.drain()).toBe(0);
    const [{ count }] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM webhook_deliveries WHERE endpoint_id = $1`, [endpoint.id]);
    expect(count).toBe(3);
  });

  // A batch is read for the event types subscribed to as they stood before the read (at the pass's start, or
  // as the previous batch's statement found them). An endpoint registered in between, with an event of its type
  // right after, was read past: the cursor moved beyond that event and the endpoint never had it.
  it('moves its cursor past no event of a type an endpoint began to take after the batch was read for its types', async () => {
    const { a, c, dispatcherWith } = await withoutEndpoints();

    let registered: string | undefined;
    const racing = Object.create(reader) as DomainEventReader;
    racing.readAfter = async (cursor, limit, names) => {
      if (!registered) {
        [{ id: registered }] = await sql<{ id: string }>(
          `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by) VALUES ('http://127.0.0.1/hook', '{claim.published}', 'x', 'test') RETURNING id`,
        );
        await emit('claim.published', { claimId: c.id, articleId: a.id, actorId: null, attributionVerdict: null, rating: null }, a.id, c.id);
        await allEvents();
      }
      return reader.readAfter(cursor, limit, names);
    };
    const dispatcher = dispatcherWith(racing);
    await dispatcher.drain(); // read for no type: the endpoint came after
    // Later passes, read for its type, find the event (the old code had moved the cursor past it for good);
    // more than one may be needed on a busy machine, while the stream's horizon waits for other transactions.
    const count = await waitFor('the delivery of the event the first pass was not read for', async () => {
      await dispatcher.drain();
      const [row] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM webhook_deliveries WHERE endpoint_id = $1`, [registered]);
      return row.count > 0 ? row.count : undefined;
    }, 5_000).catch(() => 0);
    expect(count).toBe(1);
  });

  it('sends an endpoint the events of the millisecond it was created in', async () => {
    const { a, c, dispatcherWith } = await withoutEndpoints();
    const dispatcher = dispatcherWith(reader);
    // The event's time comes back to the dispatcher as a Date: .976456 is read as .976, before the endpoint's .976123.
    const [{ id: endpoint }] = await sql<{ id: string }>(
      `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by, created_at)
       VALUES ('http://127.0.0.1/hook', '{claim.published}', 'x', 'test', '2026-12-01 03:58:03.976123+00') RETURNING id`,
    );
    await sql(`INSERT INTO domain_events (name, payload, article_id, claim_id, occurred_at) VALUES ('claim.published', $1, $2, $3, '2026-12-01 03:58:03.976456+00')`, [
      JSON.stringify({ claimId: c.id, articleId: a.id, actorId: null, attributionVerdict: null, rating: null }),
      a.id,
      c.id,
    ]);
    await allEvents();
    await dispatcher.drain();
    const [{ count }] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM webhook_deliveries WHERE endpoint_id = $1`, [endpoint]);
    expect(count).toBe(1);
  });

  it('inserts nothing and leaves the cursor unless the cursor still stands where the batch was read from', async () => {
    await sql(`DELETE FROM webhook_endpoints`);
    await sql(
      `INSERT INTO webhook_endpoints (url, events, secret_ciphertext, created_by, created_at)
       VALUES ('http://127.0.0.1/hook', '{claim.published}', 'x', 'test', now() - interval '1 hour')`,
    );
    const [a] = await sql<{ id: string }>(`SELECT id FROM articles LIMIT 1`);
    const [c] = await sql<{ id: string }>(`SELECT id FROM claims LIMIT 1`);
    const [{ cursor: from }] = await sql<{ cursor: string | null }>(`SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = 'webhooks'`);
    await emit('claim.published', { claimId: c.id, articleId: a.id, actorId: null, attributionVerdict: null, rating: null }, a.id, c.id);
    await allEvents();
    const { events, cursor: to } = await readAll(from);
    expect(events).toHaveLength(1);
    const deliveries = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries`))[0].n;
    const storedCursor = async () => (await sql<{ cursor: string }>(`SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = 'webhooks'`))[0].cursor;
    const before = await deliveries();

    // Another process moved it meanwhile (it dispatched these).
    const stale = await repository.insertForEvents(deliveriesFor(events), BASE, { consumer: 'webhooks', from: 'v1:0:0', to, types: WEBHOOK_EVENT_TYPES });
    expect(stale.moved).toBe(false);
    expect(await deliveries()).toBe(before);
    expect(await storedCursor()).toBe(from);

    // Another process is dispatching: its lock is skipped, not waited for.
    const other = dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      await other.query(`SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = 'webhooks' FOR UPDATE`);
      const locked = await repository.insertForEvents(deliveriesFor(events), BASE, { consumer: 'webhooks', from, to, types: WEBHOOK_EVENT_TYPES });
      expect(locked.moved).toBe(false);
      expect(await deliveries()).toBe(before);
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }

    const moved = await repository.insertForEvents(deliveriesFor(events), BASE, { consumer: 'webhooks', from, to, types: WEBHOOK_EVENT_TYPES });
    expect(moved).toEqual({ moved: true, endpoints: [expect.any(String)], types: ['claim.published'] });
    expect(await deliveries()).toBe(before + 1);
    expect(await storedCursor()).toBe(to);
  });
});
