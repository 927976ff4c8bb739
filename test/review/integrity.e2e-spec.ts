import { REVIEW_ENV, createPerson, grade, gradeFor, next, reviewTeam, seedArticle, seedClaim, waitUntilSettled, type Person } from '../support/review.js';
import { useStack } from '../support/stack.js';
import { sleepUntil, waitFor } from '../support/wait-for.js';

const LEASE_MS = 3000;
const LEASE_MAX_MS = 5000;

/**
 * Review integrity (issue 8 §2, §4): blind second grades, escalations not
 * resolved by their graders, one live lease per person and stage, a maximum
 * lease age, and what the earlier stages recorded shown by name. Two grades
 * at verdict, so a round has a first and a second grader.
 */
describe('review integrity', () => {
  const stack = useStack('integrity', {
    ...REVIEW_ENV,
    REVIEW_REQUIRED_VERDICT: '2',
    REVIEW_LEASE_MS: String(LEASE_MS),
    REVIEW_LEASE_MAX_MS: String(LEASE_MAX_MS),
  });
  let reviewers: Person[];
  let editors: Person[];

  beforeAll(async () => {
    ({ reviewers, editors } = await reviewTeam(stack, { reviewers: 4, editors: 3 }));
  }, 90_000);

  const history = async (who: Person, claimId: string) => {
    const res = await stack.request('GET', `/v1/claims/${claimId}/history`, { token: who.token });
    expect(res.status).toBe(200);
    return res.body as any[];
  };
  const submitted = (entries: any[]) => entries.filter((e) => e.action === 'review.submitted');

  // After each test every open claim is dismissed, so the next test's inboxes hold only its own work.
  afterEach(async () => {
    await waitFor('machine steps to finish', async () => {
      const [row] = await stack.sql(`SELECT count(*)::int AS n FROM outbox`);
      return row.n === 0 ? true : undefined;
    });
    const open = await stack.sql(`SELECT id FROM claims WHERE status IN ('queued','source_check','verdict','approval','escalated')`);
    for (const { id } of open) {
      const res = await stack.request('POST', `/v1/claims/${id}/dismiss`, { token: editors[2].token, body: { reason: 'test done' } });
      expect(res.status).toBe(204);
    }
  }, 30_000);

  /** One claim citing an outlet (so it starts at source_check), routed by the reconciler like seedArticle's. */
  async function seedSourcedClaim(label: string): Promise<{ articleId: string; claimId: string }> {
    const text = `The Wall Street Journal reported that exports of ${label} rose by 5 percent.`;
    return seedClaim(stack, text, { source: 'The Wall Street Journal', checkworthiness: 0.95 });
  }

  it('keeps the first grade of a round from every other person until the round closes; then shows both, by name', async () => {
    const [r1, r2] = reviewers as [Person, Person];
    const { articleId, claimIds } = await seedArticle(stack, 1, { checkworthiness: 0.9, label: 'blind' });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);

    expect((await next(stack, r1, 'verdict')).body.claim.id).toBe(claimId);
    const firstGrade = gradeFor('verdict', {
      rating: 'true',
      note: 'FIRST-GRADER-NOTE',
      evidence: [{ url: 'https://example.org/first-grader-evidence', quote: 'FIRST-GRADER-QUOTE' }],
    });
    expect((await grade(stack, r1, claimId, firstGrade)).status).toBe(201);
    await waitUntilSettled(stack, articleId);

    // The author sees their own grade.
    const own = submitted(await history(r1, claimId));
    expect(own).toHaveLength(1);
    expect(own[0].after).toEqual(expect.objectContaining({ rating: 'true', note: 'FIRST-GRADER-NOTE' }));
    // Nobody else does: not the second grader, not an editor, in no read they have.
    for (const other of [r2, editors[0]]) {
      const entries = await history(other, claimId);
      expect(submitted(entries).map((e) => e.after)).toEqual([{ stage: 'verdict', round: own[0].after.round, blind: true }]);
      expect(JSON.stringify(entries)).not.toMatch(/FIRST-GRADER|first-grader-evidence|"rating":"true"/);
    }
    const reads = [
      await stack.request('GET', `/v1/claims/${claimId}`, { token: r2.token }),
      await stack.request('GET', `/v1/articles/${articleId}`, { token: r2.token }),
      await stack.request('GET', `/v1/articles/${articleId}/report`, { token: r2.token }),
      await stack.request('GET', `/v1/articles/${articleId}/report?format=md`, { token: r2.token }),
    ];
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body)).not.toMatch(/FIRST-GRADER|first-grader-evidence/);
    }
    const second = await next(stack, r2, 'verdict');
    expect(second.body.claim.id).toBe(claimId);
    expect(second.body.claim.earlierStages).toEqual([]);
    expect(JSON.stringify(second.body)).not.toMatch(/FIRST-GRADER|first-grader-evidence/);

    // The second grade disagrees: the round closes (escalated), and both grades are open to all, by name.
    expect((await grade(stack, r2, claimId, gradeFor('verdict', { rating: 'false', note: 'SECOND-GRADER-NOTE' }))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    const closed = submitted(await history(r2, claimId));
    expect(closed.map((e) => [e.actor.name, e.after.note])).toEqual([
      [r1.email, 'FIRST-GRADER-NOTE'],
      [r2.email, 'SECOND-GRADER-NOTE'],
    ]);
    const escalation = await next(stack, editors[0], 'escalated');
    expect(escalation.body.claim.id).toBe(claimId);
    expect(escalation.body.claim.disagreement.map((g: any) => [g.reviewerName, g.rating, g.note])).toEqual([
      [r1.email, 'true', 'FIRST-GRADER-NOTE'],
      [r2.email, 'false', 'SECOND-GRADER-NOTE'],
    ]);
    expect((await stack.request('POST', `/v1/claims/${claimId}/release`, { token: editors[0].token })).status).toBe(204);
  }, 60_000);

  it('never hands an escalation to an editor who graded in the round it is about, nor lets them resolve it', async () => {
    const [grader, other] = editors as [Person, Person];
    const r3 = reviewers[2];
    const { articleId, claimIds } = await seedArticle(stack, 1, { checkworthiness: 0.9, label: 'own-dispute' });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);
    for (const [who, rating] of [[grader, 'true'], [r3, 'false']] as const) {
      expect((await next(stack, who, 'verdict')).body.claim.id).toBe(claimId);
      expect((await grade(stack, who, claimId, gradeFor('verdict', { rating }))).status).toBe(201);
      await waitUntilSettled(stack, articleId);
    }
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('escalated');

    expect((await next(stack, grader, 'escalated')).status).toBe(204);
    expect((await grade(stack, grader, claimId, gradeFor('escalated', { rating: 'true' }, 'verdict'))).status).toBe(403);
    // Nor end the dispute by dismissing the claim (it was 204: the other side's grade went unheard).
    const dismissed = await stack.request('POST', `/v1/claims/${claimId}/dismiss`, { token: grader.token, body: { reason: 'not worth a dispute' } });
    expect(dismissed.status).toBe(403);
    const taken = await next(stack, other, 'escalated');
    expect(taken.status).toBe(200);
    expect(taken.body.claim.id).toBe(claimId);
    expect((await grade(stack, other, claimId, gradeFor('escalated', { rating: 'mixed' }, 'verdict'))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body).toEqual(expect.objectContaining({ status: 'approval', rating: 'mixed' }));
  }, 60_000);

  it('gives a person one live lease per stage: next hands back the claim already held, even when called at once', async () => {
    const who = reviewers[3];
    const { articleId, claimIds } = await seedArticle(stack, 3, { checkworthiness: 0.9, label: 'one-lease' });
    await waitUntilSettled(stack, articleId);

    // Eight calls at once, then one more: all answer with the same claim.
    const calls = await Promise.all(Array.from({ length: 8 }, () => next(stack, who, 'verdict')));
    const first = calls[0];
    expect(first.status).toBe(200);
    calls.push(await next(stack, who, 'verdict'));
    expect(calls.map((r) => [r.status, r.body?.claim?.id])).toEqual(calls.map(() => [200, first.body.claim.id]));
    const [live] = await stack.sql(`SELECT count(*)::int AS n FROM claims WHERE lease_holder = $1 AND lease_expires_at > now()`, [who.id]);
    expect(live.n).toBe(1);
    const [leases] = await stack.sql(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'claim.leased' AND actor_id = $1 AND entity_id = ANY ($2)`,
      [who.id, claimIds],
    );
    expect(leases.n).toBe(1);
    const queues = await stack.request('GET', '/v1/queues', { token: who.token });
    expect(queues.body.stages.find((s: any) => s.stage === 'verdict')).toEqual(expect.objectContaining({ leased: 1, waiting: 2 }));

    // Skipping the held claim hands it back and takes the best one after it; that one is then the one held.
    const skipped = await stack.request('POST', `/v1/review/verdict/next?skip=${first.body.claim.id}`, { token: who.token });
    expect(skipped.status).toBe(200);
    expect(skipped.body.claim.id).not.toBe(first.body.claim.id);
    expect((await next(stack, who, 'verdict')).body.claim.id).toBe(skipped.body.claim.id);
    const [back] = await stack.sql(`SELECT lease_holder FROM claims WHERE id = $1`, [first.body.claim.id]);
    expect(back.lease_holder).toBeNull();
    expect((await history(who, first.body.claim.id)).map((e) => e.action)).toContain('claim.released');
    expect((await stack.request('POST', `/v1/review/verdict/next?skip=nope`, { token: who.token })).status).toBe(400);
    const held = skipped;

    // Graded, the lease ends: the next call takes another claim.
    expect((await grade(stack, who, held.body.claim.id, gradeFor('verdict'))).status).toBe(201);
    const following = await next(stack, who, 'verdict');
    expect(following.status).toBe(200);
    expect(following.body.claim.id).not.toBe(held.body.claim.id);
    expect((await stack.request('POST', `/v1/claims/${following.body.claim.id}/release`, { token: who.token })).status).toBe(204);
    await waitUntilSettled(stack, articleId);
  }, 60_000);

  it('walks the inbox in its order as a person skips, and starts again from the top past the last claim', async () => {
    const who = await createPerson(stack, 'reviewer', 'skip-walk');
    const { articleId, claimIds } = await seedArticle(stack, 3, { checkworthiness: 0.9, label: 'skip-walk' });
    await waitUntilSettled(stack, articleId);
    const inOrder = (await stack.sql(`SELECT id FROM claims WHERE id = ANY ($1) ORDER BY unsourced DESC, checkworthiness DESC, queued_at, id`, [claimIds])).map((r: any) => r.id);

    const taken = [(await next(stack, who, 'verdict')).body.claim.id];
    for (let i = 0; i < 3; i++) {
      const skipped = await stack.request('POST', `/v1/review/verdict/next?skip=${taken[taken.length - 1]}`, { token: who.token });
      expect(skipped.status).toBe(200);
      taken.push(skipped.body.claim.id);
    }
    // The best other claim each time went back and forth between the first two: the third was never offered.
    expect(taken).toEqual([...inOrder, inOrder[0]]);
    expect((await stack.request('POST', `/v1/claims/${inOrder[0]}/release`, { token: who.token })).status).toBe(204);
    await waitUntilSettled(stack, articleId);
  }, 60_000);

  it('takes only claims the inbox filters keep: Start and Skip from a filtered inbox stay inside it', async () => {
    const who = await createPerson(stack, 'reviewer', 'filtered-next');
    // The first article's claims come first in line; the filters ask for the second's.
    const first = await seedArticle(stack, 2, { checkworthiness: 0.95, label: 'copper' });
    const second = await seedArticle(stack, 2, { checkworthiness: 0.6, label: 'nickel' });
    await waitUntilSettled(stack, first.articleId);
    await waitUntilSettled(stack, second.articleId);
    const take = (query: string) => stack.request('POST', `/v1/review/verdict/next?${query}`, { token: who.token });

    const byArticle = await take(`articleId=${second.articleId}`);
    expect(byArticle.status).toBe(200);
    expect(second.claimIds).toContain(byArticle.body.claim.id);
    // Skipping walks the filtered inbox: the article's other claim, then its first again, never the other article's.
    const skipped = await take(`articleId=${second.articleId}&skip=${byArticle.body.claim.id}`);
    expect(second.claimIds.filter((id) => id !== byArticle.body.claim.id)).toEqual([skipped.body.claim.id]);
    const wrapped = await take(`articleId=${second.articleId}&skip=${skipped.body.claim.id}`);
    expect(wrapped.body.claim.id).toBe(byArticle.body.claim.id);
    expect((await stack.request('POST', `/v1/claims/${wrapped.body.claim.id}/release`, { token: who.token })).status).toBe(204);

    // Text search: a stemmed word, and a query of stop words matched whole; a search that can match nothing takes nothing.
    const searched = await take('q=nickels');
    expect(second.claimIds).toContain(searched.body.claim.id);
    expect((await stack.request('POST', `/v1/claims/${searched.body.claim.id}/release`, { token: who.token })).status).toBe(204);
    const claimOne = (await take(`q=${encodeURIComponent('"Claim 1 of copper"')}`)).body.claim;
    expect(claimOne.text).toContain('Claim 1 of copper');
    expect((await stack.request('POST', `/v1/claims/${claimOne.id}/release`, { token: who.token })).status).toBe(204);
    expect((await take(`q=${encodeURIComponent('!!!')}`)).status).toBe(204);
    // Every claim here cites nothing: unsourced keeps them all, and an outlet none of them cites keeps none.
    const unsourced = await take('unsourced=true');
    expect(first.claimIds).toContain(unsourced.body.claim.id);
    expect((await stack.request('POST', `/v1/claims/${unsourced.body.claim.id}/release`, { token: who.token })).status).toBe(204);
    const [outlet] = await stack.sql(`SELECT id FROM outlets ORDER BY slug LIMIT 1`);
    expect((await take(`outletId=${outlet.id}`)).status).toBe(204);

    const refused = await take('articleId=not-a-uuid');
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('articleId must be a UUID');
    await waitUntilSettled(stack, first.articleId);
    await waitUntilSettled(stack, second.articleId);
  }, 60_000);

  it('hands the claim of a person deactivated, or demoted from editor, while holding its lease to the next person, without waiting out the lease', async () => {
    /** `who` takes `claimId` at `stage` (a machine step may hold its row a moment: `next` skips locked rows); returns how long it took. */
    const takes = async (who: Person, stage: string, claimId: string): Promise<number> => {
      const started = Date.now();
      await waitFor(`${who.email} to take ${claimId}`, async () => ((await next(stack, who, stage)).body?.claim?.id === claimId ? true : undefined), 10_000);
      return Date.now() - started;
    };
    const leaver = await createPerson(stack, 'reviewer', 'leaver');
    const { articleId, claimIds } = await seedArticle(stack, 1, { checkworthiness: 0.9, label: 'leaver' });
    await waitUntilSettled(stack, articleId);
    await takes(leaver, 'verdict', claimIds[0]);
    expect((await next(stack, reviewers[0], 'verdict')).status).toBe(204); // a live lease: nobody else gets it

    expect((await stack.request('POST', `/v1/users/${leaver.id}/deactivate`)).status).toBe(200);
    // Well before the lease (LEASE_MS) would have lapsed.
    expect(await takes(reviewers[0], 'verdict', claimIds[0])).toBeLessThan(LEASE_MS - 1000);
    const done = await stack.request('POST', `/v1/claims/${claimIds[0]}/dismiss`, { token: editors[2].token, body: { reason: 'test done' } });
    expect(done.status).toBe(204);

    // An editor demoted to reviewer while holding an approval lease: the claim goes to another editor.
    const demoted = await createPerson(stack, 'editor', 'demoted');
    const { articleId: approvalArticle, claimIds: [forApproval] } = await seedArticle(stack, 1, { checkworthiness: 0.9, label: 'demoted' });
    await waitUntilSettled(stack, approvalArticle);
    for (const who of [reviewers[1], reviewers[2]]) {
      await takes(who, 'verdict', forApproval);
      expect((await grade(stack, who, forApproval, gradeFor('verdict'))).status).toBe(201);
    }
    await waitUntilSettled(stack, approvalArticle);
    await takes(demoted, 'approval', forApproval);
    expect((await stack.request('PATCH', `/v1/users/${demoted.id}`, { body: { role: 'reviewer' } })).status).toBe(200);
    expect(await takes(editors[0], 'approval', forApproval)).toBeLessThan(LEASE_MS - 1000);
    expect((await stack.request('POST', `/v1/claims/${forApproval}/release`, { token: editors[0].token })).status).toBe(204);
  }, 60_000);

  it('refuses to extend a lease past REVIEW_LEASE_MAX_MS from when it was taken, and ends it', async () => {
    const [holder, other] = reviewers as [Person, Person];
    const { articleId, claimIds } = await seedArticle(stack, 1, { checkworthiness: 0.9, label: 'max-age' });
    const claimId = claimIds[0];
    await waitUntilSettled(stack, articleId);
    const leased = await next(stack, holder, 'verdict');
    expect(leased.body.claim.id).toBe(claimId);
    const takenAt = new Date(leased.body.lease.expiresAt).getTime() - LEASE_MS;
    const extend = () => stack.request('POST', `/v1/claims/${claimId}/lease`, { token: holder.token });

    // Extended while young, but never beyond the maximum age.
    await sleepUntil(takenAt + LEASE_MAX_MS / 2); // half the maximum age
    const extended = await extend();
    expect(extended.status).toBe(200);
    expect(new Date(extended.body.expiresAt).getTime()).toBeLessThanOrEqual(takenAt + LEASE_MAX_MS + 50);

    await sleepUntil(takenAt + LEASE_MAX_MS + 200); // past the maximum age
    const refused = await extend();
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/longest a lease may last \(REVIEW_LEASE_MAX_MS\).*back in its inbox/);
    const [row] = await stack.sql(`SELECT lease_holder FROM claims WHERE id = $1`, [claimId]);
    expect(row.lease_holder).toBeNull();
    const ended = (await history(holder, claimId)).filter((e) => e.action === 'claim.lease_ended');
    expect(ended).toEqual([expect.objectContaining({ after: expect.objectContaining({ reason: 'max_age' }) })]);
    expect((await next(stack, other, 'verdict')).body.claim.id).toBe(claimId);
    expect((await extend()).status).toBe(409);
  }, 60_000);

  it('shows approval what every earlier stage recorded, by name, and the second grader nothing of the first', async () => {
    const [checker, first, second] = reviewers as [Person, Person, Person];
    const approver = editors[1];
    const { articleId, claimId } = await seedSourcedClaim('tin');
    expect((await stack.request('GET', `/v1/claims/${claimId}`)).body.status).toBe('source_check');

    expect((await next(stack, checker, 'source_check')).body.claim.id).toBe(claimId);
    const check = gradeFor('source_check', {
      evidence: [{ url: 'https://www.wsj.com/articles/tin-exports', quote: 'tin exports rose 5%', archivedUrl: 'https://archive.org/x' }],
    });
    expect((await grade(stack, checker, claimId, check)).status).toBe(201);
    await waitUntilSettled(stack, articleId);

    const verdictGrades = [
      gradeFor('verdict', { rating: 'mixed', note: 'FIRST-VERDICT-NOTE', evidence: [{ url: 'https://example.org/first' }] }),
      gradeFor('verdict', { rating: 'mixed', note: 'SECOND-VERDICT-NOTE' }),
    ];
    for (const [i, who] of [first, second].entries()) {
      const leased = await next(stack, who, 'verdict');
      expect(leased.body.claim.id).toBe(claimId);
      // The source check's round is closed: shown. The other verdict grade of this round is not.
      expect(leased.body.claim.earlierStages.map((g: any) => [g.stage, g.reviewerName])).toEqual([['source_check', checker.email]]);
      expect(JSON.stringify(leased.body)).not.toMatch(/FIRST-VERDICT-NOTE|example\.org\/first/);
      expect((await grade(stack, who, claimId, verdictGrades[i])).status).toBe(201);
      await waitUntilSettled(stack, articleId);
    }

    const approval = await next(stack, approver, 'approval');
    expect(approval.body.claim.id).toBe(claimId);
    expect(approval.body.claim.attributionVerdict).toBe('confirmed');
    expect(approval.body.claim.rating).toBe('mixed');
    expect(approval.body.claim.earlierStages).toEqual([
      expect.objectContaining({
        stage: 'source_check',
        reviewerId: checker.id,
        reviewerName: checker.email,
        attributionVerdict: 'confirmed',
        evidence: check.evidence,
      }),
      expect.objectContaining({
        stage: 'verdict',
        reviewerName: first.email,
        rating: 'mixed',
        note: 'FIRST-VERDICT-NOTE',
        evidence: [{ url: 'https://example.org/first' }],
      }),
      expect.objectContaining({ stage: 'verdict', reviewerName: second.email, rating: 'mixed', note: 'SECOND-VERDICT-NOTE' }),
    ]);
    const names = (await history(approver, claimId)).filter((e) => e.actor.type === 'user').map((e) => e.actor.name);
    expect(new Set(names)).toEqual(new Set([checker.email, first.email, second.email, approver.email]));
    expect((await grade(stack, approver, claimId, gradeFor('approval'))).status).toBe(201);
    await waitFor('publication', async () => ((await stack.request('GET', `/v1/claims/${claimId}`)).body.status === 'published' ? true : undefined));
  }, 60_000);
});
