import { useStack } from '../support/stack.js';

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
  // Only analysis jobs run here: nothing else could route the claims.
  const stack = useStack('routing', {}, { WORKER_QUEUES: 'analysis' });

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

/**
 * What routing prepares for each stage, as a reviewer and the history see
 * it: the outlets a claim cites, published verdicts on the same text, and
 * why a claim below the check-worthiness threshold was dismissed.
 */
describe('routing at analysis: context and dismissals', () => {
  const HARVEST = 'The harvest was the largest in a decade, with 80 million tonnes of wheat brought in before October.';
  const VAGUE = 'Many people think the weather was nice.'; // check-worthiness 0.25
  const stack = useStack('routing-context', {}, { WORKER_QUEUES: 'analysis', REVIEW_DISMISS_BELOW: '0.5' });

  const claimsOf = (articleId: string) =>
    stack.sql(
      `SELECT id, text, status, queued_at IS NOT NULL AS in_inbox, context, stage_note FROM claims WHERE article_id = $1 ORDER BY ordinal`,
      [articleId],
    );
  const queuedAudit = async (claimId: string) =>
    (await stack.sql(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'claim.queued'`, [claimId]))[0]?.after;

  it('gives each claim the outlets it cites and the verdicts published on its text, and says why one was dismissed', async () => {
    const first = await stack.waitForArticle((await stack.request('POST', '/v1/articles', { body: { text: ARTICLE } })).body.id);
    const published = (await claimsOf(first.id)).find((c: any) => c.text === HARVEST);
    await stack.sql(`UPDATE claims SET status = 'published', rating = 'true' WHERE id = $1`, [published.id]);

    const text = [ARTICLE, '', VAGUE].join('\n');
    const second = await stack.waitForArticle((await stack.request('POST', '/v1/articles', { body: { text } })).body.id);
    const [cited, harvest, vague] = await claimsOf(second.id);

    const [wsj] = await stack.sql(`SELECT id FROM outlets WHERE name = 'The Wall Street Journal'`);
    expect(cited.context.outlets.map((o: any) => [o.outletId, o.role])).toEqual([[wsj.id, 'original']]);
    expect(cited.context.earlierVerdicts).toEqual([]);
    expect(await queuedAudit(cited.id)).toMatchObject({ stage: 'source_check', earlierVerdicts: 0, outlets: [wsj.id] });

    expect(harvest.context.earlierVerdicts.map((v: any) => [v.claimId, v.articleId, v.rating])).toEqual([[published.id, first.id, 'true']]);
    expect(await queuedAudit(harvest.id)).toMatchObject({ stage: 'verdict', earlierVerdicts: 1, outlets: [] });

    expect(vague).toMatchObject({ text: VAGUE, status: 'dismissed', in_inbox: false, context: null, stage_note: 'check-worthiness 0.25 is below 0.5' });
    const history = await stack.request('GET', `/v1/claims/${vague.id}/history`);
    expect(history.body.map((e: any) => e.action)).toEqual(['claim.dismissed']);
    const [event] = await stack.sql(`SELECT name, payload FROM domain_events WHERE claim_id = $1`, [vague.id]);
    expect(event).toMatchObject({ name: 'claim.dismissed', payload: { from: 'queued', reason: 'check-worthiness 0.25 is below 0.5' } });
  }, 60_000);
});
