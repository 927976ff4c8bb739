import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox's full-text search moves out of `claims` into its own table,
 * kept by PostgreSQL triggers. As a generated column of `claims` the
 * tsvector was recomputed, and its GIN index written again, on every update
 * of a claim (routing, every lease, every grade): claims are updated several
 * times each, and no update of theirs is HOT. Here it is computed once when
 * a claim is stored and again only when its text changes (a revision's
 * carry-over); rows inserted by any path, bulk or not, are indexed.
 */
export class ClaimSearchTable1795832000000 implements MigrationInterface {
  name = 'ClaimSearchTable1795832000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE claim_search (
        claim_id uuid PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        search tsvector NOT NULL
      )`);
    await q.query(`INSERT INTO claim_search (claim_id, search) SELECT id, search FROM claims`);
    await q.query(`DROP INDEX claims_search_idx`);
    await q.query(`ALTER TABLE claims DROP COLUMN search`);
    await q.query(`CREATE INDEX claim_search_idx ON claim_search USING gin (search)`);
    // One statement-level trigger per insert statement: an article's claims are stored in one.
    await q.query(`CREATE FUNCTION claim_search_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO claim_search (claim_id, search)
          SELECT id, to_tsvector('english'::regconfig, text) FROM inserted_claims;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER claims_search_on_insert AFTER INSERT ON claims
      REFERENCING NEW TABLE AS inserted_claims FOR EACH STATEMENT EXECUTE FUNCTION claim_search_on_insert()`);
    await q.query(`CREATE FUNCTION claim_search_on_text_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE claim_search SET search = to_tsvector('english'::regconfig, NEW.text) WHERE claim_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER claims_search_on_text_change AFTER UPDATE OF text ON claims
      FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text) EXECUTE FUNCTION claim_search_on_text_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER claims_search_on_text_change ON claims`);
    await q.query(`DROP TRIGGER claims_search_on_insert ON claims`);
    await q.query(`DROP FUNCTION claim_search_on_text_change()`);
    await q.query(`DROP FUNCTION claim_search_on_insert()`);
    await q.query(`ALTER TABLE claims
      ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED`);
    await q.query(`CREATE INDEX claims_search_idx ON claims USING gin (search)`);
    await q.query(`DROP TABLE claim_search`);
  }
}
