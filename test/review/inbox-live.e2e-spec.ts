import { jest } from '@jest/globals';
import { useStack } from '../support/stack.js';
import { REVIEW_ENV, SOURCED_SENTENCE, createPerson, next, seedArticle, submitAndRoute, waitUntilSettled, type Person } from '../support/review.js';
import { waitFor } from '../support/wait-for.js';
import { SseClient } from './support/sse.js';

// The inbox against the real service: live updates over server-sent events
// (resume, heartbeats, the per-person bound), the inbox's filters and
// full-text search, and merging a duplicate outlet.

const STREAMS_PER_USER = 2;

jest.setTimeout(60_000);

describe('inbox: live updates, filters, outlet merge', () => {
  const stack = useStack('inboxlive', {
    ...REVIEW_ENV,
    INBOX_STREAMS_PER_USER: String(STREAMS_PER_USER),
    INBOX_STREAM_HEARTBEAT_MS: '400',
  });
  let watcher: Person;
  let worker: Person;
  const open: SseClient[] = [];

  async function stream(who: Person, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = await SseClient.open(stack.api.baseUrl, who.token, headers);
    open.push(client);
    return client;
  }

  /**
   * `who` leases `claimId`: one live lease per person and stage, so a claim
   * ahead of it is skipped (handed back) until it comes.
   */
  async function take(who: Person, stage: string, claimId: string): Promise<void> {
    let held: string | undefined;
    await waitFor(`${who.email} to lease ${claimId}`, async () => {
      const skip = held && held !== claimId ? `?skip=${held}` : '';
      held = (await stack.request('POST', `/v1/review/${stage}/next${skip}`, { token: who.token })).body?.claim?.id;
      return held === claimId ? true : undefined;
    });
  }

  beforeAll(async () => {
    [watcher, worker] = await Promise.all([createPerson(stack, 'reviewer', 'watcher'), createPerson(stack, 'reviewer', 'worker')]);
  }, 90_000);

  afterEach(() => {
    open.splice(0).forEach((c) => c.close());
  });

  describe('GET /v1/queues/events', () => {
    it('tells an open inbox when someone else takes a claim, with only stages and claim ids', async () => {
      const { claimIds } = await seedArticle(stack, 1, { label: 'live' });
      await waitFor('the seeded claim in its inbox', async () => {
        const [row] = await stack.sql(`SELECT queued_at IS NOT NULL AS ready FROM claims WHERE id = $1`, [claimIds[0]]);
        return row?.ready ? true : undefined;
      });
      const live = await stream(watcher);
      expect(live.status).toBe(200);
      expect(live.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await live.waitForFrame((f) => f.event === 'ready');

      // Unsourced claims start at verdict. Take claims until ours comes (others may be ahead of it).
      await take(worker, 'verdict', claimIds[0]);
      const frame = await live.waitForFrame((f) => f.event === 'queues' && JSON.parse(f.data!).claimIds.includes(claimIds[0]));
      const data = JSON.parse(frame.data!) as Record<string, unknown>;
      expect(Object.keys(data).sort()).toEqual(['claimIds', 'stages']);
      expect(data['stages']).toContain('verdict');
      expect(frame.id).toMatch(/^v1:\d+:\d+$/);
    });

    // The stream writes its own headers: it said no-cache (a cache may keep it, asking first) and had no policy at all.
    it('answers with the cache rule and content security policy of every other /v1 answer', async () => {
      const live = await stream(watcher);
      const counts = await fetch(`${stack.api.baseUrl}/v1/queues`, { headers: { authorization: `Bearer ${watcher.token}` } });
      expect([live.status, counts.status]).toEqual([200, 200]);
      live.close();
      const rules = (headers: Headers) => [headers.get('cache-control')?.split(',')[0], headers.get('content-security-policy')];
      expect(rules(live.headers)).toEqual(rules(counts.headers));
      expect(rules(live.headers)).toEqual(['no-store', expect.stringContaining("default-src 'none'")]);
    });

    it('resumes after Last-Event-ID with what happened while the browser was away', async () => {
      const { claimIds } = await seedArticle(stack, 1, { label: 'resume' });
      const first = await stream(watcher);
      await first.waitForFrame((f) => f.event === 'ready');
      const lastId = first.lastId()!;
      first.close();

      // While nobody listens: the claim is routed and taken (by someone else than before).
      await take(await createPerson(stack, 'reviewer', 'worker'), 'verdict', claimIds[0]);
      const resumed = await stream(watcher, { 'last-event-id': lastId });
      expect(resumed.status).toBe(200);
      const frame = await resumed.waitForFrame((f) => f.event === 'queues' && JSON.parse(f.data!).claimIds.includes(claimIds[0]));
      expect(JSON.parse(frame.data!).stages).toContain('verdict');
    });

    it('starts now when Last-Event-ID is ahead of the stream (a restored database), instead of holding every event back', async () => {
      const { claimIds } = await seedArticle(stack, 1, { label: 'ahead' });
      const live = await stream(watcher, { 'last-event-id': 'v1:99999999999:0' });
      expect(live.status).toBe(200);
      await live.waitForFrame((f) => f.event === 'ready');
      await take(await createPerson(stack, 'reviewer', 'worker'), 'verdict', claimIds[0]);
      const frame = await live.waitForFrame((f) => f.event === 'queues' && JSON.parse(f.data!).claimIds.includes(claimIds[0]));
      expect(frame.id).toMatch(/^v1:\d+:\d+$/);
      expect(frame.id).not.toBe('v1:99999999999:0');
    });

    it('sends heartbeats, refuses a malformed Last-Event-ID, API keys and strangers', async () => {
      const live = await stream(watcher);
      await live.waitForFrame((f) => f.comment === 'heartbeat', 5_000);
      expect((await stream(watcher, { 'last-event-id': 'not-a-cursor' })).status).toBe(400);
      // Shaped like a cursor but past PostgreSQL's bigint: it was accepted, and every read of the stream then failed, for good.
      expect((await stream(watcher, { 'last-event-id': 'v1:1:9223372036854775808' })).status).toBe(400);
      expect((await SseClient.open(stack.api.baseUrl, await stack.createApiKey('sse'))).status).toBe(403);
      expect((await SseClient.open(stack.api.baseUrl, 'nonsense')).status).toBe(401);
    });

    // A stream was authorised once, at its start: it carried a signed-out person's inbox for up to
    // INBOX_STREAM_MAX_AGE_MS (10 minutes by default), and an editor's claim ids to a demoted reviewer.
    it('ends a stream at its next heartbeat once its viewer signs out, changes password or is given another role', async () => {
      const people = await Promise.all(['signout', 'password', 'demoted'].map((label) => createPerson(stack, 'editor', label)));
      const streams = await Promise.all(people.map((p) => stream(p)));
      const kept = await stream(watcher);
      await Promise.all([...streams, kept].map((s) => s.waitForFrame((f) => f.event === 'ready')));

      const [signedOut, changed, demoted] = people;
      // Signing out ends the token itself, whichever way it was sent (here the stream's bearer token, as a cookie).
      const signOut = { token: null, headers: { cookie: `claimtrail_session=${signedOut.token}`, 'x-claimtrail-csrf': '1' } };
      expect((await stack.request('DELETE', '/v1/auth/session', signOut)).status).toBe(204);
      expect((await stack.request('PUT', `/v1/users/${changed.id}/password`, { body: { password: 'a-new-password-for-e2e-9' } })).status).toBe(204);
      expect((await stack.request('PATCH', `/v1/users/${demoted.id}`, { body: { role: 'reviewer' } })).status).toBe(200);

      for (const ended of streams) {
        await ended.waitForFrame((f) => f.event === 'signed-out', 10_000);
        await waitFor('the server to end the stream', () => (ended.closedByServer ? true : undefined), 5_000);
      }
      const heartbeats = kept.frames.filter((f) => f.comment === 'heartbeat').length;
      await kept.waitForFrame((f) => f.comment === 'heartbeat', 5_000, kept.frames.length);
      expect(kept.frames.filter((f) => f.comment === 'heartbeat').length).toBeGreaterThan(heartbeats);
      expect(kept.closedByServer).toBe(false);
    });

    it('bounds the open streams per person and frees a slot when a stream is closed', async () => {
      const person = await createPerson(stack, 'reviewer', 'tabs');
      const tabs = [];
      for (let i = 0; i < STREAMS_PER_USER; i++) {
        const tab = await stream(person);
        expect(tab.status).toBe(200);
        await tab.waitForFrame((f) => f.event === 'ready');
        tabs.push(tab);
      }
      const refused = await stream(person);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('10');
      expect((await stream(watcher)).status).toBe(200); // the bound is per person
      tabs[0].close();
      await waitFor('the closed stream to free its slot', async () => {
        const again = await stream(person);
        return again.status === 200 ? again : undefined;
      }, 10_000, 200);
    });
  });

  describe('HEAD /v1/queues/events', () => {
    // Node drops every write to a HEAD response, headers included until the end, so a HEAD held a
    // stream slot and answered nothing at all until INBOX_STREAM_MAX_AGE_MS (10 minutes by default).
    it('answers at once with the stream\'s headers and no stream, holding no slot', async () => {
      const person = await createPerson(stack, 'reviewer', 'header-check');
      for (let i = 0; i < STREAMS_PER_USER + 1; i++) {
        const head = await fetch(`${stack.api.baseUrl}/v1/queues/events`, {
          method: 'HEAD',
          headers: { authorization: `Bearer ${person.token}` },
          signal: AbortSignal.timeout(5_000),
        });
        expect(head.status).toBe(200);
        expect(head.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      }
      const tab = await stream(person);
      expect(tab.status).toBe(200);
    });
  });

  describe('GET /v1/queues filters', () => {
    let sourced: { id: string; claims: Array<{ id: string; unsourced: boolean; sources: Array<{ outletId: string | null; name: string }> }> };
    let seeded: { articleId: string; claimIds: string[] };
    let wsjId: string;

    beforeAll(async () => {
      sourced = await submitAndRoute(stack, SOURCED_SENTENCE);
      seeded = await seedArticle(stack, 3, { label: 'filters' });
      await waitUntilSettled(stack, seeded.articleId);
      const wsj = sourced.claims[0].sources.find((s) => s.outletId && /Wall Street/.test(s.name));
      wsjId = wsj!.outletId!;
    }, 60_000);

    const queues = (who: Person, query: string) => stack.request('GET', `/v1/queues?${query}`, { token: who.token });
    const idsOf = (body: { claims: Array<{ id: string }> }) => body.claims.map((c) => c.id).sort();
    const inInboxAt = (body: { stages: Array<{ stage: string; waiting: number; leased: number }> }, stage: string) => {
      const row = body.stages.find((s) => s.stage === stage)!;
      return row.waiting + row.leased;
    };

    it('narrows counts and claims to one article', async () => {
      const res = await queues(watcher, `articleId=${seeded.articleId}&limit=200`);
      expect(res.status).toBe(200);
      expect(idsOf(res.body)).toEqual([...seeded.claimIds].sort());
      const inInbox = res.body.stages.reduce((n: number, s: { waiting: number; leased: number }) => n + s.waiting + s.leased, 0);
      expect(inInbox).toBe(3);
    });

    it('filters by cited outlet and by unsourced-only', async () => {
      const byOutlet = await queues(watcher, `outletId=${wsjId}&limit=200`);
      expect(idsOf(byOutlet.body)).toEqual([sourced.claims[0].id]);
      const unsourced = await queues(watcher, `unsourced=true&limit=200`);
      expect(unsourced.body.claims.every((c: { unsourced: boolean }) => c.unsourced)).toBe(true);
      expect(idsOf(unsourced.body)).toEqual(expect.arrayContaining(seeded.claimIds));
      expect(idsOf(unsourced.body)).not.toContain(sourced.claims[0].id);
    });

    it('searches the claims’ text in full (stemmed words, phrases)', async () => {
      const shells = await queues(watcher, `q=${encodeURIComponent('artillery shell')}&limit=200`);
      expect(idsOf(shells.body)).toEqual([sourced.claims[0].id]);
      expect(inInboxAt(shells.body, 'source_check')).toBe(1);
      const phrase = await queues(watcher, `q=${encodeURIComponent('"exports rose" filters')}&articleId=${seeded.articleId}&limit=200`);
      expect(idsOf(phrase.body)).toEqual([...seeded.claimIds].sort());
      expect((await queues(watcher, `q=${encodeURIComponent('zeppelin')}`)).body.claims).toEqual([]);
      expect(idsOf((await queues(watcher, `q=${encodeURIComponent('artillery -zeppelin')}`)).body)).toEqual([sourced.claims[0].id]);
      expect(idsOf((await queues(watcher, `q=${encodeURIComponent('zeppelin or shells')}`)).body)).toEqual([sourced.claims[0].id]);
      expect((await queues(watcher, `q=${encodeURIComponent('"shells artillery"')}`)).body.claims).toEqual([]);
      // Words the index leaves out (English stop words) are matched whole, in order, in the text.
      const stopWords = await queues(watcher, `q=${encodeURIComponent('more than')}&limit=200`);
      expect(idsOf(stopWords.body)).toEqual([sourced.claims[0].id]);
      expect(inInboxAt(stopWords.body, 'source_check')).toBe(1);
      expect((await queues(watcher, `q=${encodeURIComponent('than more')}`)).body.claims).toEqual([]);
      expect((await queues(watcher, `q=${encodeURIComponent('!!!')}`)).body.claims).toEqual([]);
      // Excluded, such words leave those claims out: `-"more than"` matched exactly the claims holding them.
      const everyClaim = idsOf((await queues(watcher, 'limit=200')).body);
      const excluded = await queues(watcher, `q=${encodeURIComponent('-"more than"')}&limit=200`);
      expect(everyClaim.length).toBeGreaterThan(1);
      expect(idsOf(excluded.body)).toEqual(everyClaim.filter((id) => id !== sourced.claims[0].id));
      expect(idsOf((await queues(watcher, `q=${encodeURIComponent('than -more')}&limit=200`)).body)).not.toContain(sourced.claims[0].id);
      // Beside words the index holds, too: `vaccine -WHO` (the organisation; "who" is a stop word) dropped the exclusion.
      expect((await queues(watcher, `q=${encodeURIComponent('artillery -"more than"')}&limit=200`)).body.claims).toEqual([]);
      expect(idsOf((await queues(watcher, `q=${encodeURIComponent('artillery -"less than"')}&limit=200`)).body)).toEqual([sourced.claims[0].id]);
      const [index] = await stack.sql(`SELECT indexdef FROM pg_indexes WHERE indexname = 'claim_search_idx'`);
      expect(index.indexdef).toMatch(/USING gin \(search\)/);
    });

    it('lists the claims I hold now, and counts them per stage', async () => {
      const holder = await createPerson(stack, 'reviewer', 'holder');
      const taken = await next(stack, holder, 'source_check');
      expect(taken.status).toBe(200);
      const mine = await queues(holder, 'mine=true');
      expect(idsOf(mine.body)).toEqual([taken.body.claim.id]);
      expect(mine.body.claims[0]).toMatchObject({ mine: true, leased: true, stage: 'source_check' });
      expect(mine.body.claims[0].leaseExpiresAt).toEqual(expect.any(String));
      expect(mine.body.stages.find((s: { stage: string }) => s.stage === 'source_check').held).toBe(1);
      // Someone else sees it leased, not theirs, without the lease's end.
      const other = await queues(watcher, `articleId=${taken.body.claim.articleId}&limit=200`);
      expect(other.body.claims.find((c: { id: string }) => c.id === taken.body.claim.id)).toMatchObject({ mine: false, leased: true, leaseExpiresAt: null });
      expect((await queues(watcher, 'mine=true')).body.claims).toEqual([]);
    });

    it('refuses malformed filters with a message', async () => {
      const bad = await queues(watcher, 'articleId=nope');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toMatch(/articleId must be a UUID/);
      expect((await queues(watcher, `q=${'x'.repeat(201)}`)).status).toBe(400);
      expect((await queues(watcher, 'unsourced=maybe')).status).toBe(400);
    });
  });

  describe('POST /v1/outlets/:id/merge', () => {
    it('moves the duplicate’s names, domains and cited claims to the outlet, audited and announced', async () => {
      const article = await submitAndRoute(stack, SOURCED_SENTENCE.replace('last year', 'in 2023'));
      const cited = article.claims[0].sources.find((s: { outletId: string | null; name: string }) => s.outletId && /Wall Street/.test(s.name));
      const duplicate = (await stack.request('GET', `/v1/outlets/${cited.outletId}`)).body;
      const created = await stack.request('POST', '/v1/outlets', {
        body: { slug: 'wsj-merged', name: 'WSJ Merged Target', type: 'magazine', domains: ['wsj-target.example'] },
      });
      expect(created.status).toBe(201);
      const target = created.body;

      // A reviewer's correction naming the duplicate (as PUT /v1/claims/:id/sources stores it).
      await stack.sql(
        `INSERT INTO source_corrections (claim_id, article_id, round, actor_id, anonymous, sources)
         SELECT c.id, c.article_id, c.round, u.id, false, $2::jsonb FROM claims c, users u WHERE c.id = $1 AND u.role = 'admin' LIMIT 1`,
        [article.claims[0].id, JSON.stringify([{ role: 'original', name: duplicate.name, outletId: duplicate.id, registered: true, type: duplicate.type }])],
      );
      // The duplicate came from the registry queue: its accepted name links it.
      await stack.sql(`INSERT INTO outlet_proposals (key, name, status, outlet_id) VALUES ('wsj queued', 'WSJ Queued', 'accepted', $1)`, [duplicate.id]);
      const merged = await stack.request('POST', `/v1/outlets/${target.id}/merge`, { body: { duplicateId: duplicate.id } });
      expect(merged.status).toBe(200);
      // The accepted name follows the outlet (it was unlinked: outletId null, an accepted name with no outlet).
      expect(await stack.sql(`SELECT outlet_id FROM outlet_proposals WHERE key = 'wsj queued'`)).toEqual([{ outlet_id: target.id }]);
      expect(merged.body.claimSourcesMoved).toBeGreaterThanOrEqual(1);
      expect(merged.body.outlet.aliases).toEqual(expect.arrayContaining([duplicate.name, ...duplicate.aliases]));
      expect(merged.body.outlet.abbreviations).toEqual(expect.arrayContaining(duplicate.abbreviations));
      expect(merged.body.outlet.domains).toEqual(expect.arrayContaining(['wsj-target.example', ...duplicate.domains]));

      expect((await stack.request('GET', `/v1/outlets/${duplicate.id}`)).status).toBe(404);
      // The sources that cited the duplicate cite the outlet, by its name and type: they named a deleted
      // outlet (in ClaimReview, reports and webhooks) and counted under its type in the accuracy report.
      const claim = (await stack.request('GET', `/v1/claims/${article.claims[0].id}`)).body;
      const source = claim.sources.find((s: { outletId: string | null }) => s.outletId === target.id);
      expect(source).toEqual(expect.objectContaining({ name: 'WSJ Merged Target', type: 'magazine', role: cited.role }));
      expect(claim.sources.map((s: { name: string }) => s.name)).not.toContain(cited.name);
      const [left] = await stack.sql(`SELECT count(*)::int AS n FROM claim_sources WHERE outlet_id = $1`, [duplicate.id]);
      expect(left.n).toBe(0);
      const [corrected] = await stack.sql(`SELECT outlet_id, name, type FROM attributed_sources WHERE claim_id = $1`, [article.claims[0].id]);
      expect(corrected).toEqual({ outlet_id: target.id, name: 'WSJ Merged Target', type: 'magazine' });

      const audit = await stack.sql(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'outlet.merged'`, [target.id]);
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ mergedOutletId: duplicate.id });
      const events = await stack.sql(`SELECT payload FROM domain_events WHERE name = 'outlet.merged'`);
      expect(events.map((e) => e.payload)).toContainEqual(expect.objectContaining({ outletId: target.id, mergedOutletId: duplicate.id }));

      // The engine's registry follows: the duplicate's abbreviation now names the outlet.
      const later = await submitAndRoute(stack, 'According to the WSJ, the port handled a record 4.1 million containers in March.');
      const laterSource = later.claims.flatMap((c: { sources: Array<{ outletId: string | null }> }) => c.sources).find((s: { outletId: string | null }) => s.outletId);
      expect(laterSource?.outletId).toBe(target.id);
    }, 90_000);

    it('keeps a merged-away or re-slugged seed outlet away when another process starts (the seed brought it back)', async () => {
      const seeded = async (slug: string) => (await stack.sql(`SELECT id, name FROM outlets WHERE slug = $1`, [slug]))[0];
      // The merge above deleted the seeded Wall Street Journal; an admin gives Reuters a slug of their own.
      expect(await seeded('wall-street-journal')).toBeUndefined();
      const reuters = await seeded('reuters');
      expect((await stack.request('PATCH', `/v1/outlets/${reuters.id}`, { body: { slug: 'reuters-wire' } })).status).toBe(200);

      // Another process starting (a restart, a deploy, one more worker) seeds the registry again.
      await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      expect(await seeded('wall-street-journal')).toBeUndefined();
      expect(await seeded('reuters')).toBeUndefined();
      const answering = await stack.sql(`SELECT slug FROM outlets WHERE name = 'Reuters' OR 'Reuters' = ANY (aliases) ORDER BY slug`);
      expect(answering).toEqual([{ slug: 'reuters-wire' }]);
    }, 60_000);

    it('refuses merging an outlet into itself, and unknown outlets', async () => {
      const [any] = (await stack.request('GET', '/v1/outlets?limit=1')).body.items;
      const self = await stack.request('POST', `/v1/outlets/${any.id}/merge`, { body: { duplicateId: any.id } });
      expect(self.status).toBe(400);
      const unknown = await stack.request('POST', `/v1/outlets/${any.id}/merge`, { body: { duplicateId: '00000000-0000-4000-8000-000000000001' } });
      expect(unknown.status).toBe(404);
      expect((await stack.request('POST', `/v1/outlets/${any.id}/merge`, { body: { duplicateId: 'x' } })).status).toBe(400);
    });

    it('leaves a claim that cited both outlets citing the outlet once, as the original', async () => {
      // The first merge made "WSJ Merged Target" answer to The Wall Street Journal's names; IA Fact, which relays it
      // here, joins the registry.
      const added = await stack.request('POST', '/v1/outlets', { body: { slug: 'ia-fact', name: 'IA Fact', type: 'news-agency' } });
      expect(added.status).toBe(201);
      const article = await submitAndRoute(stack, SOURCED_SENTENCE.replace('last year', 'in 2022'));
      const claimId = article.claims[0].id;
      const chain = article.claims[0].sources.map((s: { name: string; role: string }) => [s.name, s.role]);
      expect(chain).toEqual(expect.arrayContaining([['IA Fact', 'relay'], ['WSJ Merged Target', 'original']]));
      const relay = article.claims[0].sources.find((s: { name: string }) => s.name === 'IA Fact');
      const original = article.claims[0].sources.find((s: { name: string }) => s.name === 'WSJ Merged Target');
      // A reviewer's correction keeping that chain (as PUT /v1/claims/:id/sources stores it).
      await stack.sql(
        `INSERT INTO source_corrections (claim_id, article_id, round, actor_id, anonymous, sources)
         SELECT c.id, c.article_id, c.round, u.id, false, $2::jsonb FROM claims c, users u WHERE c.id = $1 AND u.role = 'admin' LIMIT 1`,
        [
          claimId,
          JSON.stringify([
            { role: 'relay', name: relay.name, outletId: relay.outletId, registered: true, type: relay.type },
            { role: 'original', name: original.name, outletId: original.outletId, registered: true, type: original.type },
          ]),
        ],
      );

      // IA Fact turns out to be the same outlet: a relay of itself is no relay.
      const merged = await stack.request('POST', `/v1/outlets/${original.outletId}/merge`, { body: { duplicateId: relay.outletId } });
      expect([merged.status, merged.body.message]).toEqual([200, undefined]);
      const claim = (await stack.request('GET', `/v1/claims/${claimId}`)).body;
      expect(claim.sources.filter((s: { outletId: string | null }) => s.outletId === original.outletId).map((s: { role: string }) => s.role)).toEqual(['original']);
      const [correction] = await stack.sql(`SELECT sources FROM source_corrections WHERE claim_id = $1`, [claimId]);
      expect(correction.sources).toEqual([expect.objectContaining({ outletId: original.outletId, role: 'original' })]);
      const attributed = await stack.sql(`SELECT outlet_id, role FROM attributed_sources WHERE claim_id = $1`, [claimId]);
      expect(attributed).toEqual([{ outlet_id: original.outletId, role: 'original' }]);
    }, 60_000);
  });
});
