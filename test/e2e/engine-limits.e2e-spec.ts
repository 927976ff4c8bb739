import { readFileSync } from 'node:fs';
import { useStack } from '../support/stack.js';
import { sleep } from '../support/wait-for.js';

const example = JSON.parse(readFileSync('src/articles/example-article.json', 'utf8')) as { text: string };

describe('engine limits: threads, wall-clock limit, caps', () => {
  // 10 ms: no article of 150 KB is analysed that fast, so the limit is what ends it.
  const stack = useStack('limits', { ANALYSIS_TIMEOUT_MS: '10', ARTICLE_MAX_CLAIMS: '5' });
  let apiKey: string;

  beforeAll(async () => {
    apiKey = await stack.createApiKey('limits');
  }, 90_000);

  const submit = (body: unknown) => stack.request('POST', '/v1/articles', { token: apiKey, body });

  it('fails an article over the time limit at once, with a code and no retry, while the process keeps answering', async () => {
    const text = `${example.text}\n\n`.repeat(Math.ceil(150_000 / example.text.length));
    const submitted = await submit({ text });
    expect(submitted.status).toBe(202);
    const slowest = { ms: 0 };
    const article = await (async () => {
      for (;;) {
        const live = await stack.request('GET', '/health/live', { token: null });
        slowest.ms = Math.max(slowest.ms, live.ms);
        const got = await stack.request('GET', `/v1/articles/${submitted.body.id}`, { token: apiKey });
        if (got.body.status === 'failed' || got.body.status === 'analyzed') return got.body;
        await sleep(20);
      }
    })();
    expect(article).toMatchObject({ status: 'failed', failureCode: 'analysis_timeout', failureReason: expect.stringMatching(/longer than the time allowed/) });
    expect(slowest.ms).toBeLessThan(2000);
    const [row] = await stack.sql(`SELECT analysis_attempts FROM articles WHERE id = $1`, [submitted.body.id]);
    expect(row.analysis_attempts).toBe(1);
    expect(await stack.sql(`SELECT 1 FROM outbox WHERE payload->>'articleId' = $1`, [submitted.body.id])).toEqual([]);
  }, 60_000);

  it('answers 413 to text over ARTICLE_MAX_TEXT_BYTES (200 KB by default), naming the limit', async () => {
    const response = await submit({ text: 'The ministry said exports rose. '.repeat(7000) });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: expect.stringContaining('text is larger than the limit of 204800 bytes'),
    });
  });

  describe('with time to analyse', () => {
    beforeAll(async () => {
      await stack.api.stop();
      await stack.start({ ANALYSIS_TIMEOUT_MS: '20000' });
    }, 90_000);

    it('stores at most ARTICLE_MAX_CLAIMS claims and reports the rest as truncated', async () => {
      const submitted = await submit({ text: example.text });
      const article = await stack.waitForArticle(submitted.body.id, 90_000, apiKey);
      expect(article.status).toBe('analyzed');
      expect(article.claimCount).toBe(5);
      expect(article.claims).toHaveLength(5);
      expect(article.claimsTruncated).toBeGreaterThan(50);
    }, 120_000);

    it('completes an article with no claims at once', async () => {
      const submitted = await submit({ text: 'Hello.' });
      const article = await stack.waitForArticle(submitted.body.id, 90_000, apiKey);
      expect(article).toMatchObject({ status: 'completed', claimCount: 0, claims: [] });
      // Its history says so, in the order it happened.
      const history = await stack.sql<{ action: string; before: unknown; after: unknown }>(
        `SELECT action, before, after FROM audit_events WHERE entity_type = 'article' AND entity_id = $1 ORDER BY id`,
        [submitted.body.id],
      );
      expect(history.map((e) => e.action)).toEqual(['article.submitted', 'article.analyzed', 'article.completed']);
      expect(history[2]).toMatchObject({ before: { status: 'analyzed' }, after: { status: 'completed' } });
      // And so does the event stream webhooks and the live inbox read.
      const events = await stack.sql<{ name: string }>(`SELECT name FROM domain_events WHERE article_id = $1 ORDER BY id`, [submitted.body.id]);
      expect(events.map((e) => e.name)).toEqual(['article.received', 'article.analyzed', 'article.completed']);
      // And it stays so: nothing routes it back to analyzed.
      await sleep(500);
      expect((await stack.request('GET', `/v1/articles/${submitted.body.id}`, { token: apiKey })).body.status).toBe('completed');
    }, 120_000);
  });
});
