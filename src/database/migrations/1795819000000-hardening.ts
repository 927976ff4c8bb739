import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hardening: an article's failure as a stable code (the human message stays
 * in failure_reason), how many claims beyond the per-article cap were
 * dropped, and API key scopes with the own-articles-only read restriction.
 */
export class Hardening1795819000000 implements MigrationInterface {
  name = 'Hardening1795819000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles
      ADD COLUMN failure_code text,
      ADD COLUMN claims_truncated int NOT NULL DEFAULT 0`);
    // Existing keys keep what they could do before scopes existed.
    await q.query(`ALTER TABLE api_keys
      ADD COLUMN scopes text[] NOT NULL DEFAULT '{articles:write,articles:read,outlets:read}',
      ADD COLUMN own_articles_only boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP COLUMN own_articles_only, DROP COLUMN scopes`);
    await q.query(`ALTER TABLE articles DROP COLUMN claims_truncated, DROP COLUMN failure_code`);
  }
}
