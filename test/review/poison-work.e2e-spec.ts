import { Queue } from 'bullmq';
import { REVIEW_ENV, createPerson, grade, gradeFor, next, seedArticle, waitUntilSettled, type Person } from '../support/review.js';
import { useStack, type AppProcess } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

/**
 * Work on the verification queue that keeps killing its worker is given up
 * after five runs without stranding the claim. Stand-in for such work, as in
 * the analysis poison test: under the real job's id, a job that always fails
 * outside its handler, already re-run the maximum number of times. The
 * reconciler then gives it up, and the claim must still reach a reviewer.
 */
describe('review workflow: poison work on the verification queue', () => {
  const stack = useStack('poisonverify', REVIEW_ENV, { APP_ROLE: 'api' });
  let worker: AppProcess;
  let reviewer: Person;
  let editor: Person;

  beforeAll(async () => {
    worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
    reviewer = await createPerson(stack, 'reviewer');
    editor = await createPerson(stack, 'editor');
  }, 300_000);

  /** Replaces the waiting job `jobId` with one no handler takes, its outbox row at the last re-run; then starts a worker. */
  async function poison(jobId: string): Promise<void> {
    const queue = new Queue('verification', { connection: { url: stack.env['REDIS_URL'] }, prefix: stack.queuePrefix });
    try {
      await (await queue.getJob(jobId))?.remove();
      await queue.add('no-such-job', {}, { jobId, attempts: 1 });
    } finally {
      await queue.close();
    }
    const [{ updated }] = await stack.sql(
      `WITH u AS (UPDATE outbox SET enqueue_count = 5, checked_at = now() - interval '1 hour' WHERE job_id = $1 RETURNING id)
       SELECT count(*)::int AS updated FROM u`,
      [jobId],
    );
    expect(updated).toBe(1);
    worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
    await waitFor(`the reconciler to give up ${jobId}`, async () => {
      const rows = await stack.sql(`SELECT 1 FROM outbox WHERE job_id = $1`, [jobId]);
      return rows.length === 0 ? true : undefined;
    });
  }

  async function history(claimId: string): Promise<string[]> {
    const res = await stack.request('GET', `/v1/claims/${claimId}/history`, { token: editor.token });
    expect(res.status).toBe(200);
    return (res.body as Array<{ action: string }>).map((e) => e.action);
  }

  it('route-claims: the claims still reach their inboxes', async () => {
    expect(await worker.stop()).toBe(0);
    const { articleId, claimIds } = await seedArticle(stack, 2, { label: 'poison-route' });
    await poison(`route-${articleId}`);
    await waitUntilSettled(stack, articleId);
    const taken = await next(stack, reviewer, 'verdict');
    expect(taken.status).toBe(200);
    expect(claimIds).toContain(taken.body.claim.id);
    expect(taken.body.claim.context).toEqual(expect.objectContaining({ unavailable: expect.stringMatching(/gave up after 6 runs/) }));
    expect((await stack.request('POST', `/v1/claims/${taken.body.claim.id}/release`, { token: reviewer.token })).status).toBe(204);
  }, 300_000);

  it('prepare-claim: the claim reaches its inbox without context', async () => {
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'poison-prepare', checkworthiness: 0.97 });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);
    expect(await worker.stop()).toBe(0);
    // A move made over HTTP (dismiss, then restore) leaves the claim to a prepare job.
    expect((await stack.request('POST', `/v1/claims/${claimId}/dismiss`, { token: editor.token, body: { reason: 'Opinion' } })).status).toBe(204);
    expect((await stack.request('POST', `/v1/claims/${claimId}/restore`, { token: editor.token })).status).toBe(204);
    const [{ round }] = await stack.sql(`SELECT round FROM claims WHERE id = $1`, [claimId]);
    await poison(`prepare-${claimId}-${round}`);
    await waitUntilSettled(stack, articleId);
    const taken = await next(stack, reviewer, 'verdict');
    expect(taken.status).toBe(200);
    expect(taken.body.claim.id).toBe(claimId);
    expect(taken.body.claim.context).toEqual(expect.objectContaining({ unavailable: expect.stringMatching(/gave up after 6 runs/) }));
    expect((await stack.request('POST', `/v1/claims/${claimId}/release`, { token: reviewer.token })).status).toBe(204);
  }, 300_000);

  it('apply-review: the claim goes back to its inbox and its history shows the grade was not applied', async () => {
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'poison-apply', checkworthiness: 0.98 });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);
    expect(await worker.stop()).toBe(0);
    const leased = await next(stack, reviewer, 'verdict');
    expect(leased.body.claim.id).toBe(claimId);
    expect((await grade(stack, reviewer, claimId, gradeFor('verdict'))).status).toBe(201);
    const [review] = await stack.sql(`SELECT id FROM reviews WHERE claim_id = $1`, [claimId]);
    await poison(`apply-${review.id}`);
    const again = await waitFor('the claim back in the verdict inbox', async () => {
      const res = await next(stack, editor, 'verdict');
      return res.status === 200 ? res : undefined;
    });
    expect(again.body.claim.id).toBe(claimId);
    expect(await history(claimId)).toContain('review.not_applied');
    const [{ applied }] = await stack.sql(`SELECT applied_at IS NOT NULL AS applied FROM reviews WHERE id = $1`, [review.id]);
    expect(applied).toBe(false);
  }, 300_000);
});
