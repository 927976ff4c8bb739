import { searchQuery, searchVector } from '../../src/claims/claim-search.js';
import { claimFingerprint } from '../../src/claims/claim-words.js';
import { migrations } from '../../src/database/migrations/index.js';
import { ClaimSearchWithoutDiacritics1795839800000 } from '../../src/database/migrations/1795839800000-claim-search-without-diacritics.js';
import { useMigrationDatabase } from '../support/migrated-database.js';

/** Claims and the search entries the service stored for them while it kept diacritics in its lexemes. */
const STORED = [
  ['İstanbul’s mayor said the ferry was late.', "'i̇stanbul':1 'mayor':3 'said':4 'ferri':6 'late':8"],
  ['Mladá Boleslav’s Škoda plant stopped.', "'mladá':1 'boleslav':2 'škoda':4 'plant':5 'stop':6"],
  ['The ministry said exports rose.', "'ministri':2 'said':3 'export':4 'rose':5"],
];

/**
 * Search entries are indexed without diacritics since this migration
 * (searchVector); it rebuilds the entries of claims stored before, so that
 * "istanbul" finds an old claim naming İstanbul as it finds a new one.
 */
describe('migration ClaimSearchWithoutDiacritics', () => {
  const database = useMigrationDatabase('claimdiacritics');
  const before = migrations.filter((m) => m !== ClaimSearchWithoutDiacritics1795839800000);

  it('rebuilds the stored entries, so a search without accents finds claims stored before', async () => {
    await database.migrated(before, async (old) => {
      const [article] = await old.query(`INSERT INTO articles (input_format, input, request_hash, submitted_by) VALUES ('text', 'x', 'h', 'seed') RETURNING id`);
      await old.query(
        `WITH stored AS (
           INSERT INTO claims (article_id, ordinal, text, fingerprint, start_offset, end_offset, checkworthiness, attribution, unsourced)
           SELECT $1, o, t, f, 0, 1, 0.5, 'none', true FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(t, f, o)
           RETURNING id, ordinal
         )
         INSERT INTO claim_search (claim_id, search) SELECT s.id, ($4::text[])[s.ordinal]::tsvector FROM stored s`,
        [article.id, STORED.map(([text]) => text), STORED.map(([text]) => claimFingerprint(text)), STORED.map(([, search]) => search)],
      );
      const [found] = await old.query(`SELECT count(*)::int AS n FROM claim_search WHERE search @@ $1::tsquery`, [searchQuery('istanbul')]);
      expect(found.n).toBe(0);
    });

    await database.migrated(migrations, async (migrated) => {
      const rows = await migrated.query(`SELECT c.text, s.search::text AS search FROM claims c JOIN claim_search s ON s.claim_id = c.id ORDER BY c.ordinal`);
      expect(rows.map((r: { text: string }) => r.text)).toEqual(STORED.map(([text]) => text));
      for (const row of rows) expect(row.search).toBe(searchVector(row.text).split(' ').sort().join(' '));
      const found = await migrated.query(
        `SELECT c.ordinal FROM claims c JOIN claim_search s ON s.claim_id = c.id WHERE s.search @@ $1::tsquery OR s.search @@ $2::tsquery ORDER BY 1`,
        [searchQuery('istanbul'), searchQuery('Skoda')],
      );
      expect(found.map((r: { ordinal: number }) => r.ordinal)).toEqual([1, 2]);
    });
  });
});
