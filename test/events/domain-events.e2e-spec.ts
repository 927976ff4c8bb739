import pg from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { DomainEventAnnouncer } from '../../src/events/domain-event-announcer.js';
import { DomainEventReader, decodeCursor } from '../../src/events/domain-event-reader.js';
import { DomainEventsRepository } from '../../src/events/domain-events.repository.js';
import { DomainEvent, type StoredDomainEvent } from '../../src/events/domain-events.js';
import { createTempDatabase } from '../support/database.js';
import { useMigratedDatabase } from '../support/migrated-database.js';
import { sleep } from '../support/wait-for.js';

// The stream against a real PostgreSQL: commit order under concurrent
// writers, late commits, filters, resuming, wake-ups.

const WRITERS = 8;
const EVENTS_PER_WRITER = 2_000;

/** A uuid that says which writer wrote the event and its place in that writer's sequence. */
function articleIdOf(writer: number, seq: number): string {
  return `00000000-0000-4000-8000-${String(writer).padStart(4, '0')}${String(seq).padStart(8, '0')}`;
}

/** Runs `work` on a connection of its own, whose transactions the test opens and ends itself; whatever it leaves open is rolled back. */
async function onOwnConnection(dataSource: DataSource, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await work(runner);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

function writerAndSeq(event: StoredDomainEvent): [number, number] {
  const tail = event.articleId!.slice(-12);
  return [Number(tail.slice(0, 4)), Number(tail.slice(4))];
}

describe('domain event stream (PostgreSQL)', () => {
  const db = useMigratedDatabase('events', { poolSize: WRITERS + 4 });
  let dataSource: DataSource;
  let announcer: DomainEventAnnouncer;
  let events: DomainEventsRepository;
  let reader: DomainEventReader;

  beforeAll(async () => {
    dataSource = db.dataSource;
    announcer = new DomainEventAnnouncer(dataSource);
    events = new DomainEventsRepository(announcer);
    reader = new DomainEventReader(dataSource);
  }, 60_000);

  afterAll(async () => {
    await reader?.onModuleDestroy();
    await announcer?.onModuleDestroy();
  });

  beforeEach(async () => {
    await dataSource.query('TRUNCATE domain_events');
  });

  /**
   * Reads until `done()` and the cursor has passed every transaction that
   * wrote (an empty page alone may only mean the horizon is held back by a
   * transaction still running, an autovacuum's say); returns everything read, in order.
   */
  async function readAll(done: () => boolean, limit = 500): Promise<StoredDomainEvent[]> {
    const seen: StoredDomainEvent[] = [];
    let cursor: string | null = null;
    let lastWriter: bigint | undefined;
    for (;;) {
      if (lastWriter === undefined && done()) {
        const [row] = await dataSource.query<Array<{ tx: string | null }>>(`SELECT max(tx_id)::text AS tx FROM domain_events`);
        lastWriter = BigInt(row.tx ?? 0);
      }
      const page = await reader.readAfter(cursor, limit);
      seen.push(...page.events);
      cursor = page.cursor;
      if (page.events.length === 0) {
        if (lastWriter !== undefined && BigInt(decodeCursor(cursor).txId) > lastWriter) return seen;
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
    await onOwnConnection(dataSource, async (early) => {
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
    });
  });

  it('is not held back by a long transaction in another database of the same server', async () => {
    const elsewhere = await createTempDatabase('events-elsewhere');
    const other = new pg.Client({ connectionString: elsewhere.url });
    await other.connect();
    try {
      // An open transaction that has written (it holds an xid), as a report or a dump would.
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      await dataSource.transaction((m) => events.append(m, DomainEvent.ArticleFailed, { articleId: articleIdOf(2, 1), reason: 'meanwhile' }));
      const page = await reader.readAfter(null, 100);
      expect(page.events.map((e) => (e.payload as { reason: string }).reason)).toEqual(['meanwhile']);
      // "From now on" is past it too.
      expect((await reader.readAfter(await reader.head(), 100)).events).toEqual([]);
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      await other.end();
      await elsewhere.drop();
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

  describe('wake-ups', () => {
    let wakes = 0;
    let unsubscribe: () => void;

    beforeEach(async () => {
      wakes = 0;
      unsubscribe = reader.subscribe(() => wakes++);
      // The first wake-up comes once the listener is connected.
      for (let i = 0; i < 200 && wakes === 0; i++) await sleep(25);
      expect(wakes).toBe(1);
    });

    afterEach(() => unsubscribe());

    /** Waits for the wake-ups to reach `expected` (or a while longer, to see that no more come). */
    async function expectWakes(expected: number, settleMs = 300): Promise<void> {
      for (let i = 0; i < 200 && wakes < expected; i++) await sleep(25);
      await sleep(settleMs);
      expect(wakes).toBe(expected);
    }

    it('wakes subscribers when a transaction with events commits, not before', async () => {
      await onOwnConnection(dataSource, async (runner) => {
        await runner.startTransaction();
        await events.append(runner.manager, DomainEvent.ArticleCompleted, { articleId: articleIdOf(4, 1) });
        await events.append(runner.manager, DomainEvent.ArticleCompleted, { articleId: articleIdOf(4, 2) });
        await sleep(200);
        expect(wakes).toBe(1);
        await runner.commitTransaction();
      });
      await expectWakes(2);
    });

    it('wakes nobody for a transaction that rolls back', async () => {
      await dataSource
        .transaction(async (m) => {
          await events.append(m, DomainEvent.ArticleCompleted, { articleId: articleIdOf(5, 1) });
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await expectWakes(1, 500);
    });

    it('waits for the outermost commit when events are written inside a nested transaction', async () => {
      await onOwnConnection(dataSource, async (runner) => {
        await runner.startTransaction();
        await runner.startTransaction(); // a savepoint
        await events.append(runner.manager, DomainEvent.ArticleCompleted, { articleId: articleIdOf(6, 1) });
        await runner.commitTransaction(); // released, not committed
        await sleep(300);
        expect(wakes).toBe(1);
        await runner.commitTransaction();
      });
      await expectWakes(2);
    });

    it('wakes at once for a statement run in its own transaction (a fragment the caller ran)', async () => {
      const fragment = events.insertFragment(DomainEvent.ArticleCompleted, { articleId: articleIdOf(7, 1) }, 'one', 1);
      await dataSource.query(`WITH one AS (SELECT 1), event AS (${fragment.sql}) SELECT 1`, fragment.params);
      events.written(dataSource.manager);
      await expectWakes(2);
      expect((await reader.readAfter(null, 10)).events.map((e) => e.articleId)).toEqual([articleIdOf(7, 1)]);
    });

    it('folds a burst of commits into few wake-ups, the last after the last commit', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          dataSource.transaction((m) => events.append(m, DomainEvent.ArticleCompleted, { articleId: articleIdOf(8, i) })),
        ),
      );
      for (let i = 0; i < 200 && wakes < 2; i++) await sleep(25);
      await sleep(300);
      expect(wakes).toBeGreaterThanOrEqual(2);
      expect(wakes).toBeLessThanOrEqual(21);
      // Whatever the folding, a reader woken last sees all twenty.
      expect((await reader.readAfter(null, 50)).events).toHaveLength(20);
    });
  });

  it('writes no NOTIFY in the writing statement (it would serialise commits on a cluster-wide lock)', () => {
    const fragments = [
      events.selectFragment(DomainEvent.ArticleCompleted, 'done', { articleId: 'id' }),
      events.insertFragment(DomainEvent.ArticleCompleted, { articleId: articleIdOf(9, 1) }, 'done', 1).sql,
    ];
    for (const sql of fragments) expect(sql).not.toMatch(/notify/i);
  });
});
