import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over claims for the inbox: a generated tsvector of the
 * claim's text (English stemming, kept up to date by PostgreSQL itself) and
 * its GIN index. Claims are written once and rarely change, so the stored
 * column costs little and the search never re-parses text.
 */
export class ClaimSearch1795824000000 implements MigrationInterface {
  name = 'ClaimSearch1795824000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims
      ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED`);
    await q.query(`CREATE INDEX claims_search_idx ON claims USING gin (search)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_search_idx`);
    await q.query(`ALTER TABLE claims DROP COLUMN search`);
  }
}
