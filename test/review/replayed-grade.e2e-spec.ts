import { REVIEW_ENV, grade, gradeFor, next, reviewTeam, seedArticle, waitUntilSettled, type Person } from '../support/review.js';
import { useStack } from '../support/stack.js';

/**
 * "The same grade sent again answers 200 with the recorded review" is for a
 * retried request. A reviewer who sends the grade they gave in an earlier
 * round, after the claim came back to the stage (sent back from approval),
 * without a lease, was told 200 with the old round's review: as if recorded,
 * while the claim still waited for a grade.
 */
describe('a grade from a closed round is no replay', () => {
  const stack = useStack('replayed_grade', REVIEW_ENV);
  let reviewer: Person;
  let editor: Person;

  beforeAll(async () => {
    const team = await reviewTeam(stack, { reviewers: 1, editors: 1 });
    [reviewer, editor] = [team.reviewers[0], team.editors[0]];
  }, 90_000);

  it('answers 409 to the old grade once the claim is back at its stage, and 200 to a true retry', async () => {
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'sent back' });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);

    expect((await next(stack, reviewer, 'verdict')).body.claim.id).toBe(claimId);
    const first = await grade(stack, reviewer, claimId, gradeFor('verdict'));
    expect(first.status).toBe(201);
    await waitUntilSettled(stack, articleId);
    // A retry while the claim is elsewhere is still answered with the recorded grade.
    const retried = await grade(stack, reviewer, claimId, gradeFor('verdict'));
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(first.body.id);

    expect((await next(stack, editor, 'approval')).body.claim.id).toBe(claimId);
    expect((await grade(stack, editor, claimId, gradeFor('approval', { decision: 'send_back', note: 'Check the figure again' }))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('verdict');

    const stale = await grade(stack, reviewer, claimId, gradeFor('verdict'));
    expect(stale.status).toBe(409);
    expect((await next(stack, reviewer, 'verdict')).body.claim.id).toBe(claimId);
    const again = await grade(stack, reviewer, claimId, gradeFor('verdict'));
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
  }, 60_000);
});
