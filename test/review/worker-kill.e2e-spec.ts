import pg from 'pg';
import { REVIEW_ENV, createPerson, grade, gradeFor, next, seedArticle, waitUntilSettled } from '../support/review.js';
import { jobEvents } from '../support/redis.js';
import { Stack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

/**
 * A worker killed with SIGKILL in the middle of applying a grade: its
 * transaction dies with it, the job stays active in Redis until its lock
 * lapses, and another worker runs it exactly once more. To land the kill
 * mid-job, the test holds the claim's row lock so the job blocks inside its
 * transaction; PostgreSQL shows it waiting before the kill.
 */
describe('review workflow: a worker killed mid-job', () => {
  it('applies the grade exactly once after the job is re-run by another worker', async () => {
    // A short lock: the re-run comes 5 to 10 s after the kill instead of 30 to 60 s.
    const stack = await Stack.create('reviewkill', { ...REVIEW_ENV, JOB_LOCK_MS: '5000' });
    const blocker = new pg.Client({ connectionString: stack.databaseUrl });
    try {
      await stack.start({ APP_ROLE: 'api' });
      let worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      const reviewer = await createPerson(stack, 'reviewer');
      const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'kill' });
      const claimId = claimIds[0];
      await waitUntilSettled(stack, articleId);

      // The grade's apply job waits in Redis while no worker runs.
      expect(await worker.stop()).toBe(0);
      expect((await next(stack, reviewer, 'verdict')).body.claim.id).toBe(claimId);
      expect((await grade(stack, reviewer, claimId, gradeFor('verdict'))).status).toBe(201);

      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM claims WHERE id = $1 FOR UPDATE', [claimId]);
      worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      await waitFor('the apply job to block on the claim row', async () => {
        const rows = await stack.sql(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows[0].n > 0 ? true : undefined;
      });
      await worker.stop('SIGKILL');
      await blocker.query('COMMIT');

      // Nothing of the killed attempt survived.
      const [midway] = await stack.sql(
        `SELECT (SELECT applied_at FROM reviews WHERE claim_id = $1) AS applied_at,
                (SELECT count(*)::int FROM outbox WHERE job_name = 'apply-review') AS outbox,
                (SELECT status FROM claims WHERE id = $1) AS status`,
        [claimId],
      );
      expect(midway).toEqual({ applied_at: null, outbox: 1, status: 'verdict' });

      // The job is still active in Redis under the dead worker's lock; a new worker takes it once the lock lapses.
      await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      await waitFor(
        'the grade to be applied',
        async () => ((await stack.sql(`SELECT status FROM claims WHERE id = $1`, [claimId]))[0].status === 'approval' ? true : undefined),
        90_000,
      );
      const [after] = await stack.sql(
        `SELECT (SELECT count(*)::int FROM reviews WHERE claim_id = $1) AS reviews,
                (SELECT count(*)::int FROM reviews WHERE claim_id = $1 AND applied_at IS NOT NULL) AS applied,
                (SELECT count(*)::int FROM audit_events WHERE entity_id = $1 AND action = 'claim.advanced') AS advanced,
                (SELECT count(*)::int FROM audit_events WHERE entity_id = $1 AND action = 'claim.queued') AS queued,
                (SELECT count(*)::int FROM outbox) AS outbox`,
        [claimId],
      );
      expect(after).toEqual({ reviews: 1, applied: 1, advanced: 1, queued: 2, outbox: 0 });

      // Runs of the apply job, from BullMQ's event stream: the killed one and exactly one more.
      const [review] = await stack.sql(`SELECT id FROM reviews WHERE claim_id = $1`, [claimId]);
      const events = await waitFor('the re-run to complete in Redis', async () => {
        const recorded = await jobEvents(stack.env['REDIS_URL'], stack.queuePrefix, 'verification', `apply-${review.id}`);
        return recorded.includes('completed') ? recorded : undefined;
      });
      expect({
        runs: events.filter((e) => e === 'active').length,
        stalled: events.filter((e) => e === 'stalled').length,
        completed: events.filter((e) => e === 'completed').length,
        failed: events.filter((e) => e === 'failed').length,
      }).toEqual({ runs: 2, stalled: 1, completed: 1, failed: 0 });
    } finally {
      await blocker.end().catch(() => undefined);
      await stack.close();
    }
  }, 150_000);
});
