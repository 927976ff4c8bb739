import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain event stream (src/events/). tx_id is the writing transaction's
 * id: readers page by (tx_id, id) below the snapshot's xmin, so a transaction
 * that commits late is never skipped (see DomainEventReader).
 */
export class DomainEvents1795817000000 implements MigrationInterface {
  name = 'DomainEvents1795817000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE domain_events (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        payload jsonb NOT NULL,
        -- Plain uuids (no foreign keys): the stream outlives what it is about.
        article_id uuid,
        claim_id uuid,
        actor_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()
      )`);
    await q.query(`CREATE INDEX domain_events_stream_idx ON domain_events (tx_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE domain_events`);
  }
}
