import { REVIEW_ENV, grade, gradeFor, next, reviewTeam, seedArticle, waitUntilSettled, type Person } from '../support/review.js';
import { useStack } from '../support/stack.js';

/**
 * Four-eyes across an escalation from approval: resolving it publishes the
 * claim, so the editor who rated it at verdict must not be the one who does
 * (they could take the escalation because only the disputed round was
 * checked). Two approvals per round, so approval can disagree.
 */
describe('review: four-eyes through an approval escalation', () => {
  const stack = useStack('four_eyes', {
    ...REVIEW_ENV,
    REVIEW_REQUIRED_APPROVAL: '2',
  });
  let editors: Person[];

  beforeAll(async () => {
    ({ editors } = await reviewTeam(stack, { reviewers: 0, editors: 4 }));
  }, 90_000);

  it('does not let the editor who rated the claim resolve its approval dispute, and lets another', async () => {
    const [rater, approver, sender, other] = editors as [Person, Person, Person, Person];
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'four eyes escalation' });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);

    expect((await next(stack, rater, 'verdict')).body.claim.id).toBe(claimId);
    expect((await grade(stack, rater, claimId, gradeFor('verdict'))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await next(stack, rater, 'approval')).status).toBe(204);

    expect((await next(stack, approver, 'approval')).body.claim.id).toBe(claimId);
    expect((await grade(stack, approver, claimId, gradeFor('approval'))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await next(stack, sender, 'approval')).body.claim.id).toBe(claimId);
    expect((await grade(stack, sender, claimId, gradeFor('approval', { decision: 'send_back' }))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('escalated');

    // The rater graded two rounds before the dispute: still one of the claim's eyes.
    expect((await next(stack, rater, 'escalated')).status).toBe(204);
    expect((await grade(stack, rater, claimId, gradeFor('escalated', {}, 'approval'))).status).toBe(403);
    expect((await next(stack, approver, 'escalated')).status).toBe(204);

    expect((await next(stack, other, 'escalated')).body.claim.id).toBe(claimId);
    expect((await grade(stack, other, claimId, gradeFor('escalated', {}, 'approval'))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('published');
  }, 60_000);

  it('does not let the editor who rated the claim dismiss it at approval instead of approving it, and lets another', async () => {
    const [rater, , , other] = editors as [Person, Person, Person, Person];
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'four eyes dismissal' });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);
    expect((await next(stack, rater, 'verdict')).body.claim.id).toBe(claimId);
    expect((await grade(stack, rater, claimId, gradeFor('verdict'))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('approval');

    // Dismissing decides the approval as a grade would (it was 204: the rater's own verdict got no second pair of eyes).
    const dismiss = (who: Person) => stack.request('POST', `/v1/claims/${claimId}/dismiss`, { token: who.token, body: { reason: 'not newsworthy' } });
    const refused = await dismiss(rater);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/four-eyes/);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('approval');
    expect((await dismiss(other)).status).toBe(204);
  }, 60_000);
});
