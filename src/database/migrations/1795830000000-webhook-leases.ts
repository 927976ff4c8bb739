import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook deliveries are claimed in batches per endpoint: a claimed delivery
 * carries a lease (the worker sending it), and an endpoint's pending
 * deliveries are read oldest due first.
 */
export class WebhookLeases1795830000000 implements MigrationInterface {
  name = 'WebhookLeases1795830000000';

  async up(q: QueryRunner): Promise<void> {
    // Until then a worker is sending it; after, a crashed worker's claim has lapsed and another may send it again.
    await q.query(`ALTER TABLE webhook_deliveries ADD COLUMN leased_until timestamptz`);
    await q.query(`CREATE INDEX webhook_deliveries_endpoint_due_idx ON webhook_deliveries (endpoint_id, next_attempt_at, seq)
      WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX webhook_deliveries_endpoint_due_idx`);
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN leased_until`);
  }
}
