import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { databaseOptions } from '../../src/database/database-options.js';
import { migrate } from '../../src/database/migrate.js';
import { DomainEventReader } from '../../src/events/domain-event-reader.js';
import { DomainEventsRepository } from '../../src/events/domain-events.repository.js';
import { DomainEvent, type StoredDomainEvent } from '../../src/events/domain-events.js';
import { createDatabase, dropDatabase } from '../support/processes.js';

// The stream against a real PostgreSQL: commit order under concurrent
// writers, late commits, filters, resuming, wake-ups.

const WRITERS = 8;
const EVENTS_PER_WRITER = 2_000;

/** A uuid that says which writer wrote the event and its place in that writer's sequence. */
function articleIdOf(writer: number, seq: number): string {
  return `00000000-0000-4000-8000-${String(writer).padStart(4, '0')}${String(seq).padStart(8, '0')}`;
}

function writerAndSeq(event: StoredDomainEvent): [number, number] {
  const tail = event.articleId!.slice(-12);
  return [Number(tail.slice(0, 4)), Number(tail.slice(4))];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('domain event stream (PostgreSQL)', () => {
  const dbName = `claimtrail_events_${randomBytes(4).toString('hex')}`;
  let dataSource: DataSource;
  let events: DomainEventsRepository;
  let reader: DomainEventReader;

  beforeAll(async () => {
    const url = await createDatabase(dbName);
    dataSource = await new DataSource(databaseOptions(url, WRITERS + 4)).initialize();
    await migrate(dataSource);
    events = new DomainEventsRepository();
    reader = new DomainEventReader(dataSource);
  }, 60_000);

  afterAll(async () => {
    await reader?.onModuleDestroy();
    await dataSource?.destroy();
    await dropDatabase(dbName);
  });

  beforeEach(async () => {
    await dataSource.query('TRUNCATE domain_events');
  });

  /** Reads until `done()` and the stream is drained; returns everything read, in order. */
  async function readAll(done: () => boolean, limit = 500): Promise<StoredDomainEvent[]> {
    const seen: StoredDomainEvent[] = [];
    let cursor: string | null = null;
    for (;;) {
      const finished = done();
      const page = await reader.readAfter(cursor, limit);
      seen.push(...page.events);
      cursor = page.cursor;
      if (page.events.length === 0) {
        if (finished) return seen;
        await sleep(5);
      }
    }
  }

  it(`${WRITERS} concurrent writers x ${EVENTS_PER_WRITER} events: one concurrent reader sees each exactly once, in each writer's order`, async () => {
    let writing = WRITERS;
    const writer = async (w: number) => {
      let seq = 0;
      while (seq < EVENTS_PER_WRITER) {
        // Transactions of 1 to 8 events, some held open after their inserts,
        // so ids are taken in a different order than transactions commit.
        const size = Math.min(1 + Math.floor(Math.random() * 8), EVENTS_PER_WRITER - seq);
        const first = seq;
        await dataSource.transaction(async (manager: EntityManager) => {
          for (let i = first; i < first + size; i++) {
            await events.append(manager, DomainEvent.ArticleReceived, { articleId: articleIdOf(w, i), actorId: null, externalId: null });
          }
          if (Math.random() < 0.2) await sleep(Math.random() * 10);
        });
        seq += size;
      }
      writing--;
    };
    const [seen] = await Promise.all([readAll(() => writing === 0), ...Array.from({ length: WRITERS }, (_, w) => writer(w))]);

    expect(seen).toHaveLength(WRITERS * EVENTS_PER_WRITER);
    expect(new Set(seen.map((e) => e.id)).size).toBe(WRITERS * EVENTS_PER_WRITER);
    const next = new Array<number>(WRITERS).fill(0);
    for (const event of seen) {
      const [w, seq] = writerAndSeq(event);
      expect(seq).toBe(next[w]);
      next[w]++;
    }
    expect(next).toEqual(new Array(WRITERS).fill(EVENTS_PER_WRITER));
    // Out-of-order commits really happened: ids alone would have misordered some.
    const outOfIdOrder = seen.filter((e, i) => i > 0 && BigInt(e.id) < BigInt(seen[i - 1].id)).length;
    expect(outOfIdOrder).toBeGreaterThan(0);
  }, 300_000);

  it('does not skip a transaction that commits after a later one', async () => {
    const early = dataSource.createQueryRunner();
    await early.connect();
    try {
      await early.startTransaction();
      await events.append(early.manager, DomainEvent.ArticleFailed, { articleId: articleIdOf(0, 1), reason: 'early' });
      await dataSource.transaction((m) => events.append(m, DomainEvent.ArticleFailed, { articleId: articleIdOf(0, 2), reason: 'late' }));

      // The later transaction has committed but the earlier one may still add
      // rows before it: nothing is handed out yet, and the cursor stays put.
      const waiting = await reader.readAfter(null, 100);
      expect(waiting.events).toEqual([]);

      await early.commitTransaction();
      const page = await reader.readAfter(waiting.cursor, 100);
      expect(page.events.map((e) => (e.payload as { reason: string }).reason)).toEqual(['early', 'late']);
      expect((await reader.readAfter(page.cursor, 100)).events).toEqual([]);
    } finally {
      await early.release();
    }
  });

  it('never shows events of a rolled-back transaction', async () => {
    await dataSource
      .transaction(async (m) => {
        await events.append(m, DomainEvent.ArticleCompleted, { articleId: articleIdOf(1, 1) });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await dataSource.transaction((m) => events.append(m, DomainEvent.ArticleCompleted, { articleId: articleIdOf(1, 2) }));
    const page = await reader.readAfter(null, 100);
    expect(page.events.map((e) => e.articleId)).toEqual([articleIdOf(1, 2)]);
  });

  it('resumes from a cursor, pages, filters by name and lifts ids into columns', async () => {
    const claimId = articleIdOf(2, 99);
    await dataSource.transaction(async (m) => {
      await events.append(m, DomainEvent.ArticleReceived, { articleId: articleIdOf(2, 1), actorId: null, externalId: 'x' });
      await events.appendMany(m, DomainEvent.ClaimRouted, [
        { claimId, articleId: articleIdOf(2, 1), stage: 'source_check' },
        { claimId: articleIdOf(2, 98), articleId: articleIdOf(2, 1), stage: 'verdict' },
      ]);
      await events.append(m, DomainEvent.ArticleAnalyzed, { articleId: articleIdOf(2, 1), claimCount: 2, unsourcedClaimCount: 1 });
    });

    const first = await reader.readAfter(null, 2);
    expect(first.events.map((e) => e.name)).toEqual(['article.received', 'claim.routed']);
    const rest = await reader.readAfter(first.cursor, 10);
    expect(rest.events.map((e) => e.name)).toEqual(['claim.routed', 'article.analyzed']);
    expect(rest.events[0]).toMatchObject({ claimId: articleIdOf(2, 98), articleId: articleIdOf(2, 1), actorId: null });

    const routed = await reader.readAfter(null, 10, [DomainEvent.ClaimRouted]);
    expect(routed.events.map((e) => e.claimId)).toEqual([claimId, articleIdOf(2, 98)]);
    // The filtered reader's cursor moved past the events it did not want.
    expect((await reader.readAfter(routed.cursor, 10)).events).toEqual([]);
    await expect(reader.readAfter('v1:abc', 10)).rejects.toThrow('not a domain event cursor');
  });

  it('head() starts after everything already committed', async () => {
    await dataSource.transaction((m) => events.append(m, DomainEvent.ArticleCompleted, { articleId: articleIdOf(3, 1) }));
    const head = await reader.head();
    await dataSource.transaction((m) => events.append(m, DomainEvent.ArticleCompleted, { articleId: articleIdOf(3, 2) }));
    expect((await reader.readAfter(head, 10)).events.map((e) => e.articleId)).toEqual([articleIdOf(3, 2)]);
  });

  it('wakes subscribers when a transaction with events commits, not before', async () => {
    let wakes = 0;
    const unsubscribe = reader.subscribe(() => wakes++);
    try {
      // The first wake-up comes once the listener is connected.
      for (let i = 0; i < 200 && wakes === 0; i++) await sleep(25);
      expect(wakes).toBe(1);

      const runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await events.append(runner.manager, DomainEvent.ArticleCompleted, { articleId: articleIdOf(4, 1) });
      await events.append(runner.manager, DomainEvent.ArticleCompleted, { articleId: articleIdOf(4, 2) });
      await sleep(200);
      expect(wakes).toBe(1);
      await runner.commitTransaction();
      await runner.release();
      for (let i = 0; i < 200 && wakes === 1; i++) await sleep(25);
      expect(wakes).toBe(2);
    } finally {
      unsubscribe();
    }
  });
});
