import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchVector } from '../../claims/claim-search.js';

const BATCH = 2_000;

/**
 * The inbox's search entries leave diacritics out of their lexemes since
 * this migration (searchVector): "istanbul" finds "İstanbul", "krakow" finds
 * "Kraków". Claims stored before keep entries with the accents in, which the
 * queries no longer look up; they are rebuilt here with the service's
 * function, so old and new claims match alike. Only a text with a character
 * beyond ASCII can have a diacritic, and an ASCII text's entry is unchanged.
 */
export class ClaimSearchWithoutDiacritics1795839800000 implements MigrationInterface {
  name = 'ClaimSearchWithoutDiacritics1795839800000';

  async up(q: QueryRunner): Promise<void> {
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = (await q.query(
        `SELECT id, text FROM claims WHERE id > $1 AND octet_length(text) <> char_length(text) ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as Array<{ id: string; text: string }>;
      if (rows.length === 0) break;
      await q.query(
        `INSERT INTO claim_search (claim_id, search) SELECT id, search FROM unnest($1::uuid[], $2::tsvector[]) AS t(id, search)
         ON CONFLICT (claim_id) DO UPDATE SET search = EXCLUDED.search`,
        [rows.map((r) => r.id), rows.map((r) => searchVector(r.text))],
      );
      after = rows[rows.length - 1].id;
    }
  }

  async down(): Promise<void> {
    // Not undone: the entries with diacritics came from the service's former code, which is gone; the former service
    // still finds these entries by a query typed without accents, and misses them only by one typed with them.
  }
}
