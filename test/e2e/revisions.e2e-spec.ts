import { REVIEW_ENV, SOURCED_SENTENCE, createPerson, grade, gradeFor, next, waitUntilSettled, type Person } from '../support/review.js';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';
import { TestReceiver } from '../webhooks/support/harness.js';

// Claims of the article, by their engine analysis (npm run analyze): sourced ones start at
// source_check (A .89, G .76, E .71, H .70, C .65), unsourced ones at verdict (D .63, B .54).
const A = 'Exports rose by 3 percent in October, Reuters reported on Monday, citing customs data.';
const C = 'The central bank raised its key rate to 5 percent, according to Bloomberg.';
const B = 'Unemployment fell to 4.1 percent in the third quarter.';
const D = 'The government plans to build 200,000 homes by 2030, the minister said.';
const E = 'Inflation reached 7 percent, the Harbour Ledger reported.';
const G = 'Grain exports fell by 12 percent, the Harbour Ledger reported.';
const H = 'Fuel prices doubled in two years, the Harbour Ledger reported.';
// Revision 2: a new claim first, B gone, D reworded; the rest unchanged (and moved).
const F = 'Wages grew by 2 percent this year, the minister said.';
const D2 = 'The government plans to build 300,000 homes by 2030, the minister said.';
// Revision 3: C in other capitals only (the same normalised text).
const C3 = 'The Central Bank raised its key rate to 5 percent, according to Bloomberg.';

const REV1 = [A, C, B, D, E, G, H].join(' ');
const REV2 = [F, A, C, D2, E, G, H].join(' ');
const REV3 = [F, A, C3, D2, E, G, H].join(' ');

/**
 * Article revisions end to end: a newsroom system sends a corrected text
 * (its externalId again, then PUT) while reviewers hold leases on some of
 * its claims; claims are carried over by normalised text, the gone ones
 * withdrawn; earlier revisions stay readable; an editor re-runs the engine
 * after the outlet registry changed; the newsroom's webhook endpoint, managed
 * with a webhooks:manage key, hears of it all.
 */
describe('article revisions and re-analysis', () => {
  const stack = useStack('revisions', {
    WEBHOOK_ALLOWLIST: '127.0.0.1/32',
    WEBHOOK_SECRET_KEY: Buffer.alloc(32, 9).toString('base64'),
    ...REVIEW_ENV,
  });
  let receiver: TestReceiver;
  let newsroom: string;
  let otherNewsroom: string;
  let reviewers: Person[];
  let editor: Person;
  let articleId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    reviewers = await Promise.all([1, 2, 3, 4].map(() => createPerson(stack, 'reviewer')));
    editor = await createPerson(stack, 'editor');
    newsroom = await key('newsroom', ['articles:write', 'articles:read']);
    otherNewsroom = await key('other-newsroom', ['articles:write', 'articles:read']);
    receiver = await TestReceiver.start();
  }, 120_000);

  afterAll(async () => {
    await receiver?.close();
  }, 60_000);

  async function key(name: string, scopes: string[]): Promise<string> {
    const res = await stack.request('POST', '/v1/api-keys', { body: { name, scopes } });
    expect(res.status).toBe(201);
    return res.body.key as string;
  }

  const submit = (text: string, idempotencyKey?: string) =>
    stack.request('POST', '/v1/articles', {
      token: newsroom,
      body: { text, externalId: 'cms-4711', title: 'Economy' },
      headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
    });

  async function analysedAt(revision: number, analyses = 1): Promise<any> {
    await waitFor(`revision ${revision} analysed ${analyses} time(s)`, async () => {
      const [row] = await stack.sql(`SELECT analyses FROM article_revisions WHERE article_id = $1 AND revision = $2`, [articleId, revision]);
      return row?.analyses >= analyses ? true : undefined;
    });
    await waitUntilSettled(stack, articleId);
    return (await stack.request('GET', `/v1/articles/${articleId}`)).body;
  }

  const claimByText = (article: any, text: string) => article.claims.find((c: any) => c.text === text);

  it('lets an API key with webhooks:manage register the endpoint that follows the article', async () => {
    const hooks = await key('newsroom-hooks', ['webhooks:manage']);
    const events = ['article.revised', 'article.analyzed', 'claim.withdrawn'];
    const created = await stack.request('POST', '/v1/webhooks', { token: hooks, body: { url: receiver.url, events } });
    expect(created.status).toBe(201);
    receiver.useSecret(created.body.secret);
    expect((await stack.request('GET', `/v1/webhooks/${created.body.id}`, { token: hooks })).body.events).toEqual(events);
    // The key's other scopes are not implied, and a key without the scope manages nothing.
    expect((await stack.request('GET', '/v1/articles', { token: hooks })).status).toBe(403);
    expect((await stack.request('GET', '/v1/webhooks', { token: newsroom })).status).toBe(403);
  }, 20_000);

  it('analyses the first revision; reviewers grade some claims and hold leases on others', async () => {
    const submitted = await submit(REV1, 'key-rev-1');
    expect(submitted.status).toBe(202);
    expect(submitted.body).toEqual({ id: expect.any(String), status: 'received', revision: 1 });
    articleId = submitted.body.id;
    const article = await analysedAt(1);
    expect(article.claims.map((c: any) => c.text)).toEqual([A, C, B, D, E, G, H]);
    for (const [name, text] of Object.entries({ A, B, C, D, E, G, H })) ids[name] = claimByText(article, text).id;

    // A and G are graded at source_check (they move on to verdict).
    for (const expected of [ids.A, ids.G]) {
      const taken = await next(stack, reviewers[2], 'source_check');
      expect(taken.body.claim.id).toBe(expected);
      expect((await grade(stack, reviewers[2], expected, gradeFor('source_check'))).status).toBe(201);
    }
    // E stays leased at source_check; D and B (unsourced, first at verdict) are leased there.
    expect((await next(stack, reviewers[3], 'source_check')).body.claim.id).toBe(ids.E);
    expect((await next(stack, reviewers[0], 'verdict')).body.claim.id).toBe(ids.D);
    expect((await next(stack, reviewers[1], 'verdict')).body.claim.id).toBe(ids.B);
    await waitFor('A and G at verdict', async () => {
      const rows = await stack.sql(`SELECT count(*)::int AS n FROM claims WHERE id = ANY ($1::uuid[]) AND status = 'verdict'`, [[ids.A, ids.G]]);
      return rows[0].n === 2 ? true : undefined;
    });
  }, 60_000);

  it('makes the same externalId with a new text a new revision: unchanged claims keep their state, new ones enter review, gone ones are withdrawn and their leases end', async () => {
    const before = (await stack.request('GET', `/v1/claims/${ids.A}`)).body;
    const cueBefore = before.sources.map((s: any) => REV1.slice(s.cue.start, s.cue.end));
    const historyBefore = (await stack.request('GET', `/v1/claims/${ids.A}/history`, { token: editor.token })).body;

    const revised = await submit(REV2, 'key-rev-2');
    expect(revised.status).toBe(202);
    expect(revised.body).toEqual({ id: articleId, status: 'received', revision: 2 });
    const article = await analysedAt(2);
    expect(article.revision).toBe(2);
    expect(article.shownRevision).toBe(2);
    expect(article.text).toBe(REV2);
    expect(article.claims.map((c: any) => c.text)).toEqual([F, A, C, D2, E, G, H]);
    for (const c of article.claims) expect(REV2.slice(c.start, c.end)).toBe(c.text);

    // Unchanged: same id, status, grades; history kept.
    const a = claimByText(article, A);
    expect(a).toEqual(expect.objectContaining({ id: ids.A, status: 'verdict', attributionVerdict: 'confirmed', firstRevision: 1 }));
    expect(a.sources.map((s: any) => REV2.slice(s.cue.start, s.cue.end))).toEqual(cueBefore);
    const historyAfter = (await stack.request('GET', `/v1/claims/${ids.A}/history`, { token: editor.token })).body;
    expect(historyAfter.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(claimByText(article, C).id).toBe(ids.C);
    expect(claimByText(article, G)).toEqual(expect.objectContaining({ id: ids.G, status: 'verdict' }));
    // E keeps its status and its reviewer's lease.
    expect(claimByText(article, E)).toEqual(expect.objectContaining({ id: ids.E, status: 'source_check' }));
    const [e] = await stack.sql(`SELECT lease_holder, lease_expires_at > now() AS live FROM claims WHERE id = $1`, [ids.E]);
    expect(e).toEqual({ lease_holder: reviewers[3].id, live: true });

    // New and reworded claims enter review.
    const f = claimByText(article, F);
    const d2 = claimByText(article, D2);
    for (const fresh of [f, d2]) {
      expect(Object.values(ids)).not.toContain(fresh.id);
      expect(fresh).toEqual(expect.objectContaining({ status: 'verdict', firstRevision: 2, withdrawnInRevision: null }));
    }

    // Gone: withdrawn, with the revision that removed them; their leases ended; grades on them refused.
    for (const gone of [ids.B, ids.D]) {
      const claim = (await stack.request('GET', `/v1/claims/${gone}`)).body;
      expect(claim).toEqual(expect.objectContaining({ status: 'withdrawn', withdrawnInRevision: 2 }));
      const [row] = await stack.sql(`SELECT lease_holder, queued_at FROM claims WHERE id = $1`, [gone]);
      expect(row).toEqual({ lease_holder: null, queued_at: null });
      const history = (await stack.request('GET', `/v1/claims/${gone}/history`, { token: editor.token })).body;
      expect(history.at(-1)).toEqual(expect.objectContaining({ action: 'claim.withdrawn' }));
    }
    expect((await grade(stack, reviewers[1], ids.B, gradeFor('verdict'))).status).toBe(409);
    expect((await next(stack, reviewers[0], 'verdict')).body.claim.id).not.toBe(ids.D);
    expect(article.progress).toEqual(expect.objectContaining({ withdrawn: 2, verdict: 4, source_check: 3 }));
    // The report marks the current text: withdrawn claims (offsets into revision 1) stay out of it.
    const report = await stack.request('GET', `/v1/articles/${articleId}/report?format=json`, { token: newsroom });
    expect(report.body.claims.map((c: any) => c.id).sort()).toEqual(article.claims.map((c: any) => c.id).sort());
    expect(article.claimsPage.total).toBe(7);
  }, 60_000);

  it('answers a repeated request as before: same Idempotency-Key and body is the same request, a reused key with another body is refused', async () => {
    // Each revision's request, again: the article as it is, no new revision.
    for (const [text, idempotencyKey] of [[REV2, 'key-rev-2'], [REV1, 'key-rev-1']] as const) {
      const again = await submit(text, idempotencyKey);
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body).toEqual(expect.objectContaining({ id: articleId, revision: 2 }));
    }
    expect((await submit(REV3, 'key-rev-1')).status).toBe(422);
    // The current text again without a key: the article, unchanged.
    const same = await submit(REV2);
    expect(same.status).toBe(200);
    expect(same.body.revision).toBe(2);
    const [row] = await stack.sql(`SELECT revision FROM articles WHERE id = $1`, [articleId]);
    expect(row.revision).toBe(2);
  });

  it('applies a new title or url sent with the current text to it, without a new revision or analysis, audited and announced', async () => {
    const put = (body: Record<string, unknown>) => stack.request('PUT', `/v1/articles/${articleId}`, { token: newsroom, body });
    const before = (await stack.request('GET', `/v1/articles/${articleId}`)).body;
    const fixed = await put({ text: REV2, title: 'Economy: exports rose', url: 'https://cms.example.org/4711' });
    expect(fixed.status).toBe(200);
    expect(fixed.headers.get('idempotent-replayed')).toBeNull();
    expect(fixed.body).toEqual(expect.objectContaining({ id: articleId, revision: 2 }));
    const article = (await stack.request('GET', `/v1/articles/${articleId}`)).body;
    // Not analysed again: the status is what it was, the claims are the same.
    expect(article).toEqual(expect.objectContaining({ title: 'Economy: exports rose', url: 'https://cms.example.org/4711', revision: 2, status: before.status }));
    expect(article.claims.map((c: { id: string }) => c.id)).toEqual(before.claims.map((c: { id: string }) => c.id));
    const [audit] = await stack.sql(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'article.updated'`, [articleId]);
    expect(audit).toEqual({ before: { title: 'Economy', url: null }, after: { title: 'Economy: exports rose', url: 'https://cms.example.org/4711' } });
    const events = await stack.sql(`SELECT payload FROM domain_events WHERE name = 'article.updated' AND article_id = $1`, [articleId]);
    expect(events.map((e) => e.payload)).toEqual([expect.objectContaining({ articleId, changed: ['title', 'url'] })]);
    // The same again, or the title left out: nothing changes, nothing is written.
    expect((await put({ text: REV2, title: 'Economy: exports rose' })).headers.get('idempotent-replayed')).toBe('true');
    expect(await stack.sql(`SELECT 1 FROM domain_events WHERE name = 'article.updated' AND article_id = $1`, [articleId])).toHaveLength(1);
    const [row] = await stack.sql(`SELECT revision, status FROM articles WHERE id = $1`, [articleId]);
    expect(row).toEqual({ revision: 2, status: before.status });
  });

  it('takes a revision by PUT from its own submitter only; a text that differs only in case and punctuation keeps its claims', async () => {
    const put = (token: string, text: string, idempotencyKey?: string) =>
      stack.request('PUT', `/v1/articles/${articleId}`, { token, body: { text }, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });
    // Another newsroom's key reads the article, so "not found" would send it looking for a wrong id: 403 says why.
    expect((await stack.request('GET', `/v1/articles/${articleId}`, { token: otherNewsroom })).status).toBe(200);
    const refused = await put(otherNewsroom, REV3);
    expect([refused.status, refused.body.message]).toEqual([403, expect.stringContaining('revises only the articles it submitted')]);
    // A key that reads only its own articles does not learn that this one exists.
    const restricted = await stack.request('POST', '/v1/api-keys', { body: { name: 'own-desk', ownArticlesOnly: true } });
    expect((await put(restricted.body.key as string, REV3)).status).toBe(404);
    // A reviewer revises only what they submitted: replacing a newsroom's text withdrew its claims, published ones too.
    const byReviewer = await put(reviewers[0].token, REV3);
    expect([byReviewer.status, byReviewer.body.message]).toEqual([403, expect.stringContaining('a reviewer revises only the articles they submitted')]);
    const revised = await put(newsroom, REV3, 'key-rev-3');
    expect(revised.status).toBe(202);
    expect(revised.body.revision).toBe(3);
    const article = await analysedAt(3);
    expect(claimByText(article, C3).id).toBe(ids.C);
    expect(article.claims).toHaveLength(7);
    const same = await put(newsroom, REV3, 'key-rev-3');
    expect(same.status).toBe(200);
    expect(same.body.revision).toBe(3);
  }, 60_000);

  it('reads every revision: the list with what each carried over, and an earlier one with its text and claims', async () => {
    const list = await stack.request('GET', `/v1/articles/${articleId}/revisions`, { token: newsroom });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: any) => [r.revision, r.reason, r.claimCount, r.carriedOver, r.added, r.withdrawn])).toEqual([
      [1, 'submitted', 7, 0, 7, 0],
      [2, 'revised', 7, 5, 2, 2],
      [3, 'revised', 7, 7, 0, 0],
    ]);
    // The list takes no paging: a limit is refused, not silently ignored.
    const paged = await stack.request('GET', `/v1/articles/${articleId}/revisions?limit=1`, { token: newsroom });
    expect(paged.status).toBe(400);
    expect(paged.body.message).toBe('this route takes no query parameters: limit');

    const first = await stack.request('GET', `/v1/articles/${articleId}?revision=1`, { token: newsroom });
    expect(first.status).toBe(200);
    expect(first.body).toEqual(expect.objectContaining({ id: articleId, revision: 3, shownRevision: 1, text: REV1, claimCount: 7 }));
    expect(first.body.claims.map((c: any) => c.id)).toEqual([ids.A, ids.C, ids.B, ids.D, ids.E, ids.G, ids.H]);
    for (const c of first.body.claims) expect(REV1.slice(c.start, c.end)).toBe(c.text);
    // Each with its review state now.
    expect(first.body.claims[2]).toEqual(expect.objectContaining({ status: 'withdrawn', withdrawnInRevision: 2 }));
    expect(first.body.claims[0]).toEqual(expect.objectContaining({ status: 'verdict', attributionVerdict: 'confirmed' }));
    expect(first.body.progress).toEqual(expect.objectContaining({ withdrawn: 2 }));

    const second = await stack.request('GET', `/v1/articles/${articleId}?revision=2&limit=2&offset=1`, { token: newsroom });
    expect(second.body.text).toBe(REV2);
    expect(second.body.claims.map((c: any) => c.text)).toEqual([A, C]);
    expect(second.body.claimsPage).toEqual({ total: 7, limit: 2, offset: 1 });
    // The latest revision's claims are the article's claims now.
    const third = await stack.request('GET', `/v1/articles/${articleId}?revision=3`, { token: newsroom });
    expect(third.body.shownRevision).toBe(3);
    const now = await stack.request('GET', `/v1/articles/${articleId}`, { token: newsroom });
    expect(third.body.claims.map((c: any) => [c.id, c.text, c.start, c.status])).toEqual(now.body.claims.map((c: any) => [c.id, c.text, c.start, c.status]));
    expect(third.body.claims).toHaveLength(7);
    expect((await stack.request('GET', `/v1/articles/${articleId}?revision=4`, { token: newsroom })).status).toBe(404);
    expect((await stack.request('GET', `/v1/articles/${articleId}?revision=0`, { token: newsroom })).status).toBe(400);
    expect((await stack.request('GET', `/v1/articles/${articleId}/revisions`, { token: otherNewsroom })).status).toBe(200);
  });

  it('re-analyses for editors after the outlet registry changed: graded claims keep their grades and sources, the others take the new sources', async () => {
    const outlet = await stack.request('POST', '/v1/outlets', { body: { slug: 'harbour-ledger', name: 'Harbour Ledger', type: 'newspaper' } });
    expect(outlet.status).toBe(201);
    const reanalyze = (token: string) => stack.request('POST', `/v1/articles/${articleId}/reanalyze`, { token });
    expect((await reanalyze(reviewers[0].token)).status).toBe(403);
    expect((await reanalyze(newsroom)).status).toBe(403);
    const before = (await stack.request('GET', `/v1/articles/${articleId}`)).body;

    const requested = await reanalyze(editor.token);
    expect(requested.status).toBe(202);
    expect(requested.body).toEqual({ id: articleId, status: 'received', revision: 3 });
    const article = await analysedAt(3, 2);
    expect(article.revision).toBe(3);
    expect(article.claims.map((c: any) => [c.id, c.status])).toEqual(before.claims.map((c: any) => [c.id, c.status]));

    const g = claimByText(article, G);
    expect(g).toEqual(expect.objectContaining({ id: ids.G, status: 'verdict', attributionVerdict: 'confirmed' }));
    expect(g.sources).toEqual(claimByText(before, G).sources); // graded: what the reviewer saw stays
    const h = claimByText(article, H);
    expect(h.sources).toEqual([expect.objectContaining({ name: 'Harbour Ledger', registered: true, outletId: outlet.body.id })]);
    expect(claimByText(before, H).sources[0].registered).toBe(false);
  }, 60_000);

  it('sends article.revised and claim.withdrawn to the endpoint, signed, in order', async () => {
    const handled = await waitFor('the revision events', () => {
      const revisedEvents = receiver.handled.filter((h) => h.event.type === 'article.revised');
      const withdrawn = receiver.handled.filter((h) => h.event.type === 'claim.withdrawn');
      const analyzed = receiver.handled.filter((h) => h.event.type === 'article.analyzed');
      return revisedEvents.length >= 2 && withdrawn.length >= 2 && analyzed.length >= 4 ? receiver.handled : undefined;
    });
    const revisedEvents = handled.filter((h) => h.event.type === 'article.revised').map((h) => h.event.data);
    expect(revisedEvents.map((d) => [d.articleId, d.previousRevision, d.revision])).toEqual([
      [articleId, 1, 2],
      [articleId, 2, 3],
    ]);
    expect(revisedEvents[0].article).toEqual(expect.objectContaining({ id: articleId, externalId: 'cms-4711', link: expect.stringContaining(`/v1/articles/${articleId}`) }));
    const withdrawn = handled.filter((h) => h.event.type === 'claim.withdrawn').map((h) => h.event.data);
    expect(withdrawn.map((d) => [d.claimId, d.revision, d.claim.status]).sort()).toEqual(
      [
        [ids.B, 2, 'withdrawn'],
        [ids.D, 2, 'withdrawn'],
      ].sort(),
    );
    expect(withdrawn.map((d) => d.from).sort()).toEqual(['verdict', 'verdict']);
    // Per article, in the order of the stream: the revision, then its analysis, then what it withdrew.
    const order = handled.map((h) => `${h.event.type}:${h.event.data.revision ?? ''}`);
    expect(order.indexOf('article.revised:2')).toBeLessThan(order.indexOf('article.analyzed:2'));
    expect(order.indexOf('article.analyzed:2')).toBeLessThan(order.indexOf('claim.withdrawn:2'));
    expect(handled.filter((h) => h.event.type === 'article.analyzed').map((h) => [h.event.data.revision, h.event.data.withdrawn])).toEqual([
      [1, 0],
      [2, 2],
      [3, 0],
      [3, 0],
    ]);
  }, 30_000);

  // A PUT that changed only the title made no revision, so its Idempotency-Key was stored nowhere: a late
  // retry ran again and set back the title a later PUT had set.
  it('answers a late retry of a request that only changed the title as before, without undoing a later change; the key with another body is refused', async () => {
    const text = 'Reuters reported that lead output fell 4 percent in 2023.';
    const first = await stack.request('POST', '/v1/articles', { token: newsroom, body: { text, title: 'Lead', externalId: 'cms-lead' } });
    expect(first.status).toBe(202);
    const id = first.body.id as string;
    await stack.waitForArticle(id, 30_000, newsroom);
    const put = (body: Record<string, unknown>, key: string) =>
      stack.request('PUT', `/v1/articles/${id}`, { token: newsroom, body, headers: { 'idempotency-key': key } });
    const title = async () => (await stack.request('GET', `/v1/articles/${id}`, { token: newsroom })).body.title;

    const x = await put({ text, title: 'Lead: X' }, 'retitle-1');
    expect([x.status, x.headers.get('idempotent-replayed'), x.body]).toEqual([200, null, { id, status: expect.any(String), revision: 1 }]);
    expect((await put({ text, title: 'Lead: Y' }, 'retitle-2')).status).toBe(200);
    const retry = await put({ text, title: 'Lead: X' }, 'retitle-1');
    expect([retry.status, retry.headers.get('idempotent-replayed'), retry.body]).toEqual([200, 'true', x.body]);
    expect(await title()).toBe('Lead: Y');
    // The key with another body, on any path: another title, a new text (a revision), a new article.
    const reused = [
      await put({ text, title: 'Lead: Z' }, 'retitle-1'),
      await put({ text: 'Reuters reported that lead output fell 5 percent in 2023.', title: 'Lead: X' }, 'retitle-1'),
      await stack.request('POST', '/v1/articles', { token: newsroom, body: { text: 'Bloomberg said tin prices rose.' }, headers: { 'idempotency-key': 'retitle-1' } }),
    ];
    expect(reused.map((r) => [r.status, r.body.message])).toEqual(
      Array(3).fill([422, 'Idempotency-Key was already used with a different request body; use a new key for new content']),
    );
    // The same body under that key on another article: that one is another article's key.
    const elsewhere = await stack.request('POST', '/v1/articles', { token: newsroom, body: { text: 'Bloomberg said zinc prices fell.' } });
    const moved = await stack.request('PUT', `/v1/articles/${elsewhere.body.id}`, { token: newsroom, body: { text, title: 'Lead: X' }, headers: { 'idempotency-key': 'retitle-1' } });
    expect([moved.status, moved.body.message]).toEqual([422, 'Idempotency-Key was already used for a different article; use a new key for new content']);
    expect(await title()).toBe('Lead: Y');
    const [row] = await stack.sql(`SELECT revision FROM articles WHERE id = $1`, [id]);
    expect(row.revision).toBe(1);
    expect(await stack.sql(`SELECT 1 FROM domain_events WHERE name = 'article.updated' AND article_id = $1`, [id])).toHaveLength(2);

    // A request that changed nothing keeps its key too, and so does the same text sent by externalId.
    expect((await put({ text, title: 'Lead: Y' }, 'retitle-3')).headers.get('idempotent-replayed')).toBe('true');
    const post = (title: string, key: string) =>
      stack.request('POST', '/v1/articles', { token: newsroom, body: { text, title, externalId: 'cms-lead' }, headers: { 'idempotency-key': key } });
    expect([(await post('Lead: V', 'retitle-4')).status, await title()]).toEqual([200, 'Lead: V']);
    expect((await put({ text, title: 'Lead: W' }, 'retitle-5')).status).toBe(200);
    for (const late of [await put({ text, title: 'Lead: Y' }, 'retitle-3'), await post('Lead: V', 'retitle-4')]) {
      expect([late.status, late.headers.get('idempotent-replayed'), late.body.id]).toEqual([200, 'true', id]);
    }
    expect(await title()).toBe('Lead: W');
  }, 60_000);

  it('answers requests sent at once with one key as one request, whichever table keeps the key', async () => {
    const text = 'Reuters reported that lead output fell 8 percent in 2024.';
    const first = await stack.request('POST', '/v1/articles', { token: newsroom, body: { text, title: 'Lead race' } });
    const id = first.body.id as string;
    await stack.waitForArticle(id, 30_000, newsroom);
    const put = (body: Record<string, unknown>, key: string) =>
      stack.request('PUT', `/v1/articles/${id}`, { token: newsroom, body, headers: { 'idempotency-key': key } });
    // Retitlings and new texts under one key, four of each: one body is the request (made once, then repeated),
    // the other a reuse of the key with another body.
    const bodies = [{ text, title: 'Lead race: retitled' }, { text: `${text} Output rose later.` }];
    const sent = await Promise.all([0, 1, 0, 1, 0, 1, 0, 1].map((i) => put(bodies[i], 'race-1')));
    const refused = sent.map((r) => r.status === 422);
    expect(refused).toEqual([0, 1, 0, 1, 0, 1, 0, 1].map((i) => refused[i]));
    expect(refused[0] !== refused[1]).toBe(true);
    const raced = [sent[0], sent[1]];
    // The same retitling three times at once: applied once, the others answered as its repeats.
    const same = await Promise.all([1, 2, 3].map(() => put({ text: raced[1].status === 422 ? text : `${text} Output rose later.`, title: 'Lead race: again' }, 'race-2')));
    expect(same.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(same.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    expect(await stack.sql(`SELECT 1 FROM domain_events WHERE name = 'article.updated' AND article_id = $1 AND payload->'changed' = '["title"]'`, [id])).toHaveLength(
      raced[1].status === 422 ? 2 : 1,
    );
    await stack.waitForArticle(id, 30_000, newsroom);
  }, 60_000);

  it('keeps each revision\'s own title: one sent without a title records the one it kept, and a later retitling leaves it', async () => {
    const first = await stack.request('POST', '/v1/articles', { body: { text: 'Reuters reported that tin output fell 4 percent in 2023.', title: 'Tin' } });
    expect(first.status).toBe(202);
    const id = first.body.id as string;
    await stack.waitForArticle(id);
    expect((await stack.request('PUT', `/v1/articles/${id}`, { body: { text: 'Reuters reported that tin output fell 5 percent in 2023.' } })).status).toBe(202);
    await stack.waitForArticle(id);
    expect((await stack.request('PUT', `/v1/articles/${id}`, { body: { text: 'Reuters reported that tin output fell 6 percent in 2023.', title: 'Tin, corrected' } })).status).toBe(202);
    await stack.waitForArticle(id);

    const revisions = (await stack.request('GET', `/v1/articles/${id}/revisions`)).body.items as Array<{ revision: number; title: string | null }>;
    expect(revisions.map((r) => [r.revision, r.title])).toEqual([[1, 'Tin'], [2, 'Tin'], [3, 'Tin, corrected']]);
    expect((await stack.request('GET', `/v1/articles/${id}?revision=2`)).body.title).toBe('Tin');
    expect((await stack.request('GET', `/v1/articles/${id}`)).body.title).toBe('Tin, corrected');
  }, 60_000);

  // A headline fixed in place (the current text again, with a title) changed the article and not its
  // revision: the list kept the old title, and once a later revision came, reading the earlier one
  // showed the article's newest title, one that revision never had.
  it('records a headline fixed in place as the current revision\'s title, and shows an untitled revision untitled', async () => {
    const first = await stack.request('POST', '/v1/articles', { body: { text: 'Reuters reported that zinc output fell 4 percent in 2023.' } });
    expect(first.status).toBe(202);
    const id = first.body.id as string;
    await stack.waitForArticle(id);
    const fixed = await stack.request('PUT', `/v1/articles/${id}`, { body: { text: 'Reuters reported that zinc output fell 4 percent in 2023.', title: 'Zinc' } });
    expect(fixed.status).toBe(200);
    const titles = async () =>
      ((await stack.request('GET', `/v1/articles/${id}/revisions`)).body.items as Array<{ revision: number; title: string | null }>).map((r) => [r.revision, r.title]);
    expect(await titles()).toEqual([[1, 'Zinc']]);
    expect((await stack.request('PUT', `/v1/articles/${id}`, { body: { text: 'Reuters reported that zinc output fell 5 percent in 2023.', title: 'Zinc, corrected' } })).status).toBe(202);
    await stack.waitForArticle(id);
    expect(await titles()).toEqual([[1, 'Zinc'], [2, 'Zinc, corrected']]);
    expect((await stack.request('GET', `/v1/articles/${id}?revision=1`)).body.title).toBe('Zinc');

    const untitled = await stack.request('POST', '/v1/articles', { body: { text: 'Reuters reported that nickel output fell 4 percent in 2023.' } });
    const other = untitled.body.id as string;
    await stack.waitForArticle(other);
    expect((await stack.request('PUT', `/v1/articles/${other}`, { body: { text: 'Reuters reported that nickel output fell 5 percent in 2023.', title: 'Nickel' } })).status).toBe(202);
    await stack.waitForArticle(other);
    expect((await stack.request('GET', `/v1/articles/${other}?revision=1`)).body.title).toBeNull();

    // A page's own title, found by its analysis, is its revision's.
    const html = '<html><head><title>Cobalt report</title></head><body><article><h1>Cobalt report</h1><p>Reuters reported that cobalt output fell 4 percent in 2023 across the region.</p></article></body></html>';
    const page = await stack.request('POST', '/v1/articles', { body: { html } });
    const paged = page.body.id as string;
    await stack.waitForArticle(paged);
    const pageTitle = (await stack.request('GET', `/v1/articles/${paged}`)).body.title as string;
    expect(pageTitle).toContain('Cobalt');
    expect((await stack.request('PUT', `/v1/articles/${paged}`, { body: { text: 'Reuters reported that cobalt output fell 5 percent in 2023.', title: 'Cobalt, corrected' } })).status).toBe(202);
    await stack.waitForArticle(paged);
    expect((await stack.request('GET', `/v1/articles/${paged}?revision=1`)).body.title).toBe(pageTitle);
  }, 60_000);

  // A CMS sends one body for its article, externalId included, to POST and to PUT alike; PUT refused
  // the externalId as an unknown property (400), so every revision by PUT needed a body of its own.
  it('takes a PUT carrying the article\'s own externalId as any revision, and refuses another externalId without revising', async () => {
    const body = (text: string, externalId = 'cms-tin') => ({ text, externalId, title: 'Tin' });
    const put = (id: string, text: string, externalId?: string) => stack.request('PUT', `/v1/articles/${id}`, { token: newsroom, body: body(text, externalId) });
    const first = await stack.request('POST', '/v1/articles', { token: newsroom, body: body('Reuters reported that tin output fell 4 percent in 2023.') });
    expect(first.status).toBe(202);
    const id = first.body.id as string;
    await stack.waitForArticle(id, 30_000, newsroom);
    const revised = await put(id, 'Reuters reported that tin output fell 5 percent in 2023.');
    expect([revised.status, revised.body.revision]).toEqual([202, 2]);
    await stack.waitForArticle(id, 30_000, newsroom);
    expect((await put(id, 'Reuters reported that tin output fell 5 percent in 2023.')).status).toBe(200);

    const mixedUp = await put(id, 'Bloomberg said copper prices rose.', 'cms-copper');
    expect([mixedUp.status, mixedUp.body.message]).toEqual([422, `externalId "cms-copper" is not article ${id}'s (its own is "cms-tin"); a revision keeps the article's externalId`]);
    const article = (await stack.request('GET', `/v1/articles/${id}`, { token: newsroom })).body;
    expect([article.revision, article.externalId, article.text]).toEqual([2, 'cms-tin', 'Reuters reported that tin output fell 5 percent in 2023.']);
  }, 60_000);

  // A newsroom rotating its key revoked it and made another: the new key was another submitter, so the
  // CMS's next correction by externalId made a second article (its claims reviewed again) and PUT was a 403.
  it('keeps a rolled API key the submitter of its articles: the new secret revises them by externalId and PUT, the old one is refused', async () => {
    const created = (await stack.request('POST', '/v1/api-keys', { body: { name: 'cms-rolled', scopes: ['articles:write', 'articles:read'] } })).body;
    const body = (percent: number) => ({ text: `Reuters reported that nickel output fell ${percent} percent in 2023.`, externalId: 'cms-nickel' });
    const first = await stack.request('POST', '/v1/articles', { token: created.key, body: body(4) });
    expect(first.status).toBe(202);
    await stack.waitForArticle(first.body.id, 30_000, created.key);

    const rolled = await stack.request('POST', `/v1/api-keys/${created.id}/roll`);
    expect(rolled.status).toBe(200);
    expect(rolled.body).toEqual(expect.objectContaining({ id: created.id, name: 'cms-rolled', scopes: ['articles:write', 'articles:read'], revokedAt: null }));
    expect(rolled.body.key).toMatch(/^ctk_/);
    expect(rolled.body.key).not.toBe(created.key);
    expect((await stack.request('GET', `/v1/articles/${first.body.id}`, { token: created.key })).status).toBe(401);

    const corrected = await stack.request('POST', '/v1/articles', { token: rolled.body.key, body: body(5) });
    expect([corrected.status, corrected.body.id, corrected.body.revision]).toEqual([202, first.body.id, 2]);
    await stack.waitForArticle(first.body.id, 30_000, rolled.body.key);
    const put = await stack.request('PUT', `/v1/articles/${first.body.id}`, { token: rolled.body.key, body: body(6) });
    expect([put.status, put.body.revision]).toEqual([202, 3]);
    await stack.waitForArticle(first.body.id, 30_000, rolled.body.key);

    expect((await stack.request('POST', `/v1/api-keys/${created.id}/revoke`)).status).toBe(200);
    const again = await stack.request('POST', `/v1/api-keys/${created.id}/roll`);
    expect([again.status, again.body.message]).toEqual([409, 'the API key is revoked; create a new one']);
  }, 60_000);

  it('shows and reports the text its claims were found in while a later revision is not analysed (here: it failed)', async () => {
    const text = 'Reuters reported that zinc output fell 4 percent in 2023. Copper prices rose, Bloomberg said on Friday.';
    const first = await stack.request('POST', '/v1/articles', { body: { text, title: 'Metals' } });
    const id = first.body.id as string;
    await stack.waitForArticle(id);
    // HTML with no article text: the revision fails (no_text) and the first revision's claims stand.
    expect((await stack.request('PUT', `/v1/articles/${id}`, { body: { html: '<p></p>' } })).status).toBe(202);
    expect((await stack.waitForArticle(id)).status).toBe('failed');

    const report = await stack.request('GET', `/v1/articles/${id}/report?format=json`);
    expect(report.status).toBe(200);
    expect(report.body.text).toBe(text);
    expect(report.body.claims.length).toBeGreaterThan(0);
    for (const c of report.body.claims) expect(report.body.text.slice(c.start, c.end)).toBe(c.text);
    const markdown = await stack.request('GET', `/v1/articles/${id}/report?format=md`);
    expect(markdown.body).toMatch(/\*\*[^*]*zinc output[^*]*\*\*\[\^1\]/);

    // The article shows the same: the revision its claims are of, with that revision's text.
    const article = (await stack.request('GET', `/v1/articles/${id}`)).body;
    expect(article).toEqual(expect.objectContaining({ revision: 2, status: 'failed', shownRevision: 1, text }));
    expect(article.claims.map((c: any) => c.id)).toEqual(report.body.claims.map((c: any) => c.id));
    for (const c of article.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    const asRevision1 = (await stack.request('GET', `/v1/articles/${id}?revision=1`)).body;
    expect(asRevision1).toEqual(expect.objectContaining({ shownRevision: 1, text }));
    expect(asRevision1.claims.map((c: any) => c.id)).toEqual(article.claims.map((c: any) => c.id));
    // The failed revision itself has no text its claims could point into, and no claims.
    const asRevision2 = (await stack.request('GET', `/v1/articles/${id}?revision=2`)).body;
    expect(asRevision2).toEqual(expect.objectContaining({ shownRevision: 2, text: null, claims: [] }));

    // A reviewer who leases one of its claims reads it in that text, and places a corrected source's cue in it.
    const reviewer = await createPerson(stack, 'reviewer');
    let leased = await next(stack, reviewer, 'source_check');
    for (let i = 0; i < 40 && leased.status === 200 && leased.body.article.id !== id; i++) {
      leased = await stack.request('POST', `/v1/review/source_check/next?skip=${leased.body.claim.id}`, { token: reviewer.token });
    }
    expect(leased.body.article).toEqual(expect.objectContaining({ id, text }));
    const cue = { start: text.lastIndexOf('Bloomberg'), end: text.lastIndexOf('Bloomberg') + 'Bloomberg'.length };
    const corrected = await stack.request('PUT', `/v1/claims/${leased.body.claim.id}/sources`, {
      token: reviewer.token,
      body: { sources: [{ role: 'original', name: 'Bloomberg', cue }], anonymous: false },
    });
    expect(corrected.status).toBe(200);
  }, 60_000);
  // Cues outside their claim (an inherited source's, in the sentence before; a reviewer's mark) were shifted by the
  // claim's own move: a sentence put between them moved them into other words, the sentence dropped put them at -141.
  it('keeps the marks of a graded claim on their words when the text around it changes, or drops what it cannot place', async () => {
    const cited = SOURCED_SENTENCE;
    const inherited = 'The power of the Russian satellite industry is estimated at approximately 2 billion dollars.';
    const first = await stack.request('POST', '/v1/articles', { body: { text: `${cited} ${inherited}` } });
    const id = first.body.id as string;
    await stack.waitForArticle(id);
    await waitUntilSettled(stack, id);
    const claimId = (await stack.request('GET', `/v1/articles/${id}/claims`)).body.find((c: any) => c.text === inherited).id as string;
    const engineCue = (await stack.request('GET', `/v1/claims/${claimId}`)).body.sources[0].cue;
    const cuedWords = `${cited} ${inherited}`.slice(engineCue.start, engineCue.end);
    expect(engineCue.end).toBeLessThan(cited.length);

    // First in line (other tests' claims wait at source_check too): the reviewer is handed this one.
    await stack.sql(`UPDATE claims SET checkworthiness = 1 WHERE id = $1`, [claimId]);
    const reviewer = await createPerson(stack, 'reviewer');
    expect((await next(stack, reviewer, 'source_check')).body.claim.id).toBe(claimId);
    const mark = { start: cited.indexOf('IA Fact'), end: cited.indexOf('IA Fact') + 'IA Fact'.length };
    const corrected = await stack.request('PUT', `/v1/claims/${claimId}/sources`, {
      token: reviewer.token,
      body: { sources: [{ role: 'original', name: 'The Wall Street Journal' }, { role: 'relay', name: 'IA Fact', cue: mark }], anonymous: false },
    });
    expect(corrected.status).toBe(200);
    expect((await grade(stack, reviewer, claimId, gradeFor('source_check'))).status).toBe(201);

    const between = 'Officials in Seoul declined to comment on the report on Tuesday evening.';
    const revised = `${cited} ${between} ${inherited}`;
    expect((await stack.request('PUT', `/v1/articles/${id}`, { body: { text: revised } })).status).toBe(202);
    await stack.waitForArticle(id);
    let claim = (await stack.request('GET', `/v1/claims/${claimId}`)).body;
    expect(claim.start).toBe(revised.indexOf(inherited));
    expect(revised.slice(claim.sources[0].cue.start, claim.sources[0].cue.end)).toBe(cuedWords);
    const relay = (c: any) => c.correction.sources.find((s: any) => s.name === 'IA Fact');
    expect(revised.slice(relay(claim).cue.start, relay(claim).cue.end)).toBe('IA Fact');

    // The sentence it cited is gone: nothing of the text marks it any more, and no mark points before the text.
    expect((await stack.request('PUT', `/v1/articles/${id}`, { body: { text: inherited } })).status).toBe(202);
    await stack.waitForArticle(id);
    claim = (await stack.request('GET', `/v1/claims/${claimId}`)).body;
    expect(claim.start).toBe(0);
    expect(claim.sources[0].cue.start).toBeGreaterThanOrEqual(0);
    expect(claim.sources[0].cue.end).toBeLessThanOrEqual(inherited.length);
    expect(relay(claim).cue).toBeNull();
  }, 60_000);

  it('draws re-analyses from the submission budget: each one runs the engine as a submission does', async () => {
    // A process whose submission budget is 2; the budget is counted in Redis, per caller, as the first process's.
    const strict = await stack.start({ APP_ROLE: 'api', RATE_LIMIT_SUBMIT_PER_CALLER: '2' });
    const busy = await createPerson(stack, 'editor', 'busy-editor');
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await stack.request('POST', `/v1/articles/${articleId}/reanalyze`, { token: busy.token, via: strict })).status);
    }
    // It was 202 or 409 every time: an editor could keep the engine busy past any budget.
    expect(statuses[2]).toBe(429);
    expect(statuses.slice(0, 2)).not.toContain(429);
    await stack.waitForArticle(articleId);
  }, 90_000);
});
