import { readFileSync } from 'node:fs';
import { ADMIN } from '../support/admin.js';
import { ResponseConformance } from '../support/openapi-conformance.js';
import { createPerson, gradeFor, next, submitAndRoute, waitUntilSettled, type Person } from '../support/review.js';
import { useStack, type Response } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';
import { TestReceiver } from '../webhooks/support/harness.js';

const example = JSON.parse(readFileSync('src/articles/example-article.json', 'utf8')) as { text: string; title: string };

/**
 * A client generated from /docs-json must be able to trust it: every
 * response a newcomer's walk through the API meets, errors included, has a
 * documented status and a body of the documented shape.
 */
describe('OpenAPI: the responses are the documented ones', () => {
  const stack = useStack('openapi');
  let conformance: ResponseConformance;
  const problems: string[] = [];
  let apiKey: string;
  let reviewer: Person;
  let editor: Person;

  async function call(method: string, path: string, options: { token?: string | null; body?: unknown } = {}): Promise<Response> {
    const response = await stack.request(method, path, options);
    problems.push(...conformance.problems(method, path, response.status, response.body, response.headers));
    return response;
  }

  beforeAll(async () => {
    conformance = new ResponseConformance((await stack.request('GET', '/docs-json', { token: null })).body);
    apiKey = await stack.createApiKey('openapi newsroom');
    [reviewer, editor] = await Promise.all([createPerson(stack, 'reviewer'), createPerson(stack, 'editor')]);
  }, 90_000);

  it('answers a newsroom system as documented', async () => {
    const submitted = await call('POST', '/v1/articles', { token: apiKey, body: { text: example.text, title: example.title, url: 'https://example.org/a' } });
    expect(submitted.status).toBe(202);
    const id = submitted.body.id as string;
    await stack.waitForArticle(id, 30_000, apiKey);
    const article = await call('GET', `/v1/articles/${id}`, { token: apiKey });
    expect(article.body.claims.length).toBeGreaterThan(0);
    await call('GET', `/v1/articles/${id}/claims?limit=5`, { token: apiKey });
    await call('GET', `/v1/articles?limit=5`, { token: apiKey });
    await call('GET', `/v1/articles/${id}/revisions`, { token: apiKey });
    await call('GET', `/v1/articles/${id}?revision=1`, { token: apiKey });
    await call('GET', `/v1/claims/${article.body.claims[0].id}`, { token: apiKey });
    const outlets = await call('GET', '/v1/outlets?q=Wall', { token: apiKey });
    if (outlets.body.items?.[0]) await call('GET', `/v1/outlets/${outlets.body.items[0].id}`, { token: apiKey });
    // Refusals have documented shapes too.
    await call('GET', '/v1/articles/00000000-0000-4000-8000-000000000000', { token: apiKey });
    await call('POST', '/v1/articles', { token: apiKey, body: { title: 'no text' } });
    await call('GET', '/v1/articles', { token: null });
    // Signing out draws from no rate budget, so it carries no rate-limit headers (the document promised them).
    await call('DELETE', '/v1/auth/session', { token: null });
    // A browser's sign-in answers with its session cookie.
    await call('POST', '/v1/auth/session', { token: null, body: ADMIN });
    await call('GET', `/v1/articles/${id}?revision=0`, { token: apiKey });
    // A revision naming another article's externalId, and a key rolled to a new secret.
    await call('PUT', `/v1/articles/${id}`, { token: apiKey, body: { text: 'Reuters said so.', externalId: 'cms:elsewhere' } });
    const key = await call('POST', '/v1/api-keys', { body: { name: 'openapi rolled' } });
    await call('POST', `/v1/api-keys/${key.body.id}/roll`, {});
    expect(problems).toEqual([]);
  }, 60_000);

  // Built from the properties' examples, the body shown for submitting an article held both text
  // and html, and the service refuses that: a newsroom trying the docs' example got a 400.
  it('shows request bodies for submitting and revising an article that the service accepts', async () => {
    const submits = conformance.requestExamples('POST /v1/articles');
    expect(Object.keys(submits).sort()).toEqual(['html', 'text']);
    const ids: string[] = [];
    for (const [name, body] of Object.entries(submits)) {
      const res = await call('POST', '/v1/articles', { token: apiKey, body });
      expect([name, res.status]).toEqual([name, 202]);
      ids.push(res.body.id as string);
    }
    const revisions = conformance.requestExamples('PUT /v1/articles/{id}');
    expect(Object.keys(revisions).sort()).toEqual(['html', 'text']);
    for (const [name, body] of Object.entries(revisions)) {
      const res = await call('PUT', `/v1/articles/${ids[0]}`, { token: apiKey, body });
      expect([name, res.status]).toEqual([name, 202]);
    }
    expect(problems).toEqual([]);
  });

  it('shows each error status with an example of that status', () => {
    expect(conformance.errorExampleProblems()).toEqual([]);
  });

  it('answers reviewers, editors and admins as documented', async () => {
    const article = await submitAndRoute(stack, `Kyiv, Ukraine. ${example.text}`);
    await call('GET', '/v1/queues', { token: reviewer.token });
    await call('GET', `/v1/queues?articleId=${article.id}&q=Russia&limit=5`, { token: reviewer.token });
    const taken = await call('POST', '/v1/review/source_check/next', { token: reviewer.token });
    if (taken.status === 200) {
      const claimId = taken.body.claim.id as string;
      await call('POST', `/v1/claims/${claimId}/lease`, { token: reviewer.token });
      await call('GET', `/v1/claims/${claimId}/history`, { token: reviewer.token });
      await call('POST', `/v1/claims/${claimId}/reviews`, { token: reviewer.token, body: gradeFor('source_check') });
      await call('POST', `/v1/claims/${claimId}/reviews`, { token: reviewer.token, body: gradeFor('source_check') });
    }
    await call('POST', '/v1/review/approval/next', { token: reviewer.token });
    await call('POST', '/v1/review/verdict/next', { token: editor.token });
    await call('GET', '/v1/users', {});
    await call('GET', '/v1/api-keys', {});
    await call('GET', '/v1/webhooks', {});
    await call('POST', '/v1/webhooks', { body: { url: 'https://hooks.example.org/claimtrail', events: ['claim.published'] } });
    // A replay's window, reversed (400) and of an endpoint that is not there (404).
    const window = { since: new Date(Date.now() - 3600_000).toISOString(), until: new Date().toISOString() };
    await call('POST', '/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries/replay', { body: window });
    await call('POST', '/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries/replay', { body: { since: window.until, until: window.since } });
    await call('GET', '/v1/outlet-proposals', {});
    await call('GET', '/v1/analysis/accuracy', {});
    await call('GET', `/v1/articles/${article.id}/report?format=json`, { token: editor.token });
    // A re-analysis answers where the article is, as a submission does.
    await call('POST', `/v1/articles/${article.id}/reanalyze`, { token: editor.token });
    await call('POST', `/v1/articles/${article.id}/reanalyze`, { token: editor.token });
    await call('GET', '/v1/auth/session', { token: reviewer.token });
    await call('GET', '/health/ready', { token: null });
    expect(problems).toEqual([]);
  }, 90_000);
});

/**
 * The messages a webhook endpoint receives are part of the contract too: the
 * document describes them as the callback of POST /v1/webhooks (one schema
 * per event type), and every message a newsroom's receiver gets over an
 * article's life matches it. Before, the document had no word of them.
 */
describe('OpenAPI: the webhook messages are the documented ones', () => {
  const stack = useStack('openapi_webhooks', {
    WEBHOOK_ALLOWLIST: '127.0.0.1/32',
    // Two verdicts per claim, so that graders who disagree escalate it (claim.escalated).
    REVIEW_REQUIRED_VERDICT: '2',
  });
  let receiver: TestReceiver;

  beforeAll(async () => {
    receiver = await TestReceiver.start();
  });
  afterAll(() => receiver?.close());

  /** Takes the stage's best claim and grades it, until the stage has none for `who`. */
  async function gradeAll(who: Person, stage: string, body = gradeFor(stage)): Promise<void> {
    for (let res = await next(stack, who, stage); res.status === 200; res = await next(stack, who, stage)) {
      const graded = await stack.request('POST', `/v1/claims/${res.body.claim.id}/reviews`, { token: who.token, body });
      expect([stage, graded.status]).toEqual([stage, 201]);
    }
  }

  it('sends every event type a newsroom sees, each as the callback of POST /v1/webhooks documents it', async () => {
    const conformance = new ResponseConformance((await stack.request('GET', '/docs-json', { token: null })).body);
    const events = ['article.analyzed', 'article.failed', 'article.completed', 'article.revised', 'claim.graded',
      'claim.escalated', 'claim.published', 'claim.dismissed', 'claim.restored', 'claim.withdrawn'];
    const registered = await stack.request('POST', '/v1/webhooks', { body: { url: receiver.url, events } });
    expect(registered.status).toBe(201);
    receiver.useSecret(registered.body.secret);
    const [reviewer, other, editor, approver] = await Promise.all([
      createPerson(stack, 'reviewer'),
      createPerson(stack, 'reviewer', 'second-reviewer'),
      createPerson(stack, 'editor'),
      createPerson(stack, 'editor', 'approver'),
    ]);
    const apiKey = await stack.createApiKey('openapi webhooks');

    const sourced = 'IA Fact, referring to The Wall Street Journal, reported that 10,000 troops were sent in October 2024.';
    const dropped = 'According to Reuters, the economy shrank by 3 percent in 2023.';
    const submitted = await stack.request('POST', '/v1/articles', { token: apiKey, body: { text: `${sourced} ${dropped}`, externalId: 'cms:1' } });
    await stack.waitForArticle(submitted.body.id, 30_000, apiKey);
    await waitUntilSettled(stack, submitted.body.id);
    const article = (await stack.request('GET', `/v1/articles/${submitted.body.id}`, { token: apiKey })).body;
    const second = article.claims.find((c: any) => c.text === dropped).id as string;
    expect((await stack.request('POST', `/v1/claims/${second}/dismiss`, { token: editor.token, body: { reason: 'opinion' } })).status).toBe(204);
    expect((await stack.request('POST', `/v1/claims/${second}/restore`, { token: editor.token })).status).toBe(204);
    const revised = await stack.request('PUT', `/v1/articles/${article.id}`, { token: apiKey, body: { text: sourced } });
    expect(revised.status).toBe(202);
    await stack.waitForArticle(article.id, 30_000, apiKey);
    await waitUntilSettled(stack, article.id);
    const steps: [Person, string, Record<string, unknown>][] = [
      [reviewer, 'source_check', gradeFor('source_check')],
      [reviewer, 'verdict', gradeFor('verdict', { rating: 'true' })],
      [other, 'verdict', gradeFor('verdict', { rating: 'false' })],
      [editor, 'escalated', gradeFor('escalated', { rating: 'mostly_false' }, 'verdict')],
      [approver, 'approval', gradeFor('approval')],
    ];
    for (const [who, stage, body] of steps) {
      await gradeAll(who, stage, body);
      await waitUntilSettled(stack, article.id);
    }
    await stack.request('POST', '/v1/articles', { token: apiKey, body: { html: '<html><body><nav>menu</nav></body></html>' } });

    const types = () => new Set(receiver.handled.map((h) => h.event.type as string));
    await waitFor('a message of every event type', () => events.every((type) => types().has(type)) || undefined, 30_000);
    const problems = receiver.requests.flatMap((request) =>
      conformance.callbackProblems('POST /v1/webhooks', 'messages', request.headers, JSON.parse(request.body)),
    );
    expect(problems).toEqual([]);
  }, 120_000);
});
