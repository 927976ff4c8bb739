import { readFileSync } from 'node:fs';
import { ResponseConformance } from '../support/openapi-conformance.js';
import { createPerson, gradeFor, submitAndRoute, type Person } from '../support/review.js';
import { useStack, type Response } from '../support/stack.js';

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
    problems.push(...conformance.problems(method, path, response.status, response.body));
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
    await call('GET', `/v1/articles/${id}?revision=0`, { token: apiKey });
    expect(problems).toEqual([]);
  }, 60_000);

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
    await call('GET', '/v1/outlet-proposals', {});
    await call('GET', '/v1/analysis/accuracy', {});
    await call('GET', `/v1/articles/${article.id}/report?format=json`, { token: editor.token });
    await call('GET', '/v1/auth/session', { token: reviewer.token });
    await call('GET', '/health/ready', { token: null });
    expect(problems).toEqual([]);
  }, 90_000);
});
