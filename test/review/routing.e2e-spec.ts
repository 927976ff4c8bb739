import { Stack } from '../support/stack.js';

const ARTICLE = [
  'Exports and the harvest',
  '',
  'IA Fact, referring to The Wall Street Journal, reported that exports of grain rose by 12 percent in the first quarter.',
  '',
  'The harvest was the largest in a decade, with 80 million tonnes of wheat brought in before October.',
].join('\n');

/**
 * An analysis routes the claims it stores in the same transaction: they are
 * in their first stage's inbox, with context, audit and domain events, the
 * moment the article reads `analyzed`, even when no process runs the
 * verification queue's jobs.
 */
describe('routing at analysis', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.create('routing');
    // Only analysis jobs run here: nothing else could route the claims.
    await stack.start({ WORKER_QUEUES: 'analysis' });
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
  }, 30_000);

  it('stores every claim already in its first stage, in the transaction that marks the article analysed', async () => {
    const submitted = await stack.request('POST', '/v1/articles', { body: { text: ARTICLE } });
    expect(submitted.status).toBe(202);
    const article = await stack.waitForArticle(submitted.body.id);
    expect(article.status).toBe('analyzed');

    const claims = await stack.sql(
      `SELECT text, status, round, queued_at IS NOT NULL AS in_inbox, context IS NOT NULL AS prepared, attribution_verdict
         FROM claims WHERE article_id = $1 ORDER BY ordinal`,
      [article.id],
    );
    expect(claims.map((c: any) => [c.text.slice(0, 8), c.status, c.round, c.in_inbox, c.prepared, c.attribution_verdict])).toEqual([
      ['IA Fact,', 'source_check', 1, true, true, null],
      ['The harv', 'verdict', 1, true, true, 'not_applicable'],
    ]);

    const history = await stack.request('GET', `/v1/claims/${(await stack.sql(`SELECT id FROM claims WHERE article_id = $1 AND ordinal = 0`, [article.id]))[0].id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((e: any) => e.action)).toEqual(['claim.routed', 'claim.queued']);

    const [events] = await stack.sql(
      `SELECT count(*) FILTER (WHERE name = 'claim.routed')::int AS routed, count(DISTINCT tx_id)::int AS transactions
         FROM domain_events WHERE article_id = $1 AND name IN ('article.analyzed', 'claim.routed')`,
      [article.id],
    );
    expect(events).toEqual({ routed: 2, transactions: 1 });
    const [{ outbox }] = await stack.sql(`SELECT count(*)::int AS outbox FROM outbox`);
    expect(outbox).toBe(0);
  }, 60_000);
});
