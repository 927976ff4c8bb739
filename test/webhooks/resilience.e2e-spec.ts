import { randomUUID } from 'node:crypto';
import { Stack } from '../support/stack.js';
import { freePort } from '../support/processes.js';
import { PrivateRedis } from '../support/redis.js';
import { waitFor } from '../support/wait-for.js';
import { TestReceiver, emit } from './support/harness.js';

const ARTICLES = 6;
const PER_ARTICLE = 10;

/**
 * PostgreSQL holds every delivery; Redis only dispatches. A worker is
 * SIGKILLed while a receiver holds one of its deliveries open, then Redis
 * (a private redis-server, never the shared one) loses everything while
 * retries wait in it. Every event still reaches the receiver, once as far as
 * it is concerned (it dedupes by webhook-id), in order per article, and every
 * repeat carries the same webhook-id and body.
 */
describe('webhooks: a worker killed mid-delivery and Redis FLUSHALL', () => {
  it('delivers every event, in order per article, same webhook-id on repeats', async () => {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    const stack = await Stack.create('webhookkill', {
      REDIS_URL: redis.url,
      WEBHOOK_ALLOWLIST: '127.0.0.1/32',
      WEBHOOK_RETRY_SCHEDULE_MS: '0,300,300,300,300,300,300,300',
      // Long enough for the held request to outlive its worker; a killed worker's lease lapses 10 s after it.
      WEBHOOK_TIMEOUT_MS: '15000',
      RECONCILE_INTERVAL_MS: '500',
    });
    let hungAt = 0;
    // Each message fails once (so retries wait in Redis as delayed jobs); the
    // 15th request is held open until its worker dies.
    const receiver = await TestReceiver.start((n) => {
      const id = receiver.requests[n - 1].headers['webhook-id'];
      if (n === 15) {
        hungAt = Date.now();
        return { status: 200, delayMs: 120_000 };
      }
      return receiver.requests.filter((q) => q.headers['webhook-id'] === id).length === 1 ? { status: 500 } : null;
    });
    try {
      await stack.start({ APP_ROLE: 'api' });
      let worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      const created = await stack.request('POST', '/v1/webhooks', { body: { url: receiver.url, events: ['claim.published'] } });
      expect(created.status).toBe(201);
      receiver.useSecret(created.body.secret);

      const articles = Array.from({ length: ARTICLES }, () => randomUUID());
      const expected = new Map<string, string[]>(articles.map((a) => [a, []]));
      for (let i = 0; i < PER_ARTICLE; i++) {
        for (const articleId of articles) {
          const id = await emit(stack, 'claim.published', { articleId, claimId: randomUUID() });
          expected.get(articleId)!.push(`msg_${id}`);
        }
      }

      await waitFor('the held request', () => (hungAt > 0 ? true : undefined), 30_000);
      const held = receiver.requests[14];
      await worker.stop('SIGKILL');
      worker = await stack.start({ APP_ROLE: 'worker' }, '/health/live');
      await redis.flushAll();

      await waitFor(
        'every event handled',
        async () => {
          const [row] = await stack.sql(`SELECT count(*) FILTER (WHERE status <> 'succeeded')::int AS open FROM webhook_deliveries`);
          return receiver.handled.length >= ARTICLES * PER_ARTICLE && row.open === 0 ? true : undefined;
        },
        120_000,
      );

      // Handled once each, in order per article.
      const all = [...expected.values()].flat();
      expect(receiver.handled.map((h) => h.id).sort()).toEqual([...all].sort());
      for (const [articleId, ids] of expected) {
        expect(receiver.handled.filter((h) => h.event.data.articleId === articleId).map((h) => h.id)).toEqual(ids);
      }
      // No repeat under a new id, and every repeat is the same message.
      const seen = new Map<string, string>();
      for (const q of receiver.requests) {
        const id = q.headers['webhook-id'] as string;
        expect(all).toContain(id);
        if (seen.has(id)) expect(q.body).toBe(seen.get(id));
        seen.set(id, q.body);
      }
      const heldAgain = receiver.requests.filter((q) => q.headers['webhook-id'] === held.headers['webhook-id']);
      expect(heldAgain.length).toBeGreaterThanOrEqual(2); // the held one and the one after the kill
      expect(new Set(heldAgain.map((q) => q.body)).size).toBe(1);
      expect(worker.child.exitCode).toBeNull();
    } finally {
      await receiver.close();
      await stack.close();
      await redis.stop();
    }
  }, 240_000);
});
