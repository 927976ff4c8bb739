import { REVIEW_ENV, createPerson, next, submitAndRoute } from '../support/review.js';
import { useStack } from '../support/stack.js';

const CLAIM = 'Reuters reported that the shipments continued through the spring, citing satellite images of the port of Rajin.';
const LEAD = 'The harvest was the largest in a decade, with 80 million tonnes of wheat brought in before October. ';

/**
 * A reviewer's correction marks where a source is named in the article
 * text. A revision that moves the claim (a paragraph added above it) carries
 * the claim over; the engine's cues moved with it, the correction's stayed
 * behind and pointed into other text.
 */
describe('correction cues across a revision', () => {
  const stack = useStack('correction_cues', REVIEW_ENV);

  it('moves the marks of a correction with its claim', async () => {
    const article = await submitAndRoute(stack, CLAIM);
    const reviewer = await createPerson(stack, 'reviewer');
    const taken = await next(stack, reviewer, 'source_check');
    expect(taken.status).toBe(200);
    const claimId = taken.body.claim.id as string;
    const corrected = await stack.request('PUT', `/v1/claims/${claimId}/sources`, {
      token: reviewer.token,
      body: { sources: [{ role: 'original', name: 'Reuters', cue: { start: 0, end: 7 } }], anonymous: false },
    });
    expect(corrected.status).toBe(200);

    const revised = await stack.request('PUT', `/v1/articles/${article.id}`, { body: { text: LEAD + CLAIM } });
    expect(revised.status).toBe(202);
    await stack.waitForArticle(article.id);

    // Read by its author: the correction of the round still open is blind to everyone else.
    const claim = (await stack.request('GET', `/v1/claims/${claimId}`, { token: reviewer.token })).body;
    expect(claim.status).toBe('source_check');
    expect(claim.correction.sources[0].cue).toEqual({ start: LEAD.length, end: LEAD.length + 7 });
    const text = (await stack.request('GET', `/v1/articles/${article.id}`)).body.text as string;
    expect(text.slice(LEAD.length, LEAD.length + 7)).toBe('Reuters');
  }, 60_000);

  // Offsets are UTF-16, as JavaScript counts; the text's length was PostgreSQL's, in characters, so past a
  // few emoji a mark on the claim's own source was refused as "outside the article text".
  it('takes a mark anywhere in a text with characters outside the BMP, and none past its end', async () => {
    const faces = '\u{1F600}'.repeat(120);
    const text = `${faces}\n\n${CLAIM}`;
    const article = await submitAndRoute(stack, text);
    const claimId = article.claims.find((c: any) => c.text === CLAIM).id as string;
    await stack.sql(`UPDATE claims SET checkworthiness = 1 WHERE id = $1`, [claimId]);
    const reviewer = await createPerson(stack, 'reviewer');
    expect((await next(stack, reviewer, 'source_check')).body.claim.id).toBe(claimId);
    // The port's name, near the end: past the text's length in characters, within it in UTF-16 units.
    const at = text.indexOf('Rajin');
    expect(at + 5).toBeGreaterThan([...text].length);
    const mark = (cue: { start: number; end: number }) =>
      stack.request('PUT', `/v1/claims/${claimId}/sources`, {
        token: reviewer.token,
        body: { sources: [{ role: 'original', name: 'Rajin Port Authority', cue }], anonymous: false },
      });
    expect((await mark({ start: at, end: at + 5 })).status).toBe(200);
    const past = await mark({ start: at, end: text.length + 1 });
    expect([past.status, past.body.message]).toEqual([400, `sources[0].cue must lie within the article text (0..${text.length}) with start < end`]);
  }, 60_000);
});
