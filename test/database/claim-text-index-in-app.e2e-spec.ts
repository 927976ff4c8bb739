import { searchVector } from '../../src/claims/claim-search.js';
import { claimFingerprint } from '../../src/claims/claim-words.js';
import { migrations } from '../../src/database/migrations/index.js';
import { ClaimTextIndexInApp1795839300000 } from '../../src/database/migrations/1795839300000-claim-text-index-in-app.js';
import { useMigrationDatabase } from '../support/migrated-database.js';

const TEXTS = [
  'North Korea supplied Russia with more than one million artillery shells, the ministry said.',
  'Мирні жителі Харкова: 12 поранених, повідомив Синєгубов.',
  'Mlada\u0301 Boleslav’s Škoda plant stopped for a week.',
];

/**
 * Claims stored before the service computed fingerprints and search entries
 * itself carry PostgreSQL's; the migration recomputes both with the
 * service's functions, so old and new claims match the same queries.
 */
describe('migration ClaimTextIndexInApp', () => {
  const database = useMigrationDatabase('claimtext');
  const before = migrations.filter((m) => m !== ClaimTextIndexInApp1795839300000);

  it('recomputes every claim’s fingerprint and search entry, and PostgreSQL no longer computes them', async () => {
    await database.migrated(before, async (old) => {
      const [article] = await old.query(`INSERT INTO articles (input_format, input, request_hash, submitted_by) VALUES ('text', 'x', 'h', 'seed') RETURNING id`);
      await old.query(
        `INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced)
         SELECT $1, o, t, 0, 1, 0.5, 'none', true FROM unnest($2::text[]) WITH ORDINALITY AS x(t, o)`,
        [article.id, TEXTS],
      );
    });

    await database.migrated(migrations, async (migrated) => {
      const rows = await migrated.query(`SELECT c.text, c.fingerprint, s.search::text AS search FROM claims c JOIN claim_search s ON s.claim_id = c.id ORDER BY c.ordinal`);
      expect(rows.map((r: { text: string }) => r.text)).toEqual(TEXTS);
      for (const row of rows) {
        expect(row.fingerprint).toBe(claimFingerprint(row.text));
        expect(row.search).toBe(searchVector(row.text).split(' ').sort().join(' '));
      }
      const [article] = await migrated.query(`SELECT id FROM articles`);
      await expect(
        migrated.query(`INSERT INTO claims (article_id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, unsourced)
                        VALUES ($1, 9, 'No fingerprint given.', 0, 1, 0.5, 'none', true)`, [article.id]),
      ).rejects.toThrow(/fingerprint/);
      const triggers = await migrated.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'claims'::regclass AND tgname LIKE 'claims_search%'`);
      expect(triggers).toEqual([]);

      await migrated.undoLastMigration();
      const [restored] = await migrated.query(`SELECT attgenerated FROM pg_attribute WHERE attrelid = 'claims'::regclass AND attname = 'fingerprint'`);
      expect(restored.attgenerated).toBe('s');
      const again = await migrated.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'claims'::regclass AND tgname LIKE 'claims_search%' ORDER BY 1`);
      expect(again.map((t: { tgname: string }) => t.tgname)).toEqual(['claims_search_on_insert', 'claims_search_on_text_change']);
    });
  });
});
