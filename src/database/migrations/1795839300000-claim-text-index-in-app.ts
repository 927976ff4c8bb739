import type { MigrationInterface, QueryRunner } from 'typeorm';
import { indexedText } from '../../claims/claim-search.js';

const BATCH = 2_000;

/**
 * A claim's fingerprint and search entry are computed by the service when it
 * stores the claim (claimFingerprint, searchVector), no longer by PostgreSQL
 * (a generated column and to_tsvector in a trigger): on the ingest path those
 * two regular-expression passes were a tenth of the database's CPU per
 * article. Existing claims get both from the same functions here, so old and
 * new rows, and the queries (searchQuery), agree.
 */
export class ClaimTextIndexInApp1795839300000 implements MigrationInterface {
  name = 'ClaimTextIndexInApp1795839300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER claims_search_on_text_change ON claims`);
    await q.query(`DROP TRIGGER claims_search_on_insert ON claims`);
    await q.query(`DROP FUNCTION claim_search_on_text_change()`);
    await q.query(`DROP FUNCTION claim_search_on_insert()`);
    await q.query(`ALTER TABLE claims ALTER COLUMN fingerprint DROP EXPRESSION`);
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = await q.query(`SELECT id, text, fingerprint FROM claims WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, [after]);
      if (rows.length === 0) break;
      await recompute(q, rows as { id: string; text: string; fingerprint: string }[]);
      after = rows[rows.length - 1].id;
    }
    await q.query(`ALTER TABLE claims ALTER COLUMN fingerprint SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims DROP COLUMN fingerprint`);
    await q.query(`ALTER TABLE claims ADD COLUMN fingerprint text GENERATED ALWAYS AS
      (md5(btrim(regexp_replace(lower(text), '[^[:alnum:]]+', ' ', 'g')))) STORED`);
    await q.query(`CREATE INDEX claims_fingerprint_published_idx ON claims (fingerprint) WHERE status = 'published'`);
    await q.query(`INSERT INTO claim_search (claim_id, search) SELECT id, to_tsvector('english'::regconfig, text) FROM claims
      ON CONFLICT (claim_id) DO UPDATE SET search = EXCLUDED.search`);
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
}

/** One batch: fingerprints that differ (text beyond ASCII, where PostgreSQL's locale decided what a letter is) and every search entry. */
async function recompute(q: QueryRunner, rows: { id: string; text: string; fingerprint: string }[]): Promise<void> {
  const indexed = rows.map((r) => indexedText(r.text));
  const changed = rows.map((r, i) => ({ id: r.id, fingerprint: indexed[i].fingerprint })).filter((r, i) => r.fingerprint !== rows[i].fingerprint);
  if (changed.length > 0) {
    await q.query(`UPDATE claims c SET fingerprint = t.fingerprint FROM unnest($1::uuid[], $2::text[]) AS t(id, fingerprint) WHERE c.id = t.id`, [
      changed.map((r) => r.id),
      changed.map((r) => r.fingerprint),
    ]);
  }
  await q.query(
    `INSERT INTO claim_search (claim_id, search) SELECT id, search FROM unnest($1::uuid[], $2::tsvector[]) AS t(id, search)
     ON CONFLICT (claim_id) DO UPDATE SET search = EXCLUDED.search`,
    [rows.map((r) => r.id), indexed.map((x) => x.search)],
  );
}
