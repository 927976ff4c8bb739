import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An endpoint keeps every secret still in its rotation's grace period, not
 * only the last one: of two rotations within the grace period, the second
 * used to drop the original secret, which receivers may not have replaced
 * yet. `previous_secrets` is a list of {ciphertext, expiresAt}, newest first.
 */
export class WebhookPreviousSecrets1795839200000 implements MigrationInterface {
  name = 'WebhookPreviousSecrets1795839200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_endpoints ADD COLUMN previous_secrets jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`
      UPDATE webhook_endpoints
         SET previous_secrets = jsonb_build_array(jsonb_build_object('ciphertext', previous_secret_ciphertext, 'expiresAt', previous_secret_expires_at))
       WHERE previous_secret_ciphertext IS NOT NULL AND previous_secret_expires_at > now()`);
    await q.query(`ALTER TABLE webhook_endpoints DROP COLUMN previous_secret_ciphertext, DROP COLUMN previous_secret_expires_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_endpoints ADD COLUMN previous_secret_ciphertext text, ADD COLUMN previous_secret_expires_at timestamptz`);
    // Only one fits the old columns: the one signing longest.
    await q.query(`
      UPDATE webhook_endpoints
         SET previous_secret_ciphertext = previous_secrets->0->>'ciphertext',
             previous_secret_expires_at = (previous_secrets->0->>'expiresAt')::timestamptz
       WHERE jsonb_array_length(previous_secrets) > 0`);
    await q.query(`ALTER TABLE webhook_endpoints DROP COLUMN previous_secrets`);
  }
}
