import { REVIEW_ENV, TWO_CLAIM_ARTICLE, createPerson, grade, gradeFor, next, submitAndRoute, type Person } from '../support/review.js';
import { useStack, type Stack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

const put = (stack: Stack, who: Person, claimId: string, body: unknown) =>
  stack.request('PUT', `/v1/claims/${claimId}/sources`, { token: who.token, body });

/**
 * Reviewers correcting what the engine found: only under a live source_check
 * lease, the engine's sources kept, an audit and a domain event, track
 * records and the engine's measured accuracy following the correction; names
 * proposed for the registry and decided on by an admin.
 */
describe('attribution corrections', () => {
  const stack = useStack('corrections', REVIEW_ENV);
  let holder: Person;
  let other: Person;
  let verdictReviewer: Person;
  let editor: Person;
  let article: any;
  let claim: any;
  let outlets: Record<string, string>;
  /** The article's leased source_check claims that the inbox, filtered by the outlet, counts for `who`. */
  const leasedCiting = async (who: Person, outletId: string) => {
    const res = await stack.request('GET', `/v1/queues?articleId=${article.id}&outletId=${outletId}`, { token: who.token });
    return res.body.stages.find((s: any) => s.stage === 'source_check').leased;
  };

  beforeAll(async () => {
    [holder, other, verdictReviewer, editor] = await Promise.all([
      createPerson(stack, 'reviewer'),
      createPerson(stack, 'reviewer'),
      createPerson(stack, 'reviewer'),
      createPerson(stack, 'editor'),
    ]);
    article = await submitAndRoute(stack, TWO_CLAIM_ARTICLE);
    outlets = {};
    for (const q of ['Wall Street Journal', 'Reuters', 'Associated Press']) {
      const [found] = (await stack.request('GET', `/v1/outlets?q=${encodeURIComponent(q)}`)).body.items;
      outlets[q] = found.id;
    }
    // The holder leases the IA Fact claim; the other reviewer holds the rest of source_check.
    const target = article.claims.find((c: any) => c.text.startsWith('IA Fact'));
    for (const who of [holder, other]) {
      const res = await next(stack, who, 'source_check');
      expect(res.status).toBe(200);
      if (res.body.claim.id === target.id && who !== holder) [holder, other] = [other, holder];
    }
    claim = (await stack.request('GET', `/v1/claims/${target.id}`)).body;
  }, 90_000);

  it('starts from the engine’s chain: IA Fact relaying The Wall Street Journal, no correction', () => {
    expect(claim.sources.map((s: any) => [s.name, s.role, s.registered])).toEqual([
      ['The Wall Street Journal', 'original', true],
      ['IA Fact', 'relay', false],
    ]);
    expect(claim.correction).toBeNull();
  });

  it('refuses a chain that cannot be, saying what is wrong', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ sources: [{ role: 'original', outletId: outlets['Reuters'], name: 'Reuters' }], anonymous: false }, /either outletId or a non-empty name/],
      [{ sources: [{ role: 'original', name: '   ' }], anonymous: false }, /^sources\[0\]\.name must not be blank$/],
      // Shown to later reviewers and the registry queue as sent: a name reading backwards, or over two lines.
      [{ sources: [{ role: 'original', name: '\u202eLATIGID' }], anonymous: false }, /sources\[0\]\.name must be one line of text/],
      [{ sources: [{ role: 'original', name: 'Reuters\u001b[2J' }], anonymous: false }, /sources\[0\]\.name must be one line of text/],
      [{ sources: [{ role: 'original', outletId: '00000000-0000-4000-8000-000000000000' }], anonymous: false }, /no outlet .* in the registry/],
      [{ sources: [{ role: 'relay', name: 'IA Fact' }], anonymous: false }, /a relay needs an original/],
      [{ sources: [{ role: 'original', name: 'Reuters' }, { role: 'relay', outletId: outlets['Reuters'] }], anonymous: false }, /twice/],
      [{ sources: [{ role: 'original', name: 'IA Fact', cue: { start: 5, end: 100_000 } }], anonymous: false }, /cue must lie within the article text/],
      [{ sources: [{ role: 'boss', name: 'IA Fact' }], anonymous: false }, /role must be one of/],
      [{ sources: [] }, /anonymous/],
      // Null is no way to leave a field out: it answered "no outlet null in the registry".
      [{ sources: [{ role: 'original', outletId: null, name: null }], anonymous: false }, /^sources\[0\]\.outletId must not be null; sources\[0\]\.name must not be null$/],
      [{ sources: [{ role: 'original', name: 'IA Fact', cue: null }], anonymous: false }, /^sources\[0\]\.cue must not be null$/],
    ];
    for (const [body, message] of cases) {
      const res = await put(stack, holder, claim.id, body);
      expect([JSON.stringify(body), res.status, String(res.body.message)]).toEqual([JSON.stringify(body), 400, expect.stringMatching(message)]);
    }
    const [{ n }] = await stack.sql(`SELECT count(*)::int AS n FROM source_corrections`);
    expect(n).toBe(0);
  });

  it('answers 409 to anyone but the lease holder and 404 for an unknown claim', async () => {
    const body = { sources: [{ role: 'original', outletId: outlets['Reuters'] }], anonymous: false };
    expect((await put(stack, other, claim.id, body)).status).toBe(409);
    expect((await put(stack, editor, claim.id, body)).status).toBe(409);
    expect((await put(stack, holder, '00000000-0000-4000-8000-000000000000', body)).status).toBe(404);
    const [{ n }] = await stack.sql(`SELECT count(*)::int AS n FROM source_corrections`);
    expect(n).toBe(0);
  });

  it('swaps original and relay for the holder, keeping the engine’s version, with an audit event and a domain event', async () => {
    const swapped = {
      sources: [
        { role: 'relay', outletId: outlets['Wall Street Journal'] },
        { role: 'original', name: 'IA Fact' },
      ],
      anonymous: false,
      note: 'The Journal cites IA Fact, not the other way round',
    };
    const res = await put(stack, holder, claim.id, swapped);
    expect(res.status).toBe(200);
    expect(res.body.sources.map((s: any) => [s.name, s.role, s.registered])).toEqual([
      ['The Wall Street Journal', 'relay', true],
      ['IA Fact', 'original', false],
    ]);
    // Read by its author: a correction, part of the grade, is blind to everyone else while the round is open.
    const after = (await stack.request('GET', `/v1/claims/${claim.id}`, { token: holder.token })).body;
    expect(after.sources).toEqual(claim.sources); // the engine's version, untouched
    expect((await stack.request('GET', `/v1/claims/${claim.id}`)).body.correction).toBeNull();
    expect(after.correction).toEqual(expect.objectContaining({ id: res.body.id, actorId: holder.id, note: swapped.note }));

    const events = await stack.sql(`SELECT payload, actor_id FROM domain_events WHERE name = 'claim.sources_corrected' AND claim_id = $1`, [claim.id]);
    expect(events).toEqual([{ actor_id: holder.id, payload: { claimId: claim.id, articleId: article.id, actorId: holder.id, correctionId: res.body.id } }]);
    const history = (await stack.request('GET', `/v1/claims/${claim.id}/history`, { token: holder.token })).body;
    const audit = history.find((e: any) => e.action === 'claim.sources_corrected');
    expect(audit).toBeDefined();
    expect(audit.before.sources.map((s: any) => [s.name, s.role])).toEqual([['The Wall Street Journal', 'original'], ['IA Fact', 'relay']]);

    // The same chain again (a retried request) changes nothing.
    expect((await put(stack, holder, claim.id, swapped)).body.id).toBe(res.body.id);
    const [{ n }] = await stack.sql(`SELECT count(*)::int AS n FROM source_corrections WHERE claim_id = $1`, [claim.id]);
    expect(n).toBe(1);
  });

  it('changes a source to another registry outlet, adds one from its span in the article, marks the claim anonymous', async () => {
    const span = { start: TWO_CLAIM_ARTICLE.indexOf('IA Fact'), end: TWO_CLAIM_ARTICLE.indexOf('IA Fact') + 'IA Fact'.length };
    const res = await put(stack, holder, claim.id, {
      sources: [
        { role: 'relay', name: 'IA Fact', cue: span },
        { role: 'original', outletId: outlets['Reuters'] },
        { role: 'original', name: 'AP' }, // an abbreviation the registry knows
      ],
      anonymous: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.anonymous).toBe(true);
    expect(res.body.sources).toEqual([
      expect.objectContaining({ name: 'IA Fact', role: 'relay', registered: false, outletId: null, cue: span }),
      expect.objectContaining({ role: 'original', registered: true, outletId: outlets['Reuters'], cue: null }),
      expect.objectContaining({ role: 'original', registered: true, outletId: outlets['Associated Press'] }),
    ]);
    // The inbox filtered by an outlet the correction added finds the claim for its author, and for
    // nobody else while the round is open (blind grading).
    expect(await leasedCiting(holder, outlets['Associated Press'])).toBe(1);
    expect(await leasedCiting(other, outlets['Associated Press'])).toBe(0);
    // Removing a wrong one: the chain is sent without it.
    const removed = await put(stack, holder, claim.id, {
      sources: [{ role: 'relay', name: 'IA Fact', cue: span }, { role: 'original', outletId: outlets['Reuters'] }],
      anonymous: false,
    });
    expect(removed.status).toBe(200);
    expect((await stack.request('GET', `/v1/claims/${claim.id}`, { token: holder.token })).body.correction.sources.map((s: any) => s.outletId)).toEqual([null, outlets['Reuters']]);
  });

  it('answers a resent correction with 409, not as a replay, once another reviewer corrected the sources since', async () => {
    const span = { start: TWO_CLAIM_ARTICLE.indexOf('IA Fact'), end: TWO_CLAIM_ARTICLE.indexOf('IA Fact') + 'IA Fact'.length };
    const mine = { sources: [{ role: 'relay', name: 'IA Fact', cue: span }, { role: 'original', outletId: outlets['Reuters'] }], anonymous: false };
    const leaseTo = (who: Person) => stack.sql(`UPDATE claims SET lease_holder = $2 WHERE id = $1`, [claim.id, who.id]);
    await leaseTo(other);
    const theirs = await put(stack, other, claim.id, { ...mine, sources: [mine.sources[0], { role: 'original', outletId: outlets['Associated Press'] }] });
    expect(theirs.status).toBe(200);
    const resent = await put(stack, holder, claim.id, mine);
    expect(resent.status).toBe(409);
    expect(resent.body.message).toMatch(/corrected again since by another reviewer/);
    // With the lease back, the same chain is a new correction that stands again.
    await leaseTo(holder);
    const again = await put(stack, holder, claim.id, mine);
    expect(again.status).toBe(200);
    expect(again.body.id).not.toBe(theirs.body.id);
  });

  it('refuses a correction once the claim has left source_check, but answers a retry of the last one', async () => {
    expect((await grade(stack, holder, claim.id, gradeFor('source_check'))).status).toBe(201);
    await waitFor('the claim to reach verdict', async () => ((await stack.request('GET', `/v1/claims/${claim.id}`)).body.status === 'verdict' ? true : undefined));
    const last = (await stack.request('GET', `/v1/claims/${claim.id}`)).body.correction;
    const retried = await put(stack, holder, claim.id, {
      sources: [{ role: 'relay', name: 'IA Fact', cue: last.sources[0].cue }, { role: 'original', outletId: outlets['Reuters'] }],
      anonymous: false,
    });
    expect([retried.status, retried.body.id]).toEqual([200, last.id]);
    const late = await put(stack, holder, claim.id, { sources: [], anonymous: true });
    expect([late.status, late.body.message]).toEqual([409, 'claim is at stage verdict, not source_check']);
  });

  it('filters the inbox and next by the corrected sources once the round is closed, not the engine’s', async () => {
    // At verdict the claim cites Reuters (corrected) and IA Fact, no longer The Wall Street Journal (the engine's).
    const inbox = async (outletId: string) =>
      (await stack.request('GET', `/v1/queues?articleId=${article.id}&outletId=${outletId}`, { token: verdictReviewer.token })).body;
    const byReuters = await inbox(outlets['Reuters']);
    expect(byReuters.stages.find((s: any) => s.stage === 'verdict').waiting).toBe(1);
    expect(byReuters.claims.map((c: any) => c.id)).toContain(claim.id);
    const byJournal = await inbox(outlets['Wall Street Journal']);
    expect(byJournal.stages.find((s: any) => s.stage === 'verdict').waiting).toBe(0);
    expect(byJournal.claims).toEqual([]);
    // The article list too: the article cites the Journal no more, for a person or an API key (a closed round).
    const apiKey = await stack.createApiKey('corrections reader');
    for (const token of [verdictReviewer.token, apiKey]) {
      const list = async (outletId: string) =>
        (await stack.request('GET', `/v1/articles?outletId=${outletId}&limit=200`, { token })).body.items.map((a: any) => a.id);
      expect(await list(outlets['Reuters'])).toContain(article.id);
      expect(await list(outlets['Wall Street Journal'])).not.toContain(article.id);
    }
    const take = (outletId: string) => stack.request('POST', `/v1/review/verdict/next?outletId=${outletId}`, { token: verdictReviewer.token });
    expect((await take(outlets['Wall Street Journal'])).status).toBe(204);
    const taken = await take(outlets['Reuters']);
    expect([taken.status, taken.body.claim?.id]).toEqual([200, claim.id]);
  });

  it('counts the corrected attribution in track records once the claim is published', async () => {
    const v = await next(stack, verdictReviewer, 'verdict');
    expect(v.body.claim.id).toBe(claim.id);
    // The verdict stage sees the corrected outlet's track record in the context.
    expect(v.body.claim.context.outlets.map((o: any) => o.outletId)).toEqual([outlets['Reuters']]);
    expect((await grade(stack, verdictReviewer, claim.id, gradeFor('verdict'))).status).toBe(201);
    await waitFor('approval', async () => ((await next(stack, editor, 'approval')).status === 200 ? true : undefined));
    expect((await grade(stack, editor, claim.id, gradeFor('approval'))).status).toBe(201);
    await waitFor('publication', async () => ((await stack.request('GET', `/v1/claims/${claim.id}`)).body.status === 'published' ? true : undefined));

    const record = async (name: string) => (await stack.request('GET', `/v1/outlets/${outlets[name]}/record`)).body;
    expect((await record('Reuters')).asOriginal).toEqual(expect.objectContaining({ claims: 1, attributionVerdicts: expect.objectContaining({ confirmed: 1 }) }));
    const wsj = await record('Wall Street Journal');
    expect([wsj.asOriginal.claims, wsj.asRelay.claims]).toEqual([0, 0]);
    // What is published names the corrected original source.
    const published = (await stack.request('GET', `/v1/claims/${claim.id}/claimreview`)).body;
    expect(published.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Reuters' });
  }, 60_000);

  it('measures the engine’s precision and recall per outlet type from the corrections', async () => {
    const res = await stack.request('GET', '/v1/analysis/accuracy', { token: editor.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ claimsChecked: 1, claimsCorrected: 1 }));
    // Engine: IA Fact (relay), WSJ (original). Reviewers: IA Fact (relay), Reuters (original).
    expect(res.body.overall).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    // The engine guesses IA Fact is a news agency, as Reuters is: that type kept one source and missed one.
    expect(claim.sources.find((s: any) => s.name === 'IA Fact').type).toBe('news-agency');
    expect(res.body.byType).toEqual([
      { type: 'news-agency', truePositives: 1, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0.5 },
      { type: 'newspaper', truePositives: 0, falsePositives: 1, falseNegatives: 0, precision: 0, recall: null },
    ]);

    const past = await stack.request('GET', '/v1/analysis/accuracy?from=2020-01-01&to=2020-02-01', { token: editor.token });
    expect([past.status, past.body.claimsChecked, past.body.overall.precision]).toEqual([200, 0, null]);
    const backwards = await stack.request('GET', '/v1/analysis/accuracy?from=2026-02-01&to=2026-01-01', { token: editor.token });
    expect([backwards.status, backwards.body.message]).toEqual([400, 'from must be before to']);
    // It said "from must be before to" of a `to` never sent (it defaults to now).
    const future = await stack.request('GET', '/v1/analysis/accuracy?from=9999-01-01', { token: editor.token });
    expect([future.status, future.body.message]).toEqual([400, 'from must be in the past (to, not given, is now)']);
    expect((await stack.request('GET', '/v1/analysis/accuracy?from=yesterday', { token: editor.token })).status).toBe(400);
    const sinceYearOne = await stack.request('GET', '/v1/analysis/accuracy?from=0001-01-01', { token: editor.token });
    expect([sinceYearOne.status, sinceYearOne.body.from, sinceYearOne.body.claimsChecked]).toEqual([200, '0001-01-01T00:00:00.000Z', 1]);
    const yearZero = await stack.request('GET', '/v1/analysis/accuracy?from=0000-12-31', { token: editor.token });
    expect([yearZero.status, yearZero.body.message]).toEqual([400, 'from must be between 0001-01-01 and 9999-12-31']);
  });

  it('queues names from the engine and from reviewers; an admin rejects one and accepts another with its aliases', async () => {
    const first = await stack.request('POST', '/v1/outlet-proposals', { token: holder.token, body: { name: 'IA Fact', claimId: claim.id } });
    expect([first.status, first.body.proposedBy]).toEqual([201, [holder.email]]);
    const again = await stack.request('POST', '/v1/outlet-proposals', { token: other.token, body: { name: 'IA  fact' } });
    expect([again.status, again.body.proposedBy.sort()]).toEqual([200, [holder.email, other.email].sort()]);
    expect((await stack.request('POST', '/v1/outlet-proposals', { token: other.token, body: { name: 'The Wall Street Journal' } })).status).toBe(409);
    expect((await stack.request('POST', '/v1/outlet-proposals', { token: other.token, body: { name: 'Rajin Port Gazette' } })).status).toBe(201);

    const queue = (await stack.request('GET', '/v1/outlet-proposals')).body.items;
    const ia = queue.find((e: any) => e.name === 'IA Fact');
    expect(ia).toEqual(expect.objectContaining({ status: 'pending', engineArticles: 1 }));
    expect(ia.proposedBy).toHaveLength(2);
    expect(queue.map((e: any) => e.name)).toContain('Rajin Port Gazette');

    expect((await stack.request('POST', '/v1/outlet-proposals/reject', { body: { name: 'Rajin Port Gazette', note: 'not an outlet' } })).status).toBe(204);
    expect((await stack.request('POST', '/v1/outlet-proposals', { token: other.token, body: { name: 'Rajin Port Gazette' } })).status).toBe(409);

    const accepted = await stack.request('POST', '/v1/outlet-proposals/accept', {
      body: { proposedName: 'IA Fact', slug: 'ia-fact', name: 'Intelligence Agency Fact', type: 'online-outlet', aliases: ['IAF Online'] },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.aliases).toEqual(['IAF Online', 'IA Fact']);
    // The claim already citing IA Fact cites the outlet now, as the engine's source and in the reviewers' correction alike,
    // so the accuracy report still counts the two as one source.
    const linked = (await stack.request('GET', `/v1/claims/${claim.id}`)).body;
    const viaOutlet = (s: any) => [s.name, s.role, s.registered, s.outletId, s.type];
    expect(linked.sources.map(viaOutlet)).toContainEqual(['Intelligence Agency Fact', 'relay', true, accepted.body.id, 'online-outlet']);
    expect(linked.correction.sources.map(viaOutlet)).toContainEqual(['Intelligence Agency Fact', 'relay', true, accepted.body.id, 'online-outlet']);
    const accuracy = (await stack.request('GET', '/v1/analysis/accuracy', { token: editor.token })).body;
    expect(accuracy.overall).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    const [audit] = await stack.sql(`SELECT after->>'linkedSources' AS linked FROM audit_events WHERE action = 'outlet.proposal_accepted'`);
    expect(audit).toEqual({ linked: '1' });
    const names = (await stack.request('GET', '/v1/outlet-proposals')).body.items.map((e: any) => e.name);
    expect(names).not.toContain('IA Fact');
    expect(names).not.toContain('Rajin Port Gazette');

    // The engine now knows it: a new article citing IA Fact links the outlet.
    const cited = await submitAndRoute(stack, 'IA Fact reported that the port of Rajin handled record tonnage of munitions in March.');
    expect(cited.claims[0].sources[0]).toEqual(expect.objectContaining({ registered: true, outletId: accepted.body.id }));
  }, 60_000);

  it('accepts a name once: a second press, or admins at once, make no duplicate outlet; an unknown claimId is a 404', async () => {
    const again = await stack.request('POST', '/v1/outlet-proposals/accept', {
      body: { proposedName: 'IA Fact', slug: 'ia-fact-2', name: 'Intelligence Agency Fact', type: 'online-outlet' },
    });
    expect([again.status, again.body.message]).toEqual([409, 'IA Fact was already accepted into the registry']);
    // Nor is an accepted name rejected afterwards (204: the proposal read "rejected" and lost its outlet, which stayed).
    const late = await stack.request('POST', '/v1/outlet-proposals/reject', { body: { name: 'IA Fact', note: 'second thoughts' } });
    expect([late.status, late.body.message]).toEqual([409, 'IA Fact was already accepted into the registry']);
    const [decided] = await stack.sql(`SELECT status, outlet_id IS NOT NULL AS linked FROM outlet_proposals WHERE key = 'ia fact'`);
    expect(decided).toEqual({ status: 'accepted', linked: true });
    const accepts = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        stack.request('POST', '/v1/outlet-proposals/accept', {
          body: { proposedName: 'Chongjin Harbour Bulletin', slug: `chongjin-bulletin-${i}`, name: 'Chongjin Harbour Bulletin', type: 'newspaper' },
        }),
      ),
    );
    expect(accepts.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const outlets = await stack.sql(`SELECT slug FROM outlets WHERE name IN ('Chongjin Harbour Bulletin', 'Intelligence Agency Fact')`);
    expect(outlets).toHaveLength(2);

    const unknownClaim = await stack.request('POST', '/v1/outlet-proposals', {
      token: other.token,
      body: { name: 'Sinuiju Evening Courier', claimId: '00000000-0000-4000-8000-000000000000' },
    });
    expect([unknownClaim.status, unknownClaim.body.message]).toEqual([404, 'claim 00000000-0000-4000-8000-000000000000 not found']);
    expect(await stack.sql(`SELECT 1 FROM outlet_proposals WHERE name = 'Sinuiju Evening Courier'`)).toEqual([]);
  });

  it('filters and flags a claim as unsourced by the corrected chain, for its author at once and for others once the round is closed', async () => {
    const reuters = article.claims.find((c: any) => c.text.startsWith('Reuters'));
    expect(reuters.unsourced).toBe(false);
    expect((await next(stack, other, 'source_check')).body.claim?.id).toBe(reuters.id);
    // Reuters did not report it: the reviewer removes the only source, and names no unnamed one instead.
    expect((await put(stack, other, reuters.id, { sources: [], anonymous: false })).status).toBe(200);
    const inbox = async (who: Person, filter = '') =>
      (await stack.request('GET', `/v1/queues?articleId=${article.id}${filter}`, { token: who.token })).body.claims
        .filter((c: any) => c.id === reuters.id)
        .map((c: any) => c.unsourced);
    expect(await inbox(other, '&unsourced=true')).toEqual([true]);
    // Blind grading: nobody else learns of the correction while its round is open.
    expect(await inbox(holder, '&unsourced=true')).toEqual([]);
    expect(await inbox(holder)).toEqual([false]);

    expect((await grade(stack, other, reuters.id, gradeFor('source_check'))).status).toBe(201);
    await waitFor('the claim to reach verdict', async () => ((await stack.request('GET', `/v1/claims/${reuters.id}`)).body.status === 'verdict' ? true : undefined));
    expect(await inbox(verdictReviewer, '&unsourced=true')).toEqual([true]);
    const taken = await stack.request('POST', `/v1/review/verdict/next?articleId=${article.id}&unsourced=true`, { token: verdictReviewer.token });
    expect([taken.status, taken.body.claim?.id]).toEqual([200, reuters.id]);
    // The engine's flag is kept with the engine's sources.
    expect((await stack.request('GET', `/v1/claims/${reuters.id}`)).body.unsourced).toBe(false);
  }, 60_000);
  // The published review read the engine's flag: a claim a reviewer found to cite only unnamed sources was said to cite none.
  it('publishes what the corrected chain says of unnamed sources in the ClaimReview', async () => {
    const cited = await submitAndRoute(stack, 'Reuters reported that the port of Rajin handled a record tonnage of shells in April.');
    const target = cited.claims[0];
    expect([target.sources.length, target.anonymous]).toEqual([1, false]);
    const take = (who: Person, stage: string) =>
      stack.request('POST', `/v1/review/${stage}/next?articleId=${cited.id}`, { token: who.token });
    // People holding no other lease: next hands out a held lease before anything else.
    const checker = await createPerson(stack, 'reviewer');
    expect((await take(checker, 'source_check')).body.claim?.id).toBe(target.id);
    // Reuters carried no such report; the port officials it quoted are not named.
    expect((await put(stack, checker, target.id, { sources: [], anonymous: true })).status).toBe(200);
    // No named source to check the words against.
    const unchecked = await grade(stack, checker, target.id, gradeFor('source_check', { attributionVerdict: 'not_applicable', evidence: [] }));
    expect([unchecked.status, unchecked.body.message]).toEqual([201, undefined]);
    const [rater, approver] = await Promise.all([createPerson(stack, 'reviewer'), createPerson(stack, 'editor')]);
    for (const [who, stage] of [[rater, 'verdict'], [approver, 'approval']] as Array<[Person, string]>) {
      await waitFor(stage, async () => ((await take(who, stage)).status === 200 ? true : undefined));
      expect((await grade(stack, who, target.id, gradeFor(stage))).status).toBe(201);
    }
    await waitFor('publication', async () => ((await stack.request('GET', `/v1/claims/${target.id}`)).body.status === 'published' ? true : undefined));
    const published = (await stack.request('GET', `/v1/claims/${target.id}/claimreview`)).body;
    expect(JSON.stringify(published)).toContain('The claim cites only unnamed sources.');
  }, 60_000);
  // The inbox put a claim first by the engine's flag alone: one a reviewer had stripped of its only source waited
  // behind the sourced claims at the next stage.
  it('puts a claim corrected to cite no source first at its next stage, once the round is closed', async () => {
    const cited = await submitAndRoute(
      stack,
      ['Reuters reported that exports rose 12% to $4.5 billion in March, the highest in a decade.', '', 'Reuters reported that the talks went well.'].join('\n'),
    );
    const [high, low] = [...cited.claims].sort((a: any, b: any) => b.checkworthiness - a.checkworthiness);
    expect([high.checkworthiness > low.checkworthiness, high.unsourced, low.unsourced]).toEqual([true, false, false]);
    const take = (who: Person, stage: string) => stack.request('POST', `/v1/review/${stage}/next?articleId=${cited.id}`, { token: who.token });
    const [first, second, rater] = await Promise.all([createPerson(stack, 'reviewer'), createPerson(stack, 'reviewer'), createPerson(stack, 'reviewer')]);
    for (const who of [first, second]) {
      const leased = (await take(who, 'source_check')).body.claim;
      if (leased.id === low.id) expect((await put(stack, who, low.id, { sources: [], anonymous: false })).status).toBe(200);
      const verdict = leased.id === low.id ? { attributionVerdict: 'not_applicable', evidence: [] } : {};
      expect((await grade(stack, who, leased.id, gradeFor('source_check', verdict))).status).toBe(201);
    }
    const atVerdict = async () =>
      (await stack.request('GET', `/v1/queues?articleId=${cited.id}`, { token: rater.token })).body.claims.map((c: any) => c.id);
    await waitFor('both claims at verdict', async () => ((await atVerdict()).length === 2 ? true : undefined));
    expect(await atVerdict()).toEqual([low.id, high.id]);
    expect((await take(rater, 'verdict')).body.claim?.id).toBe(low.id);
  }, 60_000);
});
