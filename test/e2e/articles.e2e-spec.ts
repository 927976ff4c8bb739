import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Queue } from 'bullmq';
import { ADMIN } from '../support/admin.js';
import { REDIS_URL } from '../support/redis.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

const example = JSON.parse(readFileSync('src/articles/example-article.json', 'utf8')) as {
  text: string;
  title: string;
  externalId: string;
};
const measlesHtml = readFileSync('test/fixtures/html/scraped-health-measles-outbreak.html', 'utf8');

describe('articles: ingestion through the analysis queue', () => {
  // A time zone other than UTC: nothing the service stores may depend on the server's zone.
  const stack = useStack('articles', { TZ: 'Asia/Tokyo' });
  let apiKey: string;

  beforeAll(async () => {
    apiKey = await stack.createApiKey('e2e newsroom');
  }, 90_000);

  async function submit(body: unknown, headers: Record<string, string> = {}) {
    return stack.request('POST', '/v1/articles', { token: apiKey, body, headers });
  }

  describe('the example article', () => {
    let article: any;

    beforeAll(async () => {
      const response = await submit({ text: example.text, title: example.title, url: 'https://example.org/alliance' });
      expect(response.status).toBe(202);
      expect(response.body).toEqual({ id: expect.any(String), status: 'received', revision: 1 });
      expect(response.headers.get('location')).toBe(`/v1/articles/${response.body.id}`);
      article = await stack.waitForArticle(response.body.id, 30_000, apiKey);
    }, 60_000);

    it('is analysed into claims whose offsets point into the submitted text', () => {
      expect(article.status).toBe('analyzed');
      expect(article.text).toBe(example.text);
      expect(article.claims.length).toBeGreaterThan(5);
      expect(article.claimCount).toBe(article.claims.length);
      for (const claim of article.claims) {
        expect(claim).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            text: expect.any(String),
            start: expect.any(Number),
            end: expect.any(Number),
            checkworthiness: expect.any(Number),
            attribution: expect.stringMatching(/^(direct|inherited|none)$/),
            sources: expect.any(Array),
          }),
        );
        expect(example.text.slice(claim.start, claim.end)).toBe(claim.text);
      }
      const ordinals = article.claims.map((c: any) => c.ordinal);
      expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
    });

    it('links the WSJ claim to the registered outlet, with IA Fact as relay', async () => {
      const wsj = article.claims.find((c: any) => c.text.includes('referring to The Wall Street Journal'));
      expect(wsj).toBeDefined();
      const original = wsj.sources.find((s: any) => s.role === 'original');
      expect(original).toEqual(expect.objectContaining({ name: 'The Wall Street Journal', registered: true }));
      expect(original.outletId).toEqual(expect.any(String));
      expect(example.text.slice(original.cue.start, original.cue.end)).toContain('Wall Street Journal');

      const outlet = await stack.request('GET', `/v1/outlets/${original.outletId}`, { token: apiKey });
      expect(outlet.status).toBe(200);
      expect(outlet.body.slug).toBe('wall-street-journal');
    });

    it('marks the 11,000 troops claim as unsourced', () => {
      const troops = article.claims.find((c: any) => c.text.includes('11,000 troops'));
      expect(troops).toEqual(expect.objectContaining({ unsourced: true, sources: [] }));
      expect(article.unsourcedClaimCount).toBeGreaterThan(0);
    });

    it('keeps "See also" and "Leave a Reply" out of the claims', () => {
      const texts = article.claims.map((c: any) => c.text).join('\n');
      expect(texts).not.toContain('See also');
      expect(texts).not.toContain('Leave a Reply');
    });

    it('serves the claims on their own and one by one', async () => {
      const claims = await stack.request('GET', `/v1/articles/${article.id}/claims`, { token: apiKey });
      expect(claims.status).toBe(200);
      expect(claims.body.map((c: any) => c.id)).toEqual(article.claims.map((c: any) => c.id));

      const one = await stack.request('GET', `/v1/claims/${article.claims[0].id}`, { token: apiKey });
      expect(one.status).toBe(200);
      // The review workflow routes the claims meanwhile: compare what analysis stored.
      const analysed = ({ status: _s, attributionVerdict: _v, rating: _r, ...rest }: any) => rest;
      expect(analysed(one.body)).toEqual(analysed(article.claims[0]));
      expect(one.body.status).toMatch(/^(queued|source_check|verdict|dismissed)$/);
    });

    it('pages the claims of an article (a long article must not answer megabytes at once)', async () => {
      const total = article.claimCount;
      expect(article.claimsPage).toEqual({ total, limit: 100, offset: 0 });
      const page = await stack.request('GET', `/v1/articles/${article.id}?limit=10&offset=10`, { token: apiKey });
      expect(page.body.claims.map((c: any) => c.id)).toEqual(article.claims.slice(10, 20).map((c: any) => c.id));
      expect(page.body.claimsPage).toEqual({ total, limit: 10, offset: 10 });
      // Progress still counts every claim, not just the page.
      expect(Object.values(page.body.progress as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(total);

      const claims = await stack.request('GET', `/v1/articles/${article.id}/claims?limit=20&offset=0`, { token: apiKey });
      expect(claims.body).toHaveLength(20);
      expect(claims.headers.get('x-total-count')).toBe(String(total));
      expect(claims.headers.get('link')).toBe(`</v1/articles/${article.id}/claims?limit=20&offset=20>; rel="next"`);
      const last = await stack.request('GET', `/v1/articles/${article.id}/claims?limit=20&offset=${total - 1}`, { token: apiKey });
      expect(last.body).toHaveLength(1);
      expect(last.headers.get('link')).toBeNull();
      expect((await stack.request('GET', `/v1/articles/${article.id}/claims?limit=1001`, { token: apiKey })).status).toBe(400);
    });

    it('answers an empty page at the largest offset it takes, whatever the limit (offset + limit passed a 32-bit integer: a 500)', async () => {
      const offset = 2 ** 31 - 1;
      const claims = await stack.request('GET', `/v1/articles/${article.id}/claims?limit=1000&offset=${offset}`, { token: apiKey });
      expect([claims.status, claims.body]).toEqual([200, []]);
      for (const query of [`limit=1000&offset=${offset}`, `revision=1&limit=2&offset=${offset}`]) {
        const page = await stack.request('GET', `/v1/articles/${article.id}?${query}`, { token: apiKey });
        expect([page.status, page.body.claims, page.body.claimsPage.total]).toEqual([200, [], article.claimCount]);
      }
    });

    it('lists with filters: status, cited outlet, unsourced', async () => {
      const wsjOutletId = article.claims
        .flatMap((c: any) => c.sources)
        .find((s: any) => s.name === 'The Wall Street Journal').outletId;
      const byOutlet = await stack.request('GET', `/v1/articles?outletId=${wsjOutletId}`, { token: apiKey });
      expect(byOutlet.status).toBe(200);
      expect(byOutlet.body.items.map((a: any) => a.id)).toContain(article.id);
      expect(byOutlet.body.items[0]).not.toHaveProperty('text');

      const unsourced = await stack.request('GET', '/v1/articles?unsourced=true&status=analyzed', { token: apiKey });
      expect(unsourced.body.items.map((a: any) => a.id)).toContain(article.id);

      const failed = await stack.request('GET', '/v1/articles?status=failed', { token: apiKey });
      expect(failed.body.items.map((a: any) => a.id)).not.toContain(article.id);

      const page = await stack.request('GET', '/v1/articles?limit=1&offset=0', { token: apiKey });
      expect(page.body).toEqual(expect.objectContaining({ limit: 1, offset: 0, total: expect.any(Number) }));
      expect(page.body.items).toHaveLength(1);
    });

    it('records the submission and the analysis as audit events', async () => {
      const events = await stack.sql(`SELECT action, actor_type FROM audit_events WHERE entity_id = $1 ORDER BY id`, [
        article.id,
      ]);
      expect(events).toEqual([
        { action: 'article.submitted', actor_type: 'api-key' },
        { action: 'article.analyzed', actor_type: 'system' },
      ]);
      const outbox = await stack.sql(`SELECT count(*)::int AS n FROM outbox WHERE job_id = $1`, [`analyze-${article.id}`]);
      expect(outbox[0].n).toBe(0);
    });
  });

  it('analyses HTML: offsets point into the extracted text', async () => {
    const response = await submit({ html: measlesHtml });
    expect(response.status).toBe(202);
    const article = await stack.waitForArticle(response.body.id, 30_000, apiKey);
    expect(article.status).toBe('analyzed');
    expect(article.inputFormat).toBe('html');
    expect(article.text).toContain('Minnesota');
    expect(article.text).not.toContain('<p');
    expect(article.claims.length).toBeGreaterThan(3);
    for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
  }, 60_000);

  describe('idempotency', () => {
    it('returns the same article for a repeated Idempotency-Key, and 422 for the key reused with other content', async () => {
      const body = { text: 'Reuters reported that the grain corridor reopened on Monday after two weeks.' };
      const first = await submit(body, { 'Idempotency-Key': 'idem-1' });
      const second = await submit(body, { 'Idempotency-Key': 'idem-1' });
      expect(first.status).toBe(202);
      expect(second.status).toBe(200);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(second.body.id).toBe(first.body.id);

      const other = await submit({ text: 'Something else entirely.' }, { 'Idempotency-Key': 'idem-1' });
      expect(other.status).toBe(422);
      expect(other.body.message).toMatch(/Idempotency-Key/);
    });

    it('creates one article for 10 concurrent submissions with the same key', async () => {
      const body = { text: 'The Associated Press said ten ships left the port of Odesa on Tuesday.' };
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => submit(body, { 'Idempotency-Key': 'idem-concurrent' })),
      );
      const ids = new Set(responses.map((r) => r.body.id));
      expect(ids.size).toBe(1);
      expect(responses.filter((r) => r.status === 202)).toHaveLength(1);
      const rows = await stack.sql(`SELECT count(*)::int AS n FROM articles WHERE idempotency_key = 'idem-concurrent'`);
      expect(rows[0].n).toBe(1);
    });

    it('answers concurrent revisions that share an Idempotency-Key with one revision and 422s, never a 500', async () => {
      const first = await submit({ text: 'Reuters said the port of Gdansk reopened on Friday.' });
      const put = (text: string) =>
        stack.request('PUT', `/v1/articles/${first.body.id}`, { token: apiKey, body: { text }, headers: { 'Idempotency-Key': 'idem-race-put' } });
      const puts = await Promise.all(Array.from({ length: 8 }, (_, i) => put(`Reuters said the port of Gdansk reopened on day ${i + 1}.`)));
      expect(puts.map((r) => r.status).sort()).toEqual([202, 422, 422, 422, 422, 422, 422, 422]);
      // A new article and a revision racing for one key: the same outcome.
      const racing = await Promise.all(
        Array.from({ length: 4 }, (_, i) => [
          stack.request('PUT', `/v1/articles/${first.body.id}`, {
            token: apiKey,
            body: { text: `AFP said the port of Gdansk closed on day ${i + 1}.` },
            headers: { 'Idempotency-Key': 'idem-race-mixed' },
          }),
          submit({ text: `AFP said the port of Rostock closed on day ${i + 1}.` }, { 'Idempotency-Key': 'idem-race-mixed' }),
        ]).flat(),
      );
      expect(racing.map((r) => r.status).sort()).toEqual([202, 422, 422, 422, 422, 422, 422, 422]);
      const rows = await stack.sql(`SELECT count(*)::int AS n FROM article_revisions WHERE idempotency_key LIKE 'idem-race-%'`);
      expect(rows[0].n).toBe(2);
    });

    it('returns the existing article for a repeated externalId with the same text, and makes a new revision of it with another', async () => {
      const first = await submit({ text: 'AFP reported heavy rain in Lyon.', externalId: 'cms-42' });
      const same = await submit({ text: 'AFP reported heavy rain in Lyon.', externalId: 'cms-42' });
      expect(first.status).toBe(202);
      expect(same.status).toBe(200);
      expect(same.body).toEqual(expect.objectContaining({ id: first.body.id, revision: 1 }));
      const corrected = await submit({ text: 'AFP reported heavy rain in Lyon (updated).', externalId: 'cms-42' });
      expect(corrected.status).toBe(202);
      expect(corrected.body).toEqual({ id: first.body.id, status: 'received', revision: 2 });
    });

    it('lists by cited outlet what the current text cites: a claim a revision withdrew cites nothing', async () => {
      const externalId = 'cms-outlet-gone';
      const first = await submit({ text: 'AFP reported that the port of Brest closed on Monday after the storm. Officials said the storm would pass by Friday evening.', externalId });
      const analysed = await stack.waitForArticle(first.body.id, 30_000, apiKey);
      const afp = analysed.claims.flatMap((c: any) => c.sources).find((s: any) => s.name === 'Agence France-Presse').outletId;
      const listed = async () => (await stack.request('GET', `/v1/articles?outletId=${afp}&limit=200`, { token: apiKey })).body.items.map((a: any) => a.id);
      expect(await listed()).toContain(first.body.id);
      // Revision 2 drops the AFP sentence: its claim is withdrawn, and the article cites AFP no more.
      expect((await submit({ text: 'Officials said the storm would pass by Friday evening.', externalId })).status).toBe(202);
      await waitFor('revision 2 to be analysed', async () => {
        const article = (await stack.request('GET', `/v1/articles/${first.body.id}`, { token: apiKey })).body;
        return article.shownRevision === 2 && ['analyzed', 'completed'].includes(article.status) ? article : undefined;
      });
      expect(await listed()).not.toContain(first.body.id);
    });

    it('scopes externalId per submitter: another API key gets its own article', async () => {
      const otherKey = await stack.createApiKey('other newsroom');
      const mine = await submit({ text: 'BBC News said the bridge was closed.', externalId: 'shared-7' });
      const theirs = await stack.request('POST', '/v1/articles', {
        token: otherKey,
        body: { text: 'BBC News said the bridge was closed.', externalId: 'shared-7' },
      });
      expect(theirs.status).toBe(202);
      expect(theirs.body.id).not.toBe(mine.body.id);
    });
  });

  describe('reprocessing', () => {
    it('never duplicates claims when the same article is analysed again, even concurrently', async () => {
      const response = await submit({ text: example.text });
      const article = await stack.waitForArticle(response.body.id, 30_000, apiKey);
      const before = await stack.sql(`SELECT count(*)::int AS n FROM claims WHERE article_id = $1`, [article.id]);

      // Simulate redelivery: the article back to "received" and three jobs for it at once
      // (different job ids, as a crashed worker or a lost Redis could produce).
      await stack.sql(`UPDATE articles SET status = 'received' WHERE id = $1`, [article.id]);
      const queue = new Queue('analysis', { connection: { url: REDIS_URL }, prefix: stack.queuePrefix });
      try {
        await Promise.all(
          ['a', 'b', 'c'].map((n) => queue.add('analyze-article', { articleId: article.id }, { jobId: `redeliver-${n}-${article.id}` })),
        );
        const again = await stack.waitForArticle(article.id, 30_000, apiKey);
        await waitForQueueEmpty(queue);
        expect(again.status).toBe('analyzed');
      } finally {
        await queue.close();
      }
      const after = await stack.sql(
        `SELECT count(*)::int AS n, count(DISTINCT ordinal)::int AS ordinals FROM claims WHERE article_id = $1`,
        [article.id],
      );
      expect(after[0].n).toBe(before[0].n);
      expect(after[0].ordinals).toBe(before[0].n);
    }, 60_000);
  });

  describe('outlet registry', () => {
    it('lists outlets alphabetically, capitals or not', async () => {
      const page = await stack.request('GET', '/v1/outlets?q=ac&limit=200', { token: apiKey });
      const names: string[] = page.body.items.map((o: { name: string }) => o.name);
      expect(names).toEqual(expect.arrayContaining(['AZERTAC', 'Accounts Chamber of Russia']));
      expect(names.indexOf('Accounts Chamber of Russia')).toBeLessThan(names.indexOf('AZERTAC'));
    });

    it('lets admins add an outlet that the next analysis recognises', async () => {
      const text = 'The Kyiv Bugle Weekly reported that the new bridge over the Dnipro will open in May.';
      const beforeAdd = await stack.waitForArticle((await submit({ text })).body.id, 30_000, apiKey);
      const cited = beforeAdd.claims.flatMap((c: any) => c.sources);
      expect(cited.some((s: any) => s.registered && s.name === 'Kyiv Bugle Weekly')).toBe(false);

      const created = await stack.request('POST', '/v1/outlets', {
        body: { slug: 'kyiv-bugle-weekly', name: 'Kyiv Bugle Weekly', type: 'newspaper', country: 'UA', aliases: ['The Bugle'] },
      });
      expect(created.status).toBe(201);
      const dup = await stack.request('POST', '/v1/outlets', {
        body: { slug: 'kyiv-bugle-weekly', name: 'Again', type: 'newspaper' },
      });
      expect(dup.status).toBe(409);

      const afterAdd = await stack.waitForArticle((await submit({ text: text + ' ' })).body.id, 30_000, apiKey);
      const source = afterAdd.claims.flatMap((c: any) => c.sources).find((s: any) => s.outletId === created.body.id);
      expect(source).toEqual(expect.objectContaining({ registered: true, name: 'Kyiv Bugle Weekly' }));

      const patched = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { abbreviations: ['KBW'] } });
      expect(patched.status).toBe(200);
      expect(patched.body.abbreviations).toEqual(['KBW']);
      const bad = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { type: 'tabloid' } });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^type must be one of/);

      // A new name or type is the registry's: the sources already citing the outlet name it so. They kept
      // the old name and type, shown in reports, ClaimReview and webhooks beside the outlet's new ones.
      const renamed = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { name: 'Kyiv Bugle', type: 'magazine' } });
      expect(renamed.status).toBe(200);
      const citing = afterAdd.claims.find((c: any) => c.sources.some((s: any) => s.outletId === created.body.id));
      const claim = (await stack.request('GET', `/v1/claims/${citing.id}`, { token: apiKey })).body;
      expect(claim.sources.find((s: any) => s.outletId === created.body.id)).toEqual(
        expect.objectContaining({ name: 'Kyiv Bugle', type: 'magazine', registered: true }),
      );
    }, 60_000);

    it('refuses a name, alias, abbreviation or domain another outlet answers to, naming it', async () => {
      const created = await stack.request('POST', '/v1/outlets', {
        body: { slug: 'lviv-lantern', name: 'Lviv Lantern', type: 'newspaper', aliases: ['The Lantern'], abbreviations: ['LVL'], domains: ['lvivlantern.example', 'xn--b1aaz2e7b.example'] },
      });
      expect(created.status).toBe(201);
      for (const body of [
        { slug: 'lantern-two', name: 'the  Lviv lantern', type: 'newspaper' },
        { slug: 'lantern-three', name: 'Lantern Three', type: 'newspaper', aliases: ['Lantern'] },
        { slug: 'lantern-four', name: 'Lantern Four', type: 'newspaper', abbreviations: ['L.V.L.'] },
        { slug: 'lantern-five', name: 'Lantern Five', type: 'newspaper', domains: ['LvivLantern.Example'] },
        // The Lantern's second domain written in Unicode, not in its ASCII form: one DNS name, not two.
        { slug: 'lantern-seven', name: 'Lantern Seven', type: 'newspaper', domains: ['ЛЬВІВ.example'] },
        // A joiner or a right-to-left mark (which names may hold) after the name: it lists as the same name.
        { slug: 'lantern-eight', name: 'Lviv Lantern\u200d', type: 'newspaper' },
        { slug: 'lantern-nine', name: 'Lantern Nine', type: 'newspaper', aliases: ['The\u200e Lantern'] },
      ]) {
        const clash = await stack.request('POST', '/v1/outlets', { body });
        expect(clash.status).toBe(409);
        expect(clash.body.message).toMatch(/already belongs to outlet "lviv-lantern" \(Lviv Lantern\): merge the two outlets/);
      }
      const wsj = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { aliases: ['The Lantern', 'Wall Street Journal'] } });
      expect(wsj.status).toBe(409);
      expect(wsj.body.message).toMatch(/^the name "Wall Street Journal" already belongs to outlet "wall-street-journal"/);
      const wsjDomain = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { domains: ['lvivlantern.example', 'WSJ.com'] } });
      expect(wsjDomain.status).toBe(409);
      expect(wsjDomain.body.message).toMatch(/^the domain "WSJ.com" already belongs to outlet "wall-street-journal"/);
      // The Journal's web host is its domain too: it was given to the Lantern (200).
      const wsjHost = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { domains: ['lvivlantern.example', 'www.wsj.com'] } });
      expect([wsjHost.status, wsjHost.body.message]).toEqual([409, expect.stringMatching(/^the domain "www.wsj.com" already belongs to outlet "wall-street-journal"/)]);
      // Another outlet's alias in another case is that alias: 409 too.
      const shouted = await stack.request('POST', '/v1/outlets', { body: { slug: 'lantern-six', name: 'Lantern Six', type: 'newspaper', aliases: ['THE LANTERN'] } });
      expect([shouted.status, shouted.body.message]).toEqual([409, expect.stringMatching(/^the name "THE LANTERN" already belongs to outlet "lviv-lantern"/)]);
      // One outlet's own names differing only by case: 400, on creation and on an edit.
      const twice = await stack.request('POST', '/v1/outlets', { body: { slug: 'odesa-owl', name: 'Odesa Owl', type: 'newspaper', aliases: ['Owl Daily', 'OWL DAILY'] } });
      expect(twice.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^"Owl Daily" and "OWL DAILY" differ only by case/) });
      const renamed = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { name: 'the lantern' } });
      expect([renamed.status, renamed.body.message]).toEqual([400, expect.stringMatching(/^"the lantern" and "The Lantern" differ only by case/)]);
      const twiceAbbreviated = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { abbreviations: ['LVL', 'LL', 'LL'] } });
      expect([twiceAbbreviated.status, twiceAbbreviated.body.message]).toEqual([400, 'the abbreviation "LL" is given twice']);
      const twiceDomain = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { domains: ['lvivlantern.example', 'LVIVLANTERN.example'] } });
      expect([twiceDomain.status, twiceDomain.body.message]).toEqual([400, expect.stringMatching(/^the domain "LVIVLANTERN.example" is given twice/)]);
      // Its own names, kept or re-sent, are no clash.
      const kept = await stack.request('PATCH', `/v1/outlets/${created.body.id}`, { body: { name: 'Lviv Lantern', aliases: ['The Lantern'], domains: ['LvivLantern.example'], country: 'UA' } });
      expect(kept.status).toBe(200);
    });

    it('is seeded from the curated file and searchable', async () => {
      const found = await stack.request('GET', '/v1/outlets?q=WSJ', { token: apiKey });
      expect(found.status).toBe(200);
      expect(found.body.items.map((o: any) => o.slug)).toContain('wall-street-journal');
      expect(found.body.total).toBeGreaterThanOrEqual(1);
    });

    // The search read the name, the slug and an abbreviation in its exact case only: the example
    // article's “Ukrainian Pravda”, an alias the engine reads, found nothing in a reviewer's type-ahead.
    it('finds an outlet by any name it answers to: an alias, a domain, an abbreviation in any case', async () => {
      const slugs = async (q: string) =>
        ((await stack.request('GET', `/v1/outlets?q=${encodeURIComponent(q)}`, { token: apiKey })).body.items as { slug: string }[]).map((o) => o.slug);
      expect(await slugs('Ukrainian Pravda')).toContain('ukrainska-pravda');
      expect(await slugs('ukrainian prav')).toContain('ukrainska-pravda');
      expect(await slugs('pravda.com.ua')).toContain('ukrainska-pravda');
      expect(await slugs('wsj')).toContain('wall-street-journal');
      expect(await slugs('%')).toEqual([]);
      // A domain is one DNS name in either spelling: stored as the admin typed it, found by the other too
      // (a search for "bücher.example" found nothing of an outlet owning "xn--bcher-kva.example").
      for (const [slug, domain] of [['book-courier', 'xn--bcher-kva.example'], ['kniga-herald', 'книга.example']]) {
        const created = await stack.request('POST', '/v1/outlets', { body: { slug, name: slug.replace('-', ' '), type: 'newspaper', domains: [domain] } });
        expect(created.status).toBe(201);
      }
      expect(await slugs('bücher.example')).toEqual(['book-courier']);
      expect(await slugs('BÜCHER')).toEqual(['book-courier']);
      expect(await slugs('xn--80afohp.example')).toEqual(['kniga-herald']);
      expect(await slugs('xn--bcher-kva')).toEqual(['book-courier']);
    });
  });

  // publishedAt was read by JavaScript's Date, which takes a date-time without an offset in the server's
  // time zone: '2026-11-30T10:00' stored as 01:00 UTC on a server in Tokyo, where every other date the
  // API reads without an offset is UTC.
  describe('publication dates', () => {
    it('reads a publishedAt without an offset as UTC, whatever the server\'s time zone, on submission and on revision', async () => {
      const submitted = await submit({ text: 'Reuters reported that copper output fell 4 percent in 2023.', publishedAt: '2026-11-30T10:00' });
      expect(submitted.status).toBe(202);
      const id = submitted.body.id as string;
      const read = async () => (await stack.request('GET', `/v1/articles/${id}`, { token: apiKey })).body.publishedAt;
      expect(await read()).toBe('2026-11-30T10:00:00.000Z');
      await stack.waitForArticle(id, 30_000, apiKey);
      const text = 'Reuters reported that copper output fell 4 percent in 2023.';
      expect((await stack.request('PUT', `/v1/articles/${id}`, { token: apiKey, body: { text, publishedAt: '2026-11-30T11:30:00' } })).status).toBe(200);
      expect(await read()).toBe('2026-11-30T11:30:00.000Z');
      const revised = await stack.request('PUT', `/v1/articles/${id}`, { token: apiKey, body: { text: `${text} Prices rose.`, publishedAt: '2026-11-30T12:00' } });
      expect(revised.status).toBe(202);
      expect(await read()).toBe('2026-11-30T12:00:00.000Z');
      // An offset is kept as given.
      expect((await stack.request('PUT', `/v1/articles/${id}`, { token: apiKey, body: { text: `${text} Prices rose.`, publishedAt: '2026-11-30T12:00:00+02:00' } })).status).toBe(200);
      expect(await read()).toBe('2026-11-30T10:00:00.000Z');
    });
  });

  describe('operations', () => {
    it('exports HTTP latency, queue depth and analysis duration to Prometheus', async () => {
      const metrics = await stack.request('GET', '/metrics', { token: null });
      expect(metrics.status).toBe(200);
      expect(metrics.body).toMatch(/claimtrail_http_request_duration_seconds_bucket\{.*route="\/v1\/articles"/);
      expect(metrics.body).toMatch(/claimtrail_queue_jobs\{queue="analysis",state="waiting"\} \d+/);
      expect(metrics.body).toMatch(/claimtrail_analysis_duration_seconds_count [1-9]/);
    });

    it('describes every API route in OpenAPI', async () => {
      const docs = await stack.request('GET', '/docs-json', { token: null });
      expect(docs.status).toBe(200);
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining(['/v1/articles', '/v1/articles/{id}', '/v1/articles/{id}/claims', '/v1/claims/{id}', '/v1/outlets', '/v1/outlets/{id}']),
      );
      const submit = docs.body.paths['/v1/articles'].post;
      expect(submit.summary).toBeTruthy();
      expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['202', '400', '413']));
      expect(docs.body.components.schemas.SubmitArticleDto.properties).toHaveProperty('publishedAt');
    });

    it('echoes a sane X-Request-Id, makes one up otherwise, and sends security headers', async () => {
      const given = await stack.request('GET', '/health/live', { token: null, headers: { 'X-Request-Id': 'trace-123' } });
      expect(given.headers.get('x-request-id')).toBe('trace-123');
      const made = await stack.request('GET', '/health/live', { token: null, headers: { 'X-Request-Id': 'bad id\twith tab' } });
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(made.headers.get('x-content-type-options')).toBe('nosniff');
      expect(made.headers.get('strict-transport-security')).toBeTruthy();
    });

    // A new API key, a sign-in token, articles read through the browser's cookie: none of it may be kept
    // by a browser's or a proxy's cache (nothing said so; a shared computer's cache could give it away).
    it('tells every cache to keep no API answer, secrets above all', async () => {
      const key = await stack.request('POST', '/v1/api-keys', { body: { name: 'no-store' } });
      expect(key.status).toBe(201);
      const login = await stack.request('POST', '/v1/auth/login', { token: null, body: { email: ADMIN.email, password: ADMIN.password } });
      expect(login.status).toBe(200);
      const read = await stack.request('GET', '/v1/articles?limit=1', { token: apiKey });
      const refused = await stack.request('GET', '/v1/articles', { token: null });
      const unknown = await stack.request('GET', '/v1/nothing-here', { token: apiKey });
      for (const res of [key, login, read, refused, unknown]) expect(res.headers.get('cache-control')).toBe('no-store');
    });

    // The router answers these before any hook: with Fastify's own body ("code": "FST_ERR_BAD_URL"),
    // the raw path echoed back, and no X-Request-Id or security headers (then with only two of helmet's).
    it('answers a malformed URL and an over-long path segment in the error shape, with the usual headers', async () => {
      for (const [method, path, status, message] of [
        ['GET', '/v1/articles/%c0', 400, 'the URL is malformed (invalid percent-encoding)'],
        ['POST', `/v1/review/${'a'.repeat(600)}/next`, 414, 'a path segment is longer than 100 characters'],
      ] as const) {
        const res = await stack.request(method, path, { token: apiKey });
        expect(res.status).toBe(status);
        expect(res.body).toEqual({ statusCode: status, error: expect.any(String), message });
        expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
        // helmet's whole set, as on every other answer (these had none of it).
        expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=/);
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      }
    });

    it('keeps the queue dashboard for admins', async () => {
      expect((await stack.request('GET', '/admin/queues', { token: null })).status).toBe(401);
      expect((await stack.request('GET', '/admin/queues', { token: apiKey })).status).toBe(403);
      expect((await stack.request('GET', '/admin/queues/api/queues')).status).toBe(200);
    });

    it('signs a browser in to the dashboard with a short-lived code sent by POST, never a token in the URL', async () => {
      const admin = await stack.adminToken();
      // The old way no longer works: a token in the query is ignored.
      expect((await stack.request('GET', `/admin/queues?token=${admin}`, { token: null })).status).toBe(401);
      expect((await stack.request('POST', '/admin/queues/codes', { token: apiKey })).status).toBe(403);

      const issued = await stack.request('POST', '/admin/queues/codes');
      expect(issued.status).toBe(201);
      expect(issued.body).toEqual({ code: expect.any(String), expiresIn: 60, signIn: '/admin/queues/sign-in' });
      expect((await stack.request('GET', '/admin/queues/sign-in', { token: null })).status).toBe(200);
      // A code is not an API token, and an API token is not a code.
      expect((await stack.request('GET', '/v1/articles', { token: issued.body.code })).status).toBe(401);
      expect((await stack.request('POST', '/admin/queues/session', { token: null, body: { code: admin } })).status).toBe(401);

      const session = await stack.request('POST', '/admin/queues/session', { token: null, body: { code: issued.body.code } });
      expect(session.status).toBe(204);
      // A code opens one session: one read off a screen or a log after its use opens nothing.
      const again = await stack.request('POST', '/admin/queues/session', { token: null, body: { code: issued.body.code } });
      expect(again.status).toBe(401);
      expect(again.body.message).toBe('this sign-in code has been used: ask for a new one');
      expect(again.headers.get('set-cookie')).toBeNull();
      const cookie = session.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^claimtrail_board=[^;]+; Path=\/admin\/queues; Max-Age=3600; HttpOnly; SameSite=Strict$/);
      const pair = cookie.split(';')[0];
      expect((await stack.request('GET', '/admin/queues/api/queues', { token: null, headers: { cookie: pair } })).status).toBe(200);
      // The board session opens the board only.
      expect((await stack.request('GET', '/v1/users', { token: decodeURIComponent(pair.split('=')[1]) })).status).toBe(401);
    });

    // Signing out ended the token but not the board session its code had opened: that cookie went on
    // opening the board (pause, clean, retry) for its hour, and a code not yet used still opened one.
    it('ends the board sessions of a token when that token signs out', async () => {
      const login = await stack.request('POST', '/v1/auth/login', { token: null, body: { email: ADMIN.email, password: ADMIN.password } });
      const token = login.body.accessToken as string;
      const issued = await stack.request('POST', '/admin/queues/codes', { token });
      const session = await stack.request('POST', '/admin/queues/session', { token: null, body: { code: issued.body.code } });
      expect(session.status).toBe(204);
      const cookie = session.headers.get('set-cookie')!.split(';')[0];
      const board = () => stack.request('GET', '/admin/queues/api/queues', { token: null, headers: { cookie } });
      expect((await board()).status).toBe(200);
      const unused = await stack.request('POST', '/admin/queues/codes', { token });
      expect(unused.status).toBe(201);

      expect((await stack.request('DELETE', '/v1/auth/session', { token })).status).toBe(204);
      expect((await board()).status).toBe(401);
      expect((await stack.request('POST', '/admin/queues/session', { token: null, body: { code: unused.body.code } })).status).toBe(401);
      // Another token's board session goes on.
      const other = await stack.request('POST', '/admin/queues/codes');
      const kept = await stack.request('POST', '/admin/queues/session', { token: null, body: { code: other.body.code } });
      const keptCookie = kept.headers.get('set-cookie')!.split(';')[0];
      expect((await stack.request('GET', '/admin/queues/api/queues', { token: null, headers: { cookie: keptCookie } })).status).toBe(200);
    });

    it("takes a write with the board session cookie only from the board page's origin", async () => {
      const issued = await stack.request('POST', '/admin/queues/codes');
      const session = await stack.request('POST', '/admin/queues/session', { token: null, body: { code: issued.body.code } });
      const cookie = session.headers.get('set-cookie')!.split(';')[0];
      const own = new URL(stack.api.baseUrl).origin;
      const resume = (headers: Record<string, string>) =>
        stack.request('PUT', '/admin/queues/api/queues/webhooks/resume', { token: null, headers: { cookie, ...headers } });
      // A sibling origin of the same site (another port) sends a SameSite=Strict cookie along.
      const sibling = await resume({ origin: 'http://127.0.0.1:1' });
      expect(sibling.status).toBe(403);
      expect(sibling.body).toMatchObject({ statusCode: 403, message: 'Cross-origin write refused' });
      expect((await resume({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
      expect((await resume({})).status).toBe(403);
      expect((await resume({ origin: own })).status).toBe(200);
      expect((await resume({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
      // Reads need no origin; a bearer token is no cookie a browser sends by itself.
      expect((await stack.request('GET', '/admin/queues/api/queues', { token: null, headers: { cookie } })).status).toBe(200);
      expect((await stack.request('PUT', '/admin/queues/api/queues/webhooks/resume')).status).toBe(200);
    });
  });

  describe('API key scopes and own-articles-only reads', () => {
    async function keyWith(body: Record<string, unknown>): Promise<string> {
      const created = await stack.request('POST', '/v1/api-keys', { body: { name: 'scoped', ...body } });
      expect(created.status).toBe(201);
      return created.body.key;
    }

    it('gives a key created without scopes what keys could always do, and nothing more', async () => {
      const created = await stack.request('POST', '/v1/api-keys', { body: { name: 'default' } });
      expect(created.body).toMatchObject({ scopes: ['articles:write', 'articles:read', 'outlets:read'], ownArticlesOnly: false });
    });

    it('refuses a route whose scope the key lacks, with 403 naming it', async () => {
      const reader = await keyWith({ scopes: ['articles:read'] });
      const submit = await stack.request('POST', '/v1/articles', { token: reader, body: { text: 'AP said the port reopened.' } });
      expect(submit.status).toBe(403);
      expect(submit.body.message).toBe('This API key lacks the scope articles:write');
      expect((await stack.request('GET', '/v1/outlets', { token: reader })).status).toBe(403);
      expect((await stack.request('GET', '/v1/articles', { token: reader })).status).toBe(200);
      const bad = await stack.request('POST', '/v1/api-keys', { body: { name: 'x', scopes: ['articles:delete'] } });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/each scope must be one of: articles:write, articles:read, outlets:read, webhooks:manage/);
    });

    it('keeps one desk from reading another desk\'s articles', async () => {
      const deskA = await keyWith({ ownArticlesOnly: true });
      const deskB = await keyWith({ ownArticlesOnly: true });
      const submitted = await stack.request('POST', '/v1/articles', { token: deskA, body: { text: example.text } });
      const id = submitted.body.id;
      const article = await stack.waitForArticle(id, 60_000, deskA);
      expect((await stack.request('GET', `/v1/articles/${id}`, { token: deskB })).status).toBe(404);
      expect((await stack.request('GET', `/v1/articles/${id}/claims`, { token: deskB })).status).toBe(404);
      expect((await stack.request('GET', `/v1/claims/${article.claims[0].id}`, { token: deskB })).status).toBe(404);
      const listed = await stack.request('GET', '/v1/articles?limit=200', { token: deskB });
      expect(listed.body.items.map((a: any) => a.id)).not.toContain(id);
      expect(listed.body.total).toBe(0);
      // The submitter and unrestricted callers still see it.
      expect((await stack.request('GET', `/v1/claims/${article.claims[0].id}`, { token: deskA })).status).toBe(200);
      expect((await stack.request('GET', `/v1/articles/${id}`, { token: apiKey })).status).toBe(200);
    }, 90_000);
  });

  describe('bad input gets a clear 4xx and leaves nothing behind', () => {
    const cases: Array<[string, { body?: unknown; raw?: string | Buffer; headers?: Record<string, string> }, number, RegExp]> = [
      ['malformed JSON', { raw: '{"text": ', headers: { 'content-type': 'application/json' } }, 400, /not valid JSON/],
      ['a __proto__ key', { raw: '{"text":"abc","__proto__":{"role":"admin"}}', headers: { 'content-type': 'application/json' } }, 400, /holds a "__proto__" key/],
      ['neither text nor html', { body: { title: 'x' } }, 400, /one of text or html is required/],
      ['both text and html', { body: { text: 'a', html: '<p>a</p>' } }, 400, /either text or html, not both/],
      ['empty text', { body: { text: '' } }, 400, /text must not be empty/],
      ['whitespace-only text', { body: { text: ' \n\t ' } }, 400, /text must not be empty/],
      ['text that is not a string', { body: { text: 42 } }, 400, /text must be a string/],
      ['a NUL byte', { body: { text: 'abc\u0000def' } }, 400, /body.text contains a NUL character/],
      ['a NUL byte in another field', { body: { text: 'abc', title: 'x\u0000' } }, 400, /body.title contains a NUL character/],
      ['a lone surrogate', { raw: '{"text":"abc \\ud800 def"}', headers: { 'content-type': 'application/json' } }, 400, /body.text contains an unpaired UTF-16 surrogate/],
      [
        'deeply nested JSON',
        { raw: `{"text":"abc","title":${'['.repeat(5000)}${']'.repeat(5000)}}`, headers: { 'content-type': 'application/json' } },
        400,
        /nested more than 32 levels deep/,
      ],
      ['a form-urlencoded body', { raw: 'text=hello+world', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, /must be application\/json/],
      ['a text/plain body', { raw: 'hello world', headers: { 'content-type': 'text/plain' } }, 415, /must be application\/json/],
      [
        'invalid UTF-8 bytes',
        { raw: Buffer.concat([Buffer.from('{"text":"abc '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), headers: { 'content-type': 'application/json' } },
        400,
        /invalid UTF-8/,
      ],
      ['binary content type', { raw: Buffer.from([0, 1, 2, 3]), headers: { 'content-type': 'application/octet-stream' } }, 415, /must be application\/json \(got application\/octet-stream\)/],
      // A compressed body was read as JSON text: 400 "not valid JSON", which sent the client looking in the wrong place.
      [
        'a gzip-compressed body',
        { raw: gzipSync(JSON.stringify({ text: 'AP said the port reopened.' })), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } },
        415,
        /request bodies must not be compressed \(got Content-Encoding: gzip\)/,
      ],
      ['an unknown field', { body: { text: 'abc', colour: 'red' } }, 400, /property colour should not exist/],
      ['an invalid URL', { body: { text: 'abc', url: 'not a url' } }, 400, /url must be an absolute http\(s\) URL/],
      ['a javascript: URL', { body: { text: 'abc', url: 'javascript:alert(1)' } }, 400, /url must be/],
      ['an invalid date', { body: { text: 'abc', publishedAt: '2024-13-45' } }, 400, /publishedAt must be an ISO 8601 date/],
      ['a body that is an array', { body: [{ text: 'abc' }] }, 400, /body must be a JSON object/],
      ['a bad Idempotency-Key', { body: { text: 'abc' }, headers: { 'Idempotency-Key': 'has spaces in it' } }, 400, /Idempotency-Key/],
      [
        'a body over the limit',
        { raw: JSON.stringify({ text: 'a'.repeat(2 * 1024 * 1024 + 10) }), headers: { 'content-type': 'application/json' } },
        413,
        /larger than the limit of 2097152 bytes/,
      ],
    ];

    it.each(cases)('%s', async (_name, input, status, message) => {
      const before = await stack.sql(`SELECT count(*)::int AS n FROM articles`);
      const response = await stack.request('POST', '/v1/articles', { token: apiKey, ...input });
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ statusCode: status, error: expect.any(String), message: expect.stringMatching(message) });
      const after = await stack.sql(`SELECT count(*)::int AS n FROM articles`);
      expect(after[0].n).toBe(before[0].n);
    });

    it('answers unknown ids and bad query parameters in the same shape', async () => {
      const notFound = await stack.request('GET', '/v1/articles/00000000-0000-4000-8000-000000000000', { token: apiKey });
      expect(notFound.status).toBe(404);
      expect(notFound.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringMatching(/not found/) });
      const badId = await stack.request('GET', '/v1/claims/xyz', { token: apiKey });
      expect(badId.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'id must be a UUID' });
      const badQuery = await stack.request('GET', '/v1/articles?status=done&limit=0', { token: apiKey });
      expect(badQuery.status).toBe(400);
      expect(badQuery.body.message).toMatch(/status must be one of.*limit must not be less than 1/);
    });
  });
});

async function waitForQueueEmpty(queue: Queue, timeoutMs = 20_000): Promise<void> {
  await waitFor(
    'the analysis queue to drain',
    async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
      return counts['waiting'] + counts['active'] + counts['delayed'] === 0 ? true : undefined;
    },
    timeoutMs,
  );
}
