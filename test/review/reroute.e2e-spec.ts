import { createPerson, waitUntilSettled } from '../support/review.js';
import { Stack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

const TEXT = 'Reuters reported that exports of copper rose by 14 percent in the first quarter.';

/**
 * A re-analysis (after the registry or the engine changed) finds a source in
 * a claim that an earlier analysis left unsourced, so routed straight to
 * verdict. Nobody has graded it: it takes the new sources, and must then go
 * to source_check, or the source it cites is never checked and its
 * ClaimReview says there was nothing to check.
 */
describe('re-analysis re-routes claims nobody has graded', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.create('reroute', { RECONCILE_INTERVAL_MS: '300', RATE_LIMIT_LOGIN_PER_IP: '1000' });
    await stack.start();
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
  }, 30_000);

  it('sends an ungraded verdict claim that now cites a source to source_check', async () => {
    // As an earlier analysis stored it: no source found, routed to verdict by the reconciler.
    const [article] = await stack.sql(
      `INSERT INTO articles (input_format, input, request_hash, submitted_by, status, claim_count, unsourced_claim_count, analyzed_at)
       VALUES ('text', $1, md5($1), 'seed', 'analyzed', 1, 1, now()) RETURNING id`,
      [TEXT],
    );
    const [claim] = await stack.sql(
      `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced)
       VALUES ($1, 0, $2, 0, length($2), 0.9, 'none', true) RETURNING id`,
      [article.id, TEXT],
    );
    await stack.sql(
      `INSERT INTO outbox (queue, job_name, job_id, payload, checked_at)
       VALUES ('verification', 'route-claims', 'route-' || $1::text, jsonb_build_object('articleId', $1::text), now() - interval '1 hour')`,
      [article.id],
    );
    await waitUntilSettled(stack, article.id);
    expect((await stack.request('GET', `/v1/claims/${claim.id}`)).body.status).toBe('verdict');

    const editor = await createPerson(stack, 'editor');
    const [before] = await stack.sql(`SELECT analyzed_at FROM articles WHERE id = $1`, [article.id]);
    expect((await stack.request('POST', `/v1/articles/${article.id}/reanalyze`, { token: editor.token })).status).toBe(202);
    await waitFor('the re-analysis', async () => {
      const [row] = await stack.sql(`SELECT status, analyzed_at > $2::timestamptz AS again FROM articles WHERE id = $1`, [article.id, before.analyzed_at]);
      return row.status === 'analyzed' && row.again ? true : undefined;
    }, 30_000);
    await waitUntilSettled(stack, article.id);

    const after = (await stack.request('GET', `/v1/claims/${claim.id}`)).body;
    expect(after.sources.length).toBeGreaterThan(0);
    expect(after).toMatchObject({ status: 'source_check', attributionVerdict: null });
    const history = (await stack.request('GET', `/v1/claims/${claim.id}/history`, { token: editor.token })).body as any[];
    expect(history.filter((e) => e.action === 'claim.routed').map((e) => e.after.status)).toEqual(['verdict', 'source_check']);
  }, 60_000);
});
