import pg from 'pg';
import { REVIEW_ENV, createPerson, next, submitAndRoute, type Person } from '../support/review.js';
import { useStack } from '../support/stack.js';

/**
 * An outlet merge and a reviewer's correction naming the duplicate, at once.
 * The merge rewrites the corrections on record and deletes the duplicate; a
 * correction written in between named an outlet that no longer existed (its
 * chain has no foreign key), so the claim kept citing nothing anyone could
 * look up and left the merged outlet's track record.
 */
describe('corrections during an outlet merge', () => {
  const stack = useStack('merge_correction', REVIEW_ENV);
  let reviewer: Person;

  beforeAll(async () => {
    reviewer = await createPerson(stack, 'reviewer');
  }, 90_000);

  const outletId = async (q: string): Promise<string> => (await stack.request('GET', `/v1/outlets?q=${encodeURIComponent(q)}`)).body.items[0].id;

  it('refuses a correction naming an outlet a concurrent merge deletes, and stores none', async () => {
    const article = await submitAndRoute(stack, 'Reuters reported that the shipments continued through the spring, citing satellite images of the port of Rajin.');
    const taken = await next(stack, reviewer, 'source_check');
    expect(taken.status).toBe(200);
    const claimId = taken.body.claim.id as string;
    expect(article.claims.map((c: any) => c.id)).toContain(claimId);
    const [keep, duplicate] = [await outletId('Reuters'), await outletId('Associated Press')];

    // The merge's transaction, held open after it locked both outlets and deleted the duplicate.
    const merge = new pg.Client({ connectionString: stack.databaseUrl });
    await merge.connect();
    try {
      await merge.query('BEGIN');
      await merge.query('SELECT id FROM outlets WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE', [[keep, duplicate]]);
      await merge.query('DELETE FROM outlets WHERE id = $1', [duplicate]);
      const correcting = stack.request('PUT', `/v1/claims/${claimId}/sources`, {
        token: reviewer.token,
        body: { sources: [{ role: 'original', outletId: duplicate }], anonymous: false },
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await merge.query('COMMIT');
      const corrected = await correcting;
      expect(corrected.status).toBe(409);
      expect(corrected.body.message).toMatch(/merged/);
    } finally {
      await merge.end();
    }
    const [dangling] = await stack.sql(`SELECT count(*)::int AS n FROM source_corrections WHERE sources @> jsonb_build_array(jsonb_build_object('outletId', $1::text))`, [duplicate]);
    expect(dangling.n).toBe(0);

    // The lease is intact: the reviewer corrects again with the outlet that remains.
    const again = await stack.request('PUT', `/v1/claims/${claimId}/sources`, {
      token: reviewer.token,
      body: { sources: [{ role: 'original', outletId: keep }], anonymous: false },
    });
    expect(again.status).toBe(200);
  }, 60_000);
});
