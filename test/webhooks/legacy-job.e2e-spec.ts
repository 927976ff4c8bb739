import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { useStack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';
import { TestReceiver, emit } from './support/harness.js';

/**
 * Before deliveries were batched per endpoint, every attempt was a
 * `deliver-webhook` job of its own, delayed in Redis by the retry schedule (up
 * to 10 h). A deployment upgraded mid-flight still holds such jobs, and its
 * old processes enqueue them until they are replaced: each must still send its
 * delivery when it runs, not wait for the sweeper. (The job kind may go once
 * no key `<prefix>:webhooks:webhook-*` is left in any deployment's Redis.)
 */
describe('webhooks: a deliver-webhook job queued before deliveries were batched', () => {
  const stack = useStack('legacyjob', {
    WEBHOOK_ALLOWLIST: '127.0.0.1/32',
    WEBHOOK_SECRET_KEY: Buffer.alloc(32, 5).toString('base64'),
    // The first attempt fails; the second is due in ten minutes, and the sweeper looks as seldom.
    WEBHOOK_RETRY_SCHEDULE_MS: '0,600000',
    RECONCILE_INTERVAL_MS: '600000',
  });

  it('sends the delivery it names when it runs', async () => {
    const receiver = await TestReceiver.start((n) => (n === 1 ? { status: 500 } : null));
    const queue = new Queue('webhooks', { connection: { url: stack.env['REDIS_URL'] }, prefix: stack.queuePrefix });
    try {
      const created = await stack.request('POST', '/v1/webhooks', { body: { url: receiver.url, events: ['claim.published'] } });
      expect(created.status).toBe(201);
      receiver.useSecret(created.body.secret);
      await emit(stack, 'claim.published', { articleId: randomUUID(), claimId: randomUUID() });

      const deliveryId = await waitFor('the first attempt to fail', async () => {
        const rows = await stack.sql(`SELECT id FROM webhook_deliveries WHERE status = 'pending' AND attempt_count = 1`);
        return rows[0]?.id as string | undefined;
      });
      // As in the old deployment: no batched wake-up for the retry, only the old job, now due.
      await queue.drain(true);
      await stack.sql(`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = $1`, [deliveryId]);
      await queue.add('deliver-webhook', { deliveryId, attempt: 2 }, { jobId: `webhook-${deliveryId}-2` });

      await waitFor('the delivery to be sent', () => (receiver.handled.length === 1 ? true : undefined), 15_000);
      // The attempt is recorded once the answer is read, after the receiver has it: on a slow machine the row was still pending.
      const delivery = await waitFor('the attempt to be recorded', async () => {
        const [row] = await stack.sql(`SELECT status, attempt_count FROM webhook_deliveries WHERE id = $1`, [deliveryId]);
        return row?.status === 'pending' ? undefined : row;
      }, 15_000);
      expect(delivery).toEqual({ status: 'succeeded', attempt_count: 2 });
    } finally {
      await queue.close();
      await receiver.close();
    }
  }, 60_000);
});
