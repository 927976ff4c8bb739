import { PrivatePostgres } from '../support/postgres-cluster.js';
import { REVIEW_ENV, grade, gradeFor, next, reviewTeam } from '../support/review.js';
import { Stack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

const ARTICLE = {
  text:
    'IA Fact, referring to The Wall Street Journal, already stated that arms deliveries increased. ' +
    'His decision to provide Russia with 11,000 troops changed the war.',
};

// Chosen when the file loads, so that a run where this cannot work shows it
// as skipped, never as passed. CI must run it: there it fails saying why.
const unavailable = PrivatePostgres.unavailableReason();
const runs = !unavailable || process.env['CI'] === 'true';
if (!runs) console.warn(`PostgreSQL restart test skipped: ${unavailable}`);

/**
 * PostgreSQL restarts for a few seconds in the middle of a workflow: requests
 * get 503 at once instead of hanging, then the service resumes by itself and
 * the work continues. Runs on a private cluster (initdb in a temporary
 * directory) so the shared server and everyone else's tests are untouched.
 */
(runs ? describe : describe.skip)('review workflow: PostgreSQL restarts', () => {
  let pg: PrivatePostgres | undefined;

  beforeAll(async () => {
    if (unavailable) throw new Error(`CI=true, and the PostgreSQL restart test cannot run here: ${unavailable}`);
    pg = await PrivatePostgres.create();
  }, 60_000);

  afterAll(() => pg?.destroy());

  it('answers 503 while PostgreSQL is down and resumes without manual action', async () => {
    const cluster = pg!;
    // The stack's own database stays unused: the processes use the private cluster (created on start-up).
    const stack = await Stack.create('reviewpg', { DATABASE_URL: cluster.url, ...REVIEW_ENV });
    try {
      await stack.start();
      const {
        reviewers: [reviewer],
        editors: [editor],
      } = await reviewTeam(stack, { reviewers: 1, editors: 1 });
      const submitted = await stack.request('POST', '/v1/articles', { body: ARTICLE });
      await stack.waitForArticle(submitted.body.id);
      const leased = await waitFor('a claim in the verdict inbox', async () => {
        const res = await next(stack, reviewer, 'verdict');
        return res.status === 200 ? res : undefined;
      });
      const claimId = leased.body.claim.id;

      const metrics = async () => (await stack.request<string>('GET', '/metrics', { token: null })).body;
      expect(await metrics()).toMatch(/^claimtrail_webhook_oldest_due_seconds \d+$/m);
      cluster.stop();
      // The backlog read before the outage (0: nothing late) must not go on hiding it from an alert.
      const duringOutage = await metrics();
      expect(duringOutage).not.toMatch(/^claimtrail_webhook_oldest_due_seconds /m);
      expect(duringOutage).not.toMatch(/^claimtrail_webhook_deliveries_pending\{/m);
      const during = await stack.request('POST', `/v1/claims/${claimId}/reviews`, { token: reviewer.token, body: gradeFor('verdict') });
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toBeTruthy();
      expect(during.ms).toBeLessThan(6000);
      expect((await stack.request('GET', '/v1/queues', { token: reviewer.token })).status).toBe(503);

      cluster.start();
      await waitFor('the service to reach PostgreSQL again', async () => {
        const res = await stack.request('GET', '/v1/queues', { token: reviewer.token });
        return res.status === 200 ? true : undefined;
      });
      // The lease survived the outage: the grade goes through and the workflow carries on.
      expect((await grade(stack, reviewer, claimId, gradeFor('verdict'))).status).toBe(201);
      const approval = await waitFor('the claim to reach approval', async () => {
        const res = await next(stack, editor, 'approval');
        return res.status === 200 ? res : undefined;
      });
      expect(approval.body.claim.id).toBe(claimId);
      expect((await grade(stack, editor, claimId, gradeFor('approval'))).status).toBe(201);
      await waitFor('the claim to be published', async () => {
        const res = await stack.request('GET', `/v1/claims/${claimId}`);
        return res.body.status === 'published' ? true : undefined;
      });
    } finally {
      await stack.close();
    }
  }, 120_000);
});
