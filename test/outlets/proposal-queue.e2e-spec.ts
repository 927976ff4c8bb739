import { REVIEW_ENV, createPerson, submitAndRoute } from '../support/review.js';
import { useStack } from '../support/stack.js';

/** The longest /health/live takes while `work` runs: how long the service's event loop was held. */
async function longestLiveAnswer(baseUrl: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  let longest = 0;
  const probing = (async () => {
    while (!done) {
      const started = Date.now();
      await fetch(`${baseUrl}/health/live`);
      longest = Math.max(longest, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  await work.finally(() => (done = true));
  await probing;
  return longest;
}

/**
 * The registry's queue of names with many names reported: a key with
 * articles:write adds up to 1,500 unregistered names an article, and the
 * queue is counted over every article.
 */
describe('outlet proposal queue over many engine names', () => {
  const stack = useStack('proposal-queue', REVIEW_ENV);

  it('ranks them without holding the event loop, and still merges, filters and orders them', async () => {
    const article = await submitAndRoute(stack, 'Reuters reported that exports rose by 5 percent in the quarter.');
    // 400,000 names nobody registered, a few registered ones mentioned most, and a proposed name mentioned least.
    await stack.sql(
      `UPDATE articles SET unregistered_sources =
         (SELECT jsonb_agg(jsonb_build_object('name', 'Zq Outlet ' || g, 'count', 1 + g % 7)) FROM generate_series(1, 400000) g)
         || '[{"name": "The Reuters", "count": 90000}, {"name": "REUTERS", "count": 80000}, {"name": "Kumgang Wire", "count": 50000},
              {"name": "the Kumgang Wire", "count": 1000}, {"name": "Rajin Port Gazette", "count": 1}]'::jsonb
       WHERE id = $1`,
      [article.id],
    );
    const reviewer = await createPerson(stack, 'reviewer');
    expect((await stack.request('POST', '/v1/outlet-proposals', { token: reviewer.token, body: { name: 'Rajin Port Gazette' } })).status).toBe(201);

    let queue: any;
    const held = await longestLiveAnswer(
      stack.api.baseUrl,
      stack.request('GET', '/v1/outlet-proposals').then((res) => (queue = res)),
    );
    expect(queue.status).toBe(200);
    // The old code held it 5 s here; a loaded machine alone can delay an answer (1,653 ms once, in a full
    // run on a slow 2-core machine with both e2e lanes going), so the bound sits halfway to the old 5 s.
    expect(held).toBeLessThan(2500);
    const items = queue.body.items;
    expect(items).toHaveLength(200);
    expect(items.slice(0, 3).map((e: any) => [e.name, e.proposedBy.length, e.engineMentions])).toEqual([
      ['Rajin Port Gazette', 1, 1],
      ['Kumgang Wire', 0, 51000],
      ['Zq Outlet 1000', 0, 7],
    ]);
    expect(items.map((e: any) => e.name)).not.toContain('The Reuters');
  }, 120_000);
});
