import { readFileSync } from 'node:fs';
import { REVIEW_ENV, grade, gradeFor, next, reviewTeam, seedArticle, submitAndRoute, waitUntilSettled, workUntilCompleted, type Person } from '../support/review.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

const example = JSON.parse(readFileSync(new URL('../fixtures/example/alliance-of-despair.json', import.meta.url), 'utf8')) as { text: string };

/**
 * The review workflow on one stack with the default settings (one grade per
 * stage, four-eyes on approval, 15-minute leases).
 */
describe('review workflow', () => {
  const stack = useStack('review', REVIEW_ENV);
  let reviewers: Person[];
  let editors: Person[];

  beforeAll(async () => {
    ({ reviewers, editors } = await reviewTeam(stack, { reviewers: 3, editors: 2 }));
  }, 90_000);

  it('takes the example article through every stage with several reviewers and editors until it is completed', async () => {
    const article = await submitAndRoute(stack, example.text);
    expect(article.status).toBe('analyzed');
    const unsourced = article.claims.filter((c: any) => c.sources.length === 0);
    expect(unsourced.length).toBeGreaterThan(0);
    // Unsourced claims skip the attribution check; the rest start there.
    expect(article.progress.verdict).toBe(unsourced.length);
    expect(article.progress.source_check).toBe(article.claims.length - unsourced.length);
    const wsj = article.claims.find((c: any) => c.text.startsWith('IA Fact, referring to The Wall Street Journal'));
    expect(wsj.status).toBe('source_check');

    // The first claim handed out at verdict is unsourced with the highest check-worthiness.
    const first = await next(stack, reviewers[0], 'verdict');
    expect(first.status).toBe(200);
    expect(first.body.claim.unsourced).toBe(true);
    const best = Math.max(...unsourced.filter((c: any) => c.unsourced).map((c: any) => c.checkworthiness));
    expect(first.body.claim.checkworthiness).toBeCloseTo(best, 5);
    expect(first.body.claim.attributionVerdict).toBe('not_applicable');
    expect(first.body.article.id).toBe(article.id);
    expect(first.body.article.text.slice(first.body.claim.start, first.body.claim.end)).toBe(first.body.claim.text);
    expect(new Date(first.body.lease.expiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect((await stack.request('POST', `/v1/claims/${first.body.claim.id}/release`, { token: reviewers[0].token })).status).toBe(204);

    // An editor sends one claim back at approval; another is dismissed with a reason.
    let sentBack: string | undefined;
    let sendBackNoteSeen = false;
    const dismissed = article.claims.find((c: any) => c.id !== wsj.id && c.status === 'source_check');
    expect((await stack.request('POST', `/v1/claims/${dismissed.id}/dismiss`, { token: editors[0].token, body: { reason: 'Opinion' } })).status).toBe(204);

    const gradeOf = (stage: string, claim: any) => {
      if (claim.note === 'Name the second source') sendBackNoteSeen = true;
      if (stage !== 'approval' || sentBack) return gradeFor(stage);
      sentBack = claim.id as string;
      return { stage, decision: 'send_back', note: 'Name the second source' };
    };
    const work = (who: Person, stages: string[]) => workUntilCompleted(stack, who, stages, article.id, { gradeOf });
    await Promise.all([
      ...reviewers.map((r) => work(r, ['source_check', 'verdict'])),
      ...editors.map((e) => work(e, ['approval'])),
    ]);

    const done = await stack.request('GET', `/v1/articles/${article.id}`);
    expect(done.body.status).toBe('completed');
    expect(done.body.progress).toEqual(
      expect.objectContaining({ published: article.claims.length - 1, dismissed: 1, source_check: 0, verdict: 0, approval: 0, escalated: 0 }),
    );
    expect(sendBackNoteSeen).toBe(true);
    const wsjDone = await stack.request('GET', `/v1/claims/${wsj.id}`);
    expect(wsjDone.body).toEqual(expect.objectContaining({ status: 'published', attributionVerdict: 'confirmed', rating: 'mostly_true' }));

    // History: every step of the sent-back claim, in order, with who did it.
    const history = await stack.request('GET', `/v1/claims/${sentBack}/history`, { token: reviewers[0].token });
    expect(history.status).toBe(200);
    const actions = history.body.map((e: any) => e.action);
    expect(actions[0]).toBe('claim.routed');
    expect(actions).toEqual(expect.arrayContaining(['claim.queued', 'claim.leased', 'review.submitted', 'claim.advanced', 'claim.sent_back', 'claim.published']));
    expect(actions.indexOf('claim.sent_back')).toBeLessThan(actions.lastIndexOf('claim.published'));
    const submittedBy = history.body.filter((e: any) => e.action === 'review.submitted').map((e: any) => e.actor.id);
    expect(submittedBy.length).toBeGreaterThanOrEqual(4);

    // Track record of the WSJ: the confirmed claims it originated.
    const wsjOutlet = wsj.sources.find((s: any) => s.name === 'The Wall Street Journal');
    const record = await stack.request('GET', `/v1/outlets/${wsjOutlet.outletId}/record`);
    expect(record.status).toBe(200);
    expect(record.body.asOriginal.claims).toBeGreaterThanOrEqual(1);
    expect(record.body.asOriginal.attributionVerdicts.confirmed).toBe(record.body.asOriginal.claims);
    // The registry can be ranked by track record: most confirmed claims first.
    const ranked = await stack.request('GET', '/v1/outlets?sort=confirmed&limit=4');
    expect(ranked.status).toBe(200);
    const confirmed = [];
    for (const outlet of ranked.body.items) {
      const r = (await stack.request('GET', `/v1/outlets/${outlet.id}/record`)).body;
      confirmed.push(r.asOriginal.attributionVerdicts.confirmed + r.asRelay.attributionVerdicts.confirmed);
    }
    expect(confirmed).toEqual([...confirmed].sort((a, b) => b - a));
    expect(confirmed[0]).toBeGreaterThanOrEqual(record.body.asOriginal.claims);
    expect((await stack.request('GET', '/v1/outlets?sort=loudest')).status).toBe(400);

    // Queues are empty; an editor can bring the dismissed claim back, which reopens the article.
    const queues = await stack.request('GET', '/v1/queues', { token: reviewers[0].token });
    expect(queues.body.stages.every((s: any) => s.waiting === 0 && s.leased === 0)).toBe(true);
    expect((await stack.request('POST', `/v1/claims/${dismissed.id}/restore`, { token: editors[1].token })).status).toBe(204);
    expect((await stack.request('GET', `/v1/articles/${article.id}`)).body.status).toBe('analyzed');
    // The event stream says so too, after the completion, with the editor who did it.
    const articleEvents = await stack.sql<{ name: string; actor_id: string | null }>(
      `SELECT name, actor_id FROM domain_events WHERE article_id = $1 AND claim_id IS NULL ORDER BY id`,
      [article.id],
    );
    expect(articleEvents.map((e) => e.name).slice(-2)).toEqual(['article.completed', 'article.reopened']);
    expect(articleEvents.at(-1)!.actor_id).toBe(editors[1].id);
    await waitUntilSettled(stack, article.id);
    const restored = await next(stack, reviewers[1], 'source_check');
    expect(restored.body.claim.id).toBe(dismissed.id);
    // The earlier verdicts and track records the prepare step gathered are shown to the reviewer.
    expect(restored.body.claim.context.outlets.length).toBeGreaterThanOrEqual(1);
  }, 180_000);

  it('documents the review routes in OpenAPI and counts verification jobs in the metrics', async () => {
    const docs = await stack.request('GET', '/docs-json', { token: null });
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/review/{stage}/next',
        '/v1/claims/{id}/reviews',
        '/v1/claims/{id}/lease',
        '/v1/claims/{id}/release',
        '/v1/claims/{id}/history',
        '/v1/queues',
        '/v1/outlets/{id}/record',
      ]),
    );
    expect(docs.body.paths['/v1/claims/{id}/reviews'].post.responses).toEqual(
      expect.objectContaining({ '201': expect.anything(), '400': expect.anything(), '409': expect.anything() }),
    );
    const metrics = await stack.request('GET', '/metrics', { token: null });
    expect(metrics.body).toMatch(/claimtrail_jobs_processed_total\{queue="verification",outcome="done"\} [1-9]/);
    expect(metrics.body).toMatch(/claimtrail_queue_jobs\{queue="verification",state="waiting"\} \d+/);
  });
});

describe('review workflow under contention', () => {
  const stack = useStack('reviewrace', REVIEW_ENV);
  let reviewers: Person[];
  let editors: Person[];

  beforeAll(async () => {
    ({ reviewers, editors } = await reviewTeam(stack, { reviewers: 20, editors: 2 }));
  }, 90_000);

  it('hands each of 200 claims to exactly one of 20 concurrent reviewers', async () => {
    const { articleId, claimIds } = await seedArticle(stack, 200, { label: 'contention' });
    await waitUntilSettled(stack, articleId);
    // One live lease per person and stage: each reviewer grades the claim they hold before taking another.
    const taken = await Promise.all(
      reviewers.map(async (who) => {
        const mine: string[] = [];
        for (;;) {
          const res = await next(stack, who, 'verdict');
          if (res.status === 204) return mine;
          expect(res.status).toBe(200);
          mine.push(res.body.claim.id);
          expect((await grade(stack, who, res.body.claim.id, gradeFor('verdict'))).status).toBe(201);
        }
      }),
    );
    const all = taken.flat();
    expect(all.length).toBe(200);
    expect(new Set(all).size).toBe(200);
    expect([...all].sort()).toEqual([...claimIds].sort());
    // Work was spread: no reviewer was starved by the others' locks.
    expect(taken.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
    const [counts] = await stack.sql(
      `SELECT (SELECT count(*)::int FROM audit_events WHERE action = 'claim.leased' AND entity_id = ANY($1)) AS leases,
              (SELECT count(*)::int FROM reviews WHERE claim_id = ANY($1)) AS grades`,
      [claimIds],
    );
    expect(counts).toEqual({ leases: 200, grades: 200 });
    await waitUntilSettled(stack, articleId, 60_000);
    const queues = await stack.request('GET', '/v1/queues', { token: reviewers[0].token });
    expect(queues.body.stages.find((s: any) => s.stage === 'verdict')).toEqual(expect.objectContaining({ waiting: 0, leased: 0 }));
    expect(queues.body.stages.find((s: any) => s.stage === 'approval')).toEqual(expect.objectContaining({ waiting: 200, leased: 0 }));
  }, 120_000);

  it('of 20 concurrent grades for one claim exactly one wins, the rest get 409; the same grade twice is applied once', async () => {
    const holder = reviewers[0];
    await waitUntilSettled(stack, (await seedArticle(stack, 2, { label: 'races' })).articleId);
    const leased = await next(stack, holder, 'verdict');
    expect(leased.status).toBe(200);
    const claimId = leased.body.claim.id;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => grade(stack, holder, claimId, gradeFor('verdict', { note: `attempt ${i}` }))),
    );
    expect(results.filter((r) => r.status === 201).length).toBe(1);
    expect(results.filter((r) => r.status === 409).length).toBe(19);
    expect(results.find((r) => r.status === 409)!.body).toEqual(expect.objectContaining({ statusCode: 409, message: expect.any(String) }));
    const [reviews] = await stack.sql(`SELECT count(*)::int AS n FROM reviews WHERE claim_id = $1`, [claimId]);
    expect(reviews.n).toBe(1);

    // Double submission: the retry answers 200 with the recorded review, nothing is applied twice.
    const other = await next(stack, holder, 'verdict');
    const body = gradeFor('verdict', { rating: 'false', note: 'No such report exists' });
    const firstTry = await grade(stack, holder, other.body.claim.id, body);
    const secondTry = await grade(stack, holder, other.body.claim.id, body);
    expect(firstTry.status).toBe(201);
    expect(secondTry.status).toBe(200);
    expect(secondTry.body.id).toBe(firstTry.body.id);
    const different = await grade(stack, holder, other.body.claim.id, { ...body, rating: 'true' });
    expect(different.status).toBe(409);
    await waitFor('the grade to be applied', async () => {
      const [row] = await stack.sql(`SELECT status FROM claims WHERE id = $1`, [other.body.claim.id]);
      return row.status === 'approval' ? true : undefined;
    });
    const [rows] = await stack.sql(
      `SELECT (SELECT count(*)::int FROM reviews WHERE claim_id = $1) AS reviews,
              (SELECT count(*)::int FROM audit_events WHERE entity_id = $1 AND action = 'claim.advanced') AS advanced`,
      [other.body.claim.id],
    );
    expect(rows).toEqual({ reviews: 1, advanced: 1 });
  }, 60_000);

  it('refuses incomplete grades with 400 naming the field, and grades without the lease with 409', async () => {
    const who = reviewers[1];
    await waitUntilSettled(stack, (await seedArticle(stack, 1, { label: 'incomplete' })).articleId);
    const leased = await next(stack, who, 'verdict');
    const id = leased.body.claim.id;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ stage: 'verdict', note: 'x' }, /rating is required/],
      [{ stage: 'verdict', rating: 'true' }, /note is required/],
      [{ stage: 'verdict', rating: 'maybe', note: 'x' }, /rating must be one of/],
      [{ stage: 'later', rating: 'true', note: 'x' }, /stage must be one of/],
      [{ stage: 'verdict', rating: 'true', note: 'x', evidence: [{ url: 'not a url' }] }, /^evidence\[0\]\.url must be an absolute/],
      [{ stage: 'verdict', rating: 'true', note: 'x', colour: 'red' }, /colour should not exist/],
      [{ stage: 'source_check', attributionVerdict: 'confirmed' }, /evidence must contain at least one URL/],
      [{ stage: 'source_check' }, /attributionVerdict is required/],
      [{ stage: 'approval', note: 'x' }, /decision is required|for editors/],
    ];
    for (const [body, message] of cases) {
      const res = await grade(stack, who, id, body);
      expect({ body, status: res.status }).toEqual({ body, status: body.stage === 'approval' ? 403 : 400 });
      expect(res.body.message).toMatch(message);
    }
    // Someone else's lease, the wrong stage, an expired-or-absent lease: 409.
    expect((await grade(stack, reviewers[2], id, gradeFor('verdict'))).status).toBe(409);
    expect((await grade(stack, who, id, gradeFor('source_check'))).status).toBe(409);
    expect((await stack.request('POST', `/v1/claims/${id}/lease`, { token: reviewers[2].token })).status).toBe(409);
    const extended = await stack.request('POST', `/v1/claims/${id}/lease`, { token: who.token });
    expect(extended.status).toBe(200);
    expect(new Date(extended.body.expiresAt).getTime()).toBeGreaterThanOrEqual(new Date(leased.body.lease.expiresAt).getTime());
    expect((await stack.request('POST', `/v1/claims/${id}/release`, { token: who.token })).status).toBe(204);
    expect((await grade(stack, who, id, gradeFor('verdict'))).status).toBe(409);
    // Reviewers cannot take approval or escalation work.
    expect((await next(stack, who, 'approval')).status).toBe(403);
    expect((await next(stack, who, 'nowhere')).status).toBe(400);
  }, 60_000);

  it('four-eyes: nobody approves a claim they graded', async () => {
    const { articleId, claimIds } = await seedArticle(stack, 1, { checkworthiness: 0.99, label: 'four-eyes' });
    await waitUntilSettled(stack, articleId);
    const [author, other] = editors as [Person, Person];
    const leased = await next(stack, author, 'verdict');
    expect(leased.body.claim.id).toBe(claimIds[0]);
    expect((await grade(stack, author, claimIds[0], gradeFor('verdict'))).status).toBe(201);
    await waitUntilSettled(stack, articleId);
    // Approval queue: everything else there was graded by someone else, this one by the author.
    const own = await next(stack, author, 'approval');
    expect([200, 204]).toContain(own.status); // other claims graded by others may be waiting
    expect(own.body?.claim?.id).not.toBe(claimIds[0]);
    const approval = await next(stack, other, 'approval');
    expect(approval.status).toBe(200);
    expect(approval.body.claim.id).toBe(claimIds[0]);
    expect((await grade(stack, other, claimIds[0], gradeFor('approval'))).status).toBe(201);
    await waitFor('the article to complete', async () => {
      const res = await stack.request('GET', `/v1/articles/${articleId}`);
      return res.body.status === 'completed' ? res.body : undefined;
    });
  }, 60_000);
});
