import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claiming a webhook delivery writes only its lease (`leased_until`, in no
 * index), which PostgreSQL can do as a HOT update, without a new entry in
 * each of the table's six indexes, but only when the new row version fits
 * on the same page. Packed full (fillfactor 100, some six ~1.3 kB rows a
 * page) there is no room, so every claim wrote six index entries per
 * delivery. Half of each page is now left free for that (pages written from
 * here on; a table rewrite, e.g. VACUUM FULL, applies it to old pages too).
 */
export class WebhookDeliveriesFillfactor1795836000000 implements MigrationInterface {
  name = 'WebhookDeliveriesFillfactor1795836000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_deliveries SET (fillfactor = 50)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_deliveries RESET (fillfactor)`);
  }
}
