import { REVIEW_ENV, createPerson, seedClaim, waitUntilSettled } from '../support/review.js';
import { useStack } from '../support/stack.js';
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
  const stack = useStack('reroute', REVIEW_ENV);

  it('sends an ungraded verdict claim that now cites a source to source_check', async () => {
    // As an earlier analysis stored it: no source found, routed to verdict by the reconciler.
    const { articleId, claimId } = await seedClaim(stack, TEXT);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('verdict');

    const editor = await createPerson(stack, 'editor');
    const [before] = await stack.sql(`SELECT analyzed_at FROM articles WHERE id = $1`, [articleId]);
    expect((await stack.request('POST', `/v1/articles/${articleId}/reanalyze`, { token: editor.token })).status).toBe(202);
    await waitFor('the re-analysis', async () => {
      const [row] = await stack.sql(`SELECT status, analyzed_at > $2::timestamptz AS again FROM articles WHERE id = $1`, [articleId, before.analyzed_at]);
      return row.status === 'analyzed' && row.again ? true : undefined;
    }, 30_000);
    await waitUntilSettled(stack, articleId);

    const after = (await stack.request('GET', `/v1/claims/${claimId}`)).body;
    expect(after.sources.length).toBeGreaterThan(0);
    expect(after).toMatchObject({ status: 'source_check', attributionVerdict: null });
    const history = (await stack.request('GET', `/v1/claims/${claimId}/history`, { token: editor.token })).body as any[];
    expect(history.filter((e) => e.action === 'claim.routed').map((e) => e.after.status)).toEqual(['verdict', 'source_check']);
  }, 60_000);
});
