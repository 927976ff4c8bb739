import { freePort } from '../support/processes.js';
import { PrivateRedis } from '../support/redis.js';
import { REVIEW_ENV, grade, gradeFor, next, reviewTeam, seedArticle, waitUntilSettled, workUntilCompleted, type Person } from '../support/review.js';
import { Stack } from '../support/stack.js';

/**
 * PostgreSQL is the truth, Redis only dispatches: with the worker stopped,
 * grades pile up as jobs; Redis then loses everything (FLUSHALL on a private
 * redis-server, never the shared one). A new worker rebuilds the jobs from
 * the outbox: every grade is applied once, every claim reaches its next
 * reviewers exactly once, and the article completes.
 */
describe('review workflow: Redis loses its data mid-workflow', () => {
  it('rebuilds every verification job from PostgreSQL', async () => {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    const stack = await Stack.create('reviewflush', {
      REDIS_URL: redis.url,
      ...REVIEW_ENV,
    });
    try {
      await stack.start({ APP_ROLE: 'api' });
      let worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      const {
        reviewers,
        editors: [editor],
      } = await reviewTeam(stack, { reviewers: 3, editors: 1 });
      const { articleId, claimIds } = await seedArticle(stack, 12, { label: 'flush' });
      await waitUntilSettled(stack, articleId);

      // Grade half of the claims with no worker running: their apply jobs wait in Redis.
      expect(await worker.stop()).toBe(0);
      for (let i = 0; i < 6; i++) {
        const who = reviewers[i % 3];
        const res = await next(stack, who, 'verdict');
        expect(res.status).toBe(200);
        expect((await grade(stack, who, res.body.claim.id, gradeFor('verdict'))).status).toBe(201);
      }
      const [pending] = await stack.sql(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'apply-review'`);
      expect(pending.n).toBe(6);

      await redis.flushAll();
      worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');

      // Everyone keeps working until the article is done.
      const work = (who: Person, stages: string[]) => workUntilCompleted(stack, who, stages, articleId, { timeoutMs: 60_000 });
      await Promise.all([...reviewers.map((r) => work(r, ['verdict'])), work(editor, ['approval'])]);

      // Exactly once: one prepare per claim and stage entry, one grade per stage, all applied; nothing left to do.
      const [counts] = await stack.sql(
        `SELECT (SELECT count(*)::int FROM reviews WHERE claim_id = ANY($1)) AS reviews,
                (SELECT count(*)::int FROM reviews WHERE claim_id = ANY($1) AND applied_at IS NULL) AS unapplied,
                (SELECT count(*)::int FROM outbox) AS outbox,
                (SELECT count(*)::int FROM claims WHERE id = ANY($1) AND status = 'published') AS published`,
        [claimIds],
      );
      expect(counts).toEqual({ reviews: 24, unapplied: 0, outbox: 0, published: 12 });
      const queued = await stack.sql(
        `SELECT entity_id, after->>'round' AS round, count(*)::int AS n FROM audit_events
          WHERE action = 'claim.queued' AND entity_id = ANY($1) GROUP BY 1, 2`,
        [claimIds],
      );
      expect(queued.length).toBe(24);
      expect(queued.every((q) => q.n === 1)).toBe(true);
      expect(worker.child.exitCode).toBeNull();
    } finally {
      await stack.close();
      await redis.stop();
    }
  }, 120_000);
});
