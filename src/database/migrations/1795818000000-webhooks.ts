import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints (secrets encrypted with WEBHOOK_SECRET_KEY), one delivery
 * per event and endpoint with its attempts, and the dispatcher's cursor in
 * the domain event stream.
 */
export class Webhooks1795818000000 implements MigrationInterface {
  name = 'Webhooks1795818000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        description text,
        events text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text,
        disabled_at timestamptz,
        -- First failure of the current run of failures; NULL once a delivery succeeds.
        failing_since timestamptz,
        secret_ciphertext text NOT NULL,
        -- During a rotation's grace period the old secret signs too.
        previous_secret_ciphertext text,
        previous_secret_expires_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        -- Order within an ordering key: deliveries of one article go out one after the other.
        seq bigserial NOT NULL,
        event_id bigint NOT NULL,
        event_type text NOT NULL,
        -- The webhook-id header: the same on every attempt and redelivery.
        message_id text NOT NULL,
        ordering_key text NOT NULL,
        article_id uuid,
        claim_id uuid,
        -- The exact bytes signed and sent, so a redelivery sends the same message.
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempt_count int NOT NULL DEFAULT 0,
        -- attempt_count when the current run began: a redelivery starts the retry schedule anew.
        retry_base int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_status_code int,
        last_error text,
        event_occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        delivered_at timestamptz,
        CONSTRAINT webhook_deliveries_endpoint_event_uq UNIQUE (endpoint_id, event_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_chain_idx ON webhook_deliveries (endpoint_id, ordering_key, seq)
      WHERE status = 'pending'`);
    await q.query(`CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC, seq DESC)`);

    await q.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempt int NOT NULL,
        started_at timestamptz NOT NULL,
        status_code int,
        duration_ms int NOT NULL,
        error text,
        response_excerpt text
      )`);
    await q.query(`CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id)`);

    await q.query(`
      CREATE TABLE webhook_dispatch_cursors (
        consumer text PRIMARY KEY,
        cursor text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO webhook_dispatch_cursors (consumer, cursor) VALUES ('webhooks', NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_dispatch_cursors`);
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
