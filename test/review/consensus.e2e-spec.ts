import { REVIEW_ENV, grade, gradeFor, next, reviewTeam, seedArticle, seedClaim, waitUntilSettled, type Person } from '../support/review.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

const LEASE_MS = 3000;

/** Two independent grades per stage at source_check and verdict, and short leases. */
describe('review workflow: consensus, escalation, lease expiry', () => {
  const stack = useStack('consensus', {
    ...REVIEW_ENV,
    REVIEW_REQUIRED_SOURCE_CHECK: '2',
    REVIEW_REQUIRED_VERDICT: '2',
    REVIEW_LEASE_MS: String(LEASE_MS),
  });
  let reviewers: Person[];
  let editors: Person[];

  beforeAll(async () => {
    ({ reviewers, editors } = await reviewTeam(stack, { reviewers: 3, editors: 2 }));
  }, 90_000);

  async function verdictAgreement(): Promise<{ rounds: number; agreed: number }> {
    const queues = await stack.request('GET', '/v1/queues', { token: editors[0].token });
    return queues.body.stages.find((s: any) => s.stage === 'verdict').agreement;
  }

  it('escalates to editors when two independent grades disagree, showing both', async () => {
    const [r1, r2, r3] = reviewers as [Person, Person, Person];
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'disagreement' });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);

    expect((await next(stack, r1, 'verdict')).body.claim.id).toBe(claimId);
    expect((await grade(stack, r1, claimId, gradeFor('verdict', { rating: 'true' }))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    // Back in the inbox for a second, independent reviewer; not for the first, who sees no other grade.
    expect((await next(stack, r1, 'verdict')).status).toBe(204);
    const second = await next(stack, r2, 'verdict');
    expect(second.body.claim.id).toBe(claimId);
    expect(second.body.claim.disagreement).toEqual([]);
    expect((await grade(stack, r2, claimId, gradeFor('verdict', { rating: 'false' }))).status).toBe(201);
    await waitUntilSettled(stack, articleId);

    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('escalated');
    expect((await next(stack, r3, 'escalated')).status).toBe(403);
    const escalation = await next(stack, editors[0], 'escalated');
    expect(escalation.status).toBe(200);
    expect(escalation.body.claim.id).toBe(claimId);
    expect(escalation.body.claim.disagreement.map((g: any) => g.rating).sort()).toEqual(['false', 'true']);
    // The editor resolves it by the rules of the stage that disagreed.
    expect((await grade(stack, editors[0], claimId, { stage: 'escalated', note: 'x' })).status).toBe(400);
    expect((await grade(stack, editors[0], claimId, gradeFor('escalated', { rating: 'mostly_false' }, 'verdict'))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body).toEqual(expect.objectContaining({ status: 'approval', rating: 'mostly_false' }));

    // Four-eyes: the editor who resolved it does not approve it.
    expect((await next(stack, editors[0], 'approval')).status).toBe(204);
    expect((await next(stack, editors[1], 'approval')).body.claim.id).toBe(claimId);
    expect((await grade(stack, editors[1], claimId, gradeFor('approval'))).status).toBe(201);
    await waitFor('completion', async () => ((await stack.request('GET', `/v1/articles/${articleId}`)).body.status === 'completed' ? true : undefined));
    expect(await verdictAgreement()).toEqual({ rounds: 1, agreed: 0 });

    const history = await stack.request('GET', `/v1/claims/${claimId}/history`, { token: editors[0].token });
    const escalated = history.body.find((e: any) => e.action === 'claim.escalated');
    expect(escalated.before.status).toBe('verdict');
    expect(escalated.after.grades.map((g: any) => g.rating).sort()).toEqual(['false', 'true']);
  }, 60_000);

  it('moves on when two reviewers agree, and counts the agreement', async () => {
    const [r1, r2] = reviewers as [Person, Person];
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'agreement' });
    await waitUntilSettled(stack, articleId);
    for (const who of [r1, r2]) {
      expect((await next(stack, who, 'verdict')).body.claim.id).toBe(claimIds[0]);
      expect((await grade(stack, who, claimIds[0], gradeFor('verdict', { rating: 'mixed' }))).status).toBe(201);
      await waitUntilSettled(stack, articleId);
    }
    expect((await stack.request('GET', `/v1/claims/${claimIds[0]}`)).body).toEqual(expect.objectContaining({ status: 'approval', rating: 'mixed' }));
    expect(await verdictAgreement()).toEqual({ rounds: 2, agreed: 1 });
  }, 60_000);

  it('gives a claim whose lease expired to the next reviewer; the old holder can no longer grade or extend', async () => {
    const [r1, r2] = reviewers as [Person, Person];
    const { articleId, claimIds } = await seedArticle(stack, 1, { label: 'expiry' });
    await waitUntilSettled(stack, articleId);
    const first = await next(stack, r1, 'verdict');
    expect(first.body.claim.id).toBe(claimIds[0]);
    expect((await next(stack, r2, 'verdict')).status).toBe(204);

    const taken = await waitFor('the lease to expire', async () => {
      const res = await next(stack, r2, 'verdict');
      return res.status === 200 ? res : undefined;
    }, LEASE_MS + 10_000);
    expect(taken.body.claim.id).toBe(claimIds[0]);
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(first.body.lease.expiresAt).getTime() - 50);

    expect((await grade(stack, r1, claimIds[0], gradeFor('verdict'))).status).toBe(409);
    expect((await stack.request('POST', `/v1/claims/${claimIds[0]}/lease`, { token: r1.token })).status).toBe(409);
    expect((await grade(stack, r2, claimIds[0], gradeFor('verdict'))).status).toBe(201);
    const history = await stack.request('GET', `/v1/claims/${claimIds[0]}/history`, { token: r1.token });
    const leases = history.body.filter((e: any) => e.action === 'claim.leased');
    expect(leases.map((e: any) => e.actor.id)).toEqual([r1.id, r2.id]);
    expect(leases[1].before).toEqual({ expiredLeaseHolder: r1.id });
  }, 60_000);

  it('keeps the first checker\'s source correction, part of their grade, from the second until the round closes', async () => {
    const [r1, r2] = reviewers as [Person, Person];
    const { articleId, claimId } = await seedClaim(stack, 'The Daily Courant reported that tin exports rose by 5 percent.', { source: 'The Daily Courant' });
    // the engine's measured accuracy counted the open round's grade and correction: an editor grading in it could learn of them
    const accuracy = async () => {
      const { claimsChecked, claimsCorrected, overall } = (await stack.request('GET', '/v1/analysis/accuracy', { token: editors[0].token })).body;
      return { claimsChecked, claimsCorrected, overall };
    };
    const beforeRound = await accuracy();
    expect((await next(stack, r1, 'source_check')).body.claim.id).toBe(claimId);
    const correction = { sources: [{ role: 'original', name: 'FIRST-CHECKER-OUTLET' }], anonymous: false, note: 'FIRST-CHECKER-NOTE' };
    expect((await stack.request('PUT', `/v1/claims/${claimId}/sources`, { token: r1.token, body: correction })).status).toBe(200);
    expect((await grade(stack, r1, claimId, gradeFor('source_check', { attributionVerdict: 'misattributed' }))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await stack.request('GET', `/v1/claims/${claimId}`, { token: r1.token })).body.correction.note).toBe('FIRST-CHECKER-NOTE');

    // It was in the claim, the article, the lease payload and the history for the second checker.
    const reads = {
      claim: await stack.request('GET', `/v1/claims/${claimId}`, { token: r2.token }),
      article: await stack.request('GET', `/v1/articles/${articleId}`, { token: r2.token }),
      history: await stack.request('GET', `/v1/claims/${claimId}/history`, { token: r2.token }),
      report: await stack.request('GET', `/v1/articles/${articleId}/report`, { token: r2.token }),
      lease: await next(stack, r2, 'source_check'),
    };
    for (const [what, read] of Object.entries(reads)) expect([what, read.status, JSON.stringify(read.body)]).toEqual([what, 200, expect.not.stringMatching(/FIRST-CHECKER/)]);
    expect(reads.lease.body.claim.id).toBe(claimId);
    expect(reads.lease.body.claim.correction).toBeNull();
    expect(JSON.stringify(reads.report.body)).toMatch(/The Daily Courant/); // the engine's chain meanwhile
    expect(reads.history.body.find((e: any) => e.action === 'claim.sources_corrected').after).toEqual(expect.objectContaining({ blind: true }));
    expect(await accuracy()).toEqual(beforeRound);

    // The second checker agrees: the round closes and the correction is open to all.
    expect((await grade(stack, r2, claimId, gradeFor('source_check', { attributionVerdict: 'misattributed' }))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    const after = await stack.request('GET', `/v1/claims/${claimId}`, { token: r2.token });
    expect(after.body).toEqual(expect.objectContaining({ status: 'verdict', correction: expect.objectContaining({ note: 'FIRST-CHECKER-NOTE' }) }));
    const report = (await stack.request('GET', `/v1/articles/${articleId}/report`, { token: r2.token })).body;
    expect(JSON.stringify(report)).toMatch(/FIRST-CHECKER-OUTLET/);
    const counted = await accuracy();
    expect([counted.claimsChecked, counted.claimsCorrected]).toEqual([beforeRound.claimsChecked + 1, beforeRound.claimsCorrected + 1]);
    const closed = (await stack.request('GET', `/v1/claims/${claimId}/history`, { token: r2.token })).body;
    expect(closed.find((e: any) => e.action === 'claim.sources_corrected').after.note).toBe('FIRST-CHECKER-NOTE');
  }, 60_000);
});
