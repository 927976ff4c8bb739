import pg from 'pg';
import { claimFingerprint } from '../../src/claims/claim-words.js';
import { ResponseConformance } from '../support/openapi-conformance.js';
import { useStack } from '../support/stack.js';

/**
 * ClaimReview and reports over the real API, on claims written as the review
 * workflow leaves them (published with grades, evidence and notes).
 */
const { Client } = pg;

describe('publication: ClaimReview and reports', () => {
  const stack = useStack('publication', { PUBLIC_BASE_URL: 'https://ct.example.org', CLAIMREVIEW_AUTHOR_NAME: 'Fact Desk' }, { APP_ROLE: 'api' });
  let articleId: string;
  let claims: string[];

  /** An analysed article of one sentence, that sentence a published claim graded as `grade` says. */
  async function seedPublishedClaim(
    text: string,
    title: string,
    grade: { checkworthiness: number; attribution: string; anonymous?: boolean; verdict: string; rating: string },
    submittedBy = 'seed',
  ): Promise<{ articleId: string; claimId: string }> {
    const [article] = await stack.sql(
      `INSERT INTO articles (input_format, input, title, request_hash, submitted_by, status, claim_count, analyzed_at)
       VALUES ('text', $1, $2, md5($1), $3, 'analyzed', 1, now()) RETURNING id`,
      [text, title, submittedBy],
    );
    const [claim] = await stack.sql(
      `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, anonymous, unsourced, status, attribution_verdict, rating, round, fingerprint)
       VALUES ($1, 0, $2, 0, length($2), $3, $4, $5, false, 'published', $6, $7, 2, $8) RETURNING id`,
      [article.id, text, grade.checkworthiness, grade.attribution, grade.anonymous ?? false, grade.verdict, grade.rating, claimFingerprint(text)],
    );
    return { articleId: article.id, claimId: claim.id };
  }

  beforeAll(async () => {
    const text = 'Exports fell by 3 percent, according to Reuters. Imports <rose>, the ministry said. Nothing else happened.';
    const [article] = await stack.sql(
      `INSERT INTO articles (input_format, input, analyzed_text, title, url, request_hash, submitted_by, status, claim_count, analyzed_at)
       VALUES ('text', $1, $1, 'Trade <figures>', 'https://news.example.org/trade', md5($1), 'seed', 'analyzed', 3, now()) RETURNING id`,
      [text],
    );
    articleId = article.id;
    const sentences = ['Exports fell by 3 percent, according to Reuters.', 'Imports <rose>, the ministry said.', 'Nothing else happened.'];
    const rows = await stack.sql(
      // Round 2: the source check's grade (round 1) is of a closed round, as after a real review (open rounds are blind).
      `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, status, attribution_verdict, rating, round, fingerprint)
       SELECT $1, o, t, strpos($5, t) - 1, strpos($5, t) - 1 + length(t), 0.7, 'direct', false, st, av, r, 2, f
         FROM unnest($2::int[], $3::text[], $4::text[], $6::text[], $7::text[], $8::text[]) AS x(o, t, st, av, r, f)
       RETURNING id, ordinal`,
      [articleId, [0, 1, 2], sentences, ['published', 'published', 'verdict'], text, ['confirmed', 'not_applicable', null], ['false', 'unverifiable', null], sentences.map(claimFingerprint)],
    );
    claims = rows.sort((a: any, b: any) => a.ordinal - b.ordinal).map((r: any) => r.id);
    await stack.sql(
      `INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered, confidence, cue_start, cue_end)
       VALUES ($1, $2, 0, 'Reuters', 'original', 'agency', true, 0.9, 0, 1)`,
      [claims[0], articleId],
    );
    await stack.sql(
      `INSERT INTO reviews (claim_id, stage, round, reviewer_id, attribution_verdict, evidence, note)
       VALUES ($1, 'source_check', 1, gen_random_uuid(), 'confirmed', '[{"url":"https://www.reuters.com/x"}]', 'Reuters said <so>')`,
      [claims[0]],
    );
    await stack.sql(
      `INSERT INTO audit_events (entity_type, entity_id, action, actor_type, created_at)
       VALUES ('claim', $1, 'claim.published', 'system', now() - interval '1 minute'), ('claim', $2, 'claim.published', 'system', now())`,
      [claims[0], claims[1]],
    );
  }, 90_000);

  it('serves ClaimReview for a published claim, 404 for one still in review', async () => {
    const res = await stack.request('GET', `/v1/claims/${claims[0]}/claimreview`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        '@type': 'ClaimReview',
        claimReviewed: 'Exports fell by 3 percent, according to Reuters.',
        author: expect.objectContaining({ name: 'Fact Desk' }),
        reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
        reviewBody: 'Attribution confirmed: Reuters did report this. Rated false.',
        itemReviewed: expect.objectContaining({ '@type': 'Claim', author: { '@type': 'Organization', name: 'Reuters' } }),
      }),
    );
    expect(typeof res.body.datePublished).toBe('string');
    expect((await stack.request('GET', `/v1/claims/${claims[2]}/claimreview`)).status).toBe(404);
  });

  it('lists an article’s published claims and pages the feed in publication order', async () => {
    const list = await stack.request('GET', `/v1/articles/${articleId}/claimreview`);
    expect(list.body.items.map((i: any) => i.claimReviewed)).toHaveLength(2);
    const first = await stack.request('GET', `/v1/claimreview?limit=1&since=2000-01-01T00:00:00Z`);
    expect(first.body.items.map((i: any) => i.claimReviewed)).toEqual(['Exports fell by 3 percent, according to Reuters.']);
    const second = await stack.request('GET', `/v1/claimreview?limit=1&cursor=${first.body.next}`);
    expect(second.body.items.map((i: any) => i.claimReviewed)).toEqual(['Imports <rose>, the ministry said.']);
    // Pasted into <script type="application/ld+json">, a claim's "<" must not be able to end the element.
    for (const path of [`/v1/articles/${articleId}/claimreview`, `/v1/claims/${claims[1]}/claimreview`, `/v1/claimreview?cursor=${first.body.next}`]) {
      const raw = await fetch(stack.api.baseUrl + path, { headers: { authorization: `Bearer ${await stack.adminToken()}` } });
      expect(raw.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const text = await raw.text();
      expect(text).not.toContain('<');
      expect(text).toContain('Imports \\u003crose>, the ministry said.');
      expect(JSON.stringify(JSON.parse(text))).toContain('Imports <rose>, the ministry said.');
    }
    // The second page was the last: it says so, rather than pointing at an empty page.
    expect(second.body.next).toBeNull();
    const both = await stack.request('GET', `/v1/claimreview?limit=2`);
    expect(both.body.items).toHaveLength(2);
    expect(both.body.next).toBeNull();
    expect((await stack.request('GET', `/v1/claimreview?cursor=bogus`)).status).toBe(400);
    for (const limit of ['0', '201', '1.5', 'ten']) expect((await stack.request('GET', `/v1/claimreview?limit=${limit}`)).status).toBe(400);
    expect((await stack.request('GET', `/v1/claimreview`)).body.items).toHaveLength(2);
    expect((await stack.request('GET', `/v1/claimreview?since=${new Date(Date.now() + 60_000).toISOString()}`)).body.items).toEqual([]);
  });

  it('holds the feed back while a publication that began earlier is still open, so a reader following it misses nothing', async () => {
    const since = new Date().toISOString();
    // A publication that began first (stamped when its transaction began) and commits last.
    const early = new Client({ connectionString: stack.databaseUrl });
    await early.connect();
    try {
      await early.query('BEGIN');
      await early.query('SELECT now()');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const later = await seedPublishedClaim('Later: the port reopened, officials said.', 'Port', { checkworthiness: 0.6, attribution: 'direct', verdict: 'confirmed', rating: 'true' });
      const held = await stack.request('GET', `/v1/claimreview?since=${since}`);
      // It was served at once, and the cursor of the next call passed it before the earlier one committed.
      expect(held.body.items.map((i: any) => i.claimReviewed)).toEqual([]);
      const inserted = await early.query(
        `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, status, attribution_verdict, rating, round, fingerprint)
         VALUES ($1, 1, $2, 0, 10, 0.6, 'direct', false, 'published', 'confirmed', 'true', 2, $3) RETURNING id`,
        [later.articleId, 'Earlier: the bridge held, engineers said.', claimFingerprint('Earlier: the bridge held, engineers said.')],
      );
      const claim = inserted.rows[0] as { id: string };
      await early.query(`INSERT INTO audit_events (entity_type, entity_id, action, actor_type) VALUES ('claim', $1, 'claim.published', 'system')`, [claim.id]);
      await early.query('COMMIT');
      const feed = await stack.request('GET', `/v1/claimreview?since=${since}`);
      expect(feed.body.items.map((i: any) => i.claimReviewed)).toEqual(['Earlier: the bridge held, engineers said.', 'Later: the port reopened, officials said.']);
    } finally {
      await early.end();
    }
  });

  it('reports in JSON, Markdown and safe self-contained HTML', async () => {
    const json = await stack.request('GET', `/v1/articles/${articleId}/report`);
    expect(json.status).toBe(200);
    expect(json.body.claims.map((c: any) => [c.status, c.sources])).toEqual([
      ['published', ['Reuters']],
      ['published', []],
      ['verdict', []],
    ]);
    expect(json.body.claims[0].evidence).toEqual([{ url: 'https://www.reuters.com/x' }]);
    expect(json.body.claims[0].notes).toEqual([{ stage: 'source_check', note: 'Reuters said <so>' }]);

    const md = await stack.request('GET', `/v1/articles/${articleId}/report?format=md`);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(md.body).toContain('**Exports fell by 3 percent, according to Reuters\\.**[^1]');

    const html = await stack.request('GET', `/v1/articles/${articleId}/report?format=html`);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.body).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    // Opened from the service, the header's policy applies too: it must let the report's own stylesheet in.
    const styleHash = /style-src ('sha256-[^']+')/.exec(html.body)![1];
    expect(html.headers.get('content-security-policy')).toContain(`style-src ${styleHash}`);
    expect(html.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(json.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    expect(html.body).toContain('Imports &lt;rose&gt;, the ministry said.');
    expect(html.body).not.toContain('<rose>');
    expect((await stack.request('GET', `/v1/articles/${articleId}/report?format=pdf`)).status).toBe(400);
  });

  // Analysis stores no second copy of plain-text input (analyzed_text stays NULL): the report read that
  // column alone, so every article submitted as text was reported with no text and no claim marked.
  it('reports the text of an article submitted as plain text, with its claims marked', async () => {
    const text = 'Prices rose by 2 percent, according to AFP. Nothing more.';
    const [plain] = await stack.sql(
      `INSERT INTO articles (input_format, input, analyzed_text, title, request_hash, submitted_by, status, claim_count, analyzed_at)
       VALUES ('text', $1, NULL, 'Prices', md5($1), 'seed', 'analyzed', 1, now()) RETURNING id`,
      [text],
    );
    await stack.sql(
      `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced, status, fingerprint)
       VALUES ($1, 0, $2, 0, 43, 0.7, 'direct', false, 'verdict', $3)`,
      [plain.id, 'Prices rose by 2 percent, according to AFP.', claimFingerprint('Prices rose by 2 percent, according to AFP.')],
    );
    const json = await stack.request('GET', `/v1/articles/${plain.id}/report`);
    expect(json.body.text).toBe(text);
    const html = await stack.request('GET', `/v1/articles/${plain.id}/report?format=html`);
    expect(html.body).toContain('<mark id="mark-1"><a href="#claim-');
    expect(html.body).toContain('Nothing more.');
  });

  // The engine finds who spoke for a source ("NATO Secretary General Jens Stoltenberg said"): the
  // markup named NATO alone as the claim's author, and the report and review text never named him.
  it('names the person who spoke for the source as the claim’s author, affiliated with it', async () => {
    const text = 'NATO Secretary General Jens Stoltenberg said 10,000 soldiers are in Kursk, according to Reuters.';
    const { articleId: spokenId, claimId } = await seedPublishedClaim(text, 'Kursk', { checkworthiness: 0.9, attribution: 'direct', verdict: 'confirmed', rating: 'mixed' });
    await stack.sql(
      `INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered, person, confidence, cue_start, cue_end)
       VALUES ($1, $2, 0, 'NATO', 'original', 'intergovernmental', true, 'Jens Stoltenberg', 0.9, 0, 4),
              ($1, $2, 1, 'Reuters', 'relay', 'news-agency', true, NULL, 0.9, 80, 87)`,
      [claimId, spokenId],
    );
    const stoltenberg = { '@type': 'Person', name: 'Jens Stoltenberg', affiliation: { '@type': 'Organization', name: 'NATO' } };
    const review = (await stack.request('GET', `/v1/claims/${claimId}/claimreview`)).body;
    expect(review.itemReviewed.author).toEqual(stoltenberg);
    expect(review.itemReviewed.firstAppearance).toEqual({ '@type': 'CreativeWork', author: stoltenberg });
    expect(review.reviewBody).toBe('Attribution confirmed: Jens Stoltenberg (NATO) (as relayed by Reuters) did report this. Rated mixed.');
    const report = (await stack.request('GET', `/v1/articles/${spokenId}/report`)).body;
    expect(report.claims[0].sources).toEqual(['Reuters -> Jens Stoltenberg (NATO)']);
  });

  // "Officials said" cites unnamed sources: the review text said the claim cited none.
  it('says a claim that cites only unnamed sources does so, rather than citing none', async () => {
    const text = 'Officials said the army lost 500 tanks last year.';
    const { articleId, claimId } = await seedPublishedClaim(text, 'Tanks', { checkworthiness: 0.6, attribution: 'none', anonymous: true, verdict: 'not_applicable', rating: 'mostly_false' });
    const statement = 'The claim cites only unnamed sources.';
    expect((await stack.request('GET', `/v1/claims/${claimId}/claimreview`)).body.reviewBody).toBe(`${statement} Rated mostly false.`);
    expect((await stack.request('GET', `/v1/articles/${articleId}/report`)).body.claims[0].statement).toBe(statement);
  });

  // The publication routes read articles without the caller's restriction: another desk's key
  // read any article's full report (text, notes, evidence) and its ClaimReview.
  it('keeps a key restricted to its own articles out of other desks\' reports and ClaimReview', async () => {
    const created = await stack.request('POST', '/v1/api-keys', { body: { name: 'desk', ownArticlesOnly: true } });
    const desk = created.body.key as string;
    for (const path of [
      `/v1/articles/${articleId}/report`,
      `/v1/articles/${articleId}/report?format=html`,
      `/v1/articles/${articleId}/report?format=md`,
      `/v1/articles/${articleId}/claimreview`,
      `/v1/claims/${claims[0]}/claimreview`,
    ]) {
      const res = await stack.request('GET', path, { token: desk });
      expect([path, res.status]).toEqual([path, 404]);
    }
    expect((await stack.request('GET', '/v1/claimreview?limit=200', { token: desk })).body).toEqual({ items: [], next: null });

    // Its own article, published, it sees everywhere; unrestricted callers still see the others.
    const text = 'Output grew, according to Reuters.';
    const { articleId: ownId, claimId } = await seedPublishedClaim(
      text, 'Output', { checkworthiness: 0.7, attribution: 'direct', verdict: 'not_applicable', rating: 'true' }, `api-key:${created.body.id}`,
    );
    expect((await stack.request('GET', `/v1/articles/${ownId}/report`, { token: desk })).body.text).toBe(text);
    expect((await stack.request('GET', `/v1/articles/${ownId}/claimreview`, { token: desk })).body.items).toHaveLength(1);
    expect((await stack.request('GET', `/v1/claims/${claimId}/claimreview`, { token: desk })).status).toBe(200);
    const feed = await stack.request('GET', '/v1/claimreview?limit=200', { token: desk });
    expect(feed.body.items.map((i: any) => i.claimReviewed)).toEqual([text]);
    expect((await stack.request('GET', `/v1/articles/${articleId}/report`)).status).toBe(200);
    expect((await stack.request('GET', '/v1/claimreview?limit=200')).body.items.length).toBeGreaterThanOrEqual(3);
  });

  // The document showed author, reviewRating and itemReviewed as empty objects: a newsroom
  // integrating ClaimReview could not see the markup's shape before it had a published claim.
  it('shows a ClaimReview example in OpenAPI with every field a real one has', async () => {
    const conformance = new ResponseConformance((await stack.request('GET', '/docs-json', { token: null })).body);
    const example = conformance.exampleOf({ $ref: '#/components/schemas/ClaimReviewDocument' });
    const paths = (value: unknown, at = ''): string[] =>
      Array.isArray(value)
        ? paths(value[0], `${at}[]`)
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) => [`${at}.${key}`, ...paths(inner, `${at}.${key}`)])
          : [];
    const real = (await stack.request('GET', `/v1/claims/${claims[0]}/claimreview`)).body;
    const shown = new Set(paths(example));
    expect(paths(real).filter((path) => !shown.has(path))).toEqual([]);
  });

  it('documents the webhook and publication routes with their DTOs in OpenAPI', async () => {
    const doc = (await stack.request('GET', '/docs-json', { token: null })).body;
    for (const path of [
      '/v1/webhooks',
      '/v1/webhooks/{id}',
      '/v1/webhooks/{id}/rotate-secret',
      '/v1/webhooks/{id}/deliveries',
      '/v1/webhooks/{id}/deliveries/replay',
      '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
      '/v1/claims/{id}/claimreview',
      '/v1/claimreview',
      '/v1/articles/{id}/report',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
    for (const schema of ['CreateWebhookDto', 'CreatedWebhookEndpoint', 'WebhookDeliveryView', 'DeliveryAttemptView', 'ClaimReviewDocument', 'ReportDto']) {
      expect(doc.components.schemas[schema]).toBeDefined();
    }
    expect(doc.components.schemas.WebhookDeliveryView.properties.attempts).toBeDefined();
  });
});
