import type { DataSource, QueryRunner } from 'typeorm';
import { ArticleCompletionRepository } from '../../src/articles/article-completion.repository.js';
import { AuditService } from '../../src/audit/audit.service.js';
import { DomainEventAnnouncer } from '../../src/events/domain-event-announcer.js';
import { DomainEventsRepository } from '../../src/events/domain-events.repository.js';
import { END_STATUSES } from '../../src/review/workflow.js';
import { useMigratedDatabase } from '../support/migrated-database.js';
import { sleep } from '../support/wait-for.js';

// Completing an article when its last open claims end at the same moment, in
// transactions of their own, against a real PostgreSQL: whichever commits last
// must see every other's work, and no claim may end unseen by all of them.

const CLAIMS = 8;

describe('article completion under concurrent claim ends (PostgreSQL)', () => {
  const db = useMigratedDatabase('completion', { poolSize: CLAIMS + 4 });
  let dataSource: DataSource;
  let announcer: DomainEventAnnouncer;
  let completion: ArticleCompletionRepository;

  beforeAll(() => {
    dataSource = db.dataSource;
    announcer = new DomainEventAnnouncer(dataSource);
    completion = new ArticleCompletionRepository(new AuditService(), new DomainEventsRepository(announcer));
  });

  afterAll(async () => {
    await announcer?.onModuleDestroy();
  });

  /** An analysed article whose `count` claims all wait at approval. */
  async function seed(count: number): Promise<{ articleId: string; claimIds: string[] }> {
    const [article] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO articles (input_format, input, request_hash, submitted_by, status, claim_count, unsourced_claim_count, analyzed_at)
       VALUES ('text', 'x', md5(random()::text), 'seed', 'analyzed', $1, $1, now()) RETURNING id`,
      [count],
    );
    const claims = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, fingerprint, status)
       SELECT $1, o, 'claim ' || o, 0, 1, 0.5, 'none', true, md5(o::text), 'approval' FROM generate_series(0, $2 - 1) AS o
       RETURNING id`,
      [article.id, count],
    );
    return { articleId: article.id, claimIds: claims.map((c) => c.id) };
  }

  /** Ends the claim (published) in a transaction of its own, left open: the caller commits it. */
  async function endClaim(claimId: string): Promise<QueryRunner> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    // A wait this test does not expect fails it in seconds, not at the statement timeout.
    await runner.query(`SET LOCAL lock_timeout = '5s'`);
    await runner.query(`UPDATE claims SET status = 'published' WHERE id = $1`, [claimId]);
    return runner;
  }

  async function complete(runner: QueryRunner, articleId: string): Promise<boolean> {
    return completion.completeIfDone(runner.manager, articleId, END_STATUSES);
  }

  async function finish(runner: QueryRunner): Promise<void> {
    await runner.commitTransaction();
    await runner.release();
  }

  async function completedOnce(articleId: string): Promise<[string, number]> {
    const [row] = await dataSource.query<Array<{ status: string; events: number }>>(
      `SELECT a.status, (SELECT count(*)::int FROM domain_events e WHERE e.article_id = a.id AND e.name = 'article.completed') AS events
         FROM articles a WHERE a.id = $1`,
      [articleId],
    );
    return [row.status, row.events];
  }

  it('completes the article once when its last claims all end at once, each seeing the others uncommitted', async () => {
    for (let round = 0; round < 5; round++) {
      const { articleId, claimIds } = await seed(CLAIMS);
      // Every claim is ended (and its row locked) before any transaction looks at the article.
      const runners = await Promise.all(claimIds.map(endClaim));
      await Promise.all(
        runners.map(async (runner) => {
          await complete(runner, articleId);
          await sleep(Math.random() * 5);
          await finish(runner);
        }),
      );
      expect(await completedOnce(articleId)).toEqual(['completed', 1]);
    }
  });

  it('leaves the article open, without one end waiting for another, while a claim nobody is changing is still open', async () => {
    const { articleId, claimIds } = await seed(3);
    const runners = await Promise.all(claimIds.slice(0, 2).map(endClaim));
    expect(await Promise.all(runners.map((runner) => complete(runner, articleId)))).toEqual([false, false]);
    await Promise.all(runners.map(finish));
    expect(await completedOnce(articleId)).toEqual(['analyzed', 0]);
  });

  // The open claim a transaction found keeps the article open only as long as nobody ends it before that
  // transaction commits: one ending it meanwhile waits, and then sees the first one's work.
  it('completes the article when its last open claim ends while the one before is still committing', async () => {
    const { articleId, claimIds } = await seed(2);
    const first = await endClaim(claimIds[0]);
    expect(await complete(first, articleId)).toBe(false);
    const second = (async () => {
      const runner = await endClaim(claimIds[1]);
      const done = await complete(runner, articleId);
      await finish(runner);
      return done;
    })();
    await sleep(200);
    await finish(first);
    expect(await second).toBe(true);
    expect(await completedOnce(articleId)).toEqual(['completed', 1]);
  });
});
