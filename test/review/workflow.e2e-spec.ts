import { readFileSync } from 'node:fs';
import { Stack } from '../e2e/support/stack.js';
import { createPerson, grade, gradeFor, next, submitAndRoute, waitFor, waitUntilSettled, type Person } from './support/review-client.js';

const example = JSON.parse(readFileSync(new URL('../fixtures/example/alliance-of-despair.json', import.meta.url), 'utf8')) as { text: string };

/**
 * The review workflow on one stack with the default settings (one grade per
 * stage, four-eyes on approval, 15-minute leases).
 */
describe('review workflow', () => {
  let stack: Stack;
  let reviewers: Person[];
  let editors: Person[];

  beforeAll(async () => {
    stack = await Stack.create('review', { RECONCILE_INTERVAL_MS: '300' });
    await stack.start();
    reviewers = await Promise.all([1, 2, 3].map(() => createPerson(stack, 'reviewer')));
    editors = await Promise.all([1, 2].map(() => createPerson(stack, 'editor')));
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
  }, 30_000);

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
    const first = await next(stack, reviewers[0]!, 'verdict');
    expect(first.status).toBe(200);
    expect(first.body.claim.unsourced).toBe(true);
    const best = Math.max(...unsourced.filter((c: any) => c.unsourced).map((c: any) => c.checkworthiness));
    expect(first.body.claim.checkworthiness).toBeCloseTo(best, 5);
    expect(first.body.claim.attributionVerdict).toBe('not_applicable');
    expect(first.body.article.id).toBe(article.id);
    expect(first.body.article.text.slice(first.body.claim.start, first.body.claim.end)).toBe(first.body.claim.text);
    expect(new Date(first.body.lease.expiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect((await stack.request('POST', `/v1/claims/${first.body.claim.id}/release`, { token: reviewers[0]!.token })).status).toBe(204);

    // An editor sends one claim back at approval; another is dismissed with a reason.
    let sentBack: string | undefined;
    let sendBackNoteSeen = false;
    const dismissed = article.claims.find((c: any) => c.id !== wsj.id && c.status === 'source_check');
    expect((await stack.request('POST', `/v1/claims/${dismissed.id}/dismiss`, { token: editors[0]!.token, body: { reason: 'Opinion' } })).status).toBe(204);

    const work = async (who: Person, stages: string[]) => {
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        let took = false;
        for (const stage of stages) {
          const res = await next(stack, who, stage);
          if (res.status === 204) continue;
          expect(res.status).toBe(200);
          const claim = res.body.claim;
          if (claim.note === 'Name the second source') sendBackNoteSeen = true;
          let body = gradeFor(stage);
          if (stage === 'approval' && !sentBack) {
            sentBack = claim.id;
            body = { stage, decision: 'send_back', note: 'Name the second source' };
          }
          const graded = await grade(stack, who, claim.id, body);
          expect(graded.status).toBe(201);
          took = true;
          break;
        }
        if (took) continue;
        const current = await stack.request('GET', `/v1/articles/${article.id}`);
        if (current.body.status === 'completed') return;
        await new Promise((r) => setTimeout(r, 30));
      }
      throw new Error('article not completed in time');
    };
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
    const history = await stack.request('GET', `/v1/claims/${sentBack}/history`, { token: reviewers[0]!.token });
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

    // Queues are empty; an editor can bring the dismissed claim back, which reopens the article.
    const queues = await stack.request('GET', '/v1/queues', { token: reviewers[0]!.token });
    expect(queues.body.stages.every((s: any) => s.waiting === 0 && s.leased === 0)).toBe(true);
    expect((await stack.request('POST', `/v1/claims/${dismissed.id}/restore`, { token: editors[1]!.token })).status).toBe(204);
    expect((await stack.request('GET', `/v1/articles/${article.id}`)).body.status).toBe('analyzed');
    await waitUntilSettled(stack, article.id);
    const restored = await next(stack, reviewers[1]!, 'source_check');
    expect(restored.body.claim.id).toBe(dismissed.id);
    // The earlier verdicts and track records the prepare step gathered are shown to the reviewer.
    expect(restored.body.claim.context.outlets.length).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
