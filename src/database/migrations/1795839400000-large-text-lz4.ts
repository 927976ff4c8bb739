import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The columns that hold an article's text or other values over PostgreSQL's
 * 2 KB compression threshold are compressed with lz4 instead of pglz. An
 * ingest stores a 10 KB text four times (the article's input and analysed
 * text, and the first revision's copies), and pglz took some 6% of
 * PostgreSQL's CPU per article; lz4 compresses the same text four times
 * faster, at 18% more bytes. Values already stored keep their compression.
 * A server built without lz4 keeps pglz (the setting is an optimisation).
 */
export class LargeTextLz41795839400000 implements MigrationInterface {
  name = 'LargeTextLz41795839400000';

  async up(q: QueryRunner): Promise<void> {
    await setCompression(q, 'lz4');
  }

  async down(q: QueryRunner): Promise<void> {
    await setCompression(q, 'default');
  }
}

const LARGE_COLUMNS: Record<string, string[]> = {
  articles: ['input', 'analyzed_text', 'excluded', 'unregistered_sources'],
  article_revisions: ['input', 'analyzed_text', 'claims'],
  claims: ['context'],
};

async function setCompression(q: QueryRunner, method: 'lz4' | 'default'): Promise<void> {
  const statements = Object.entries(LARGE_COLUMNS).map(
    ([table, columns]) => `ALTER TABLE ${table} ${columns.map((c) => `ALTER COLUMN ${c} SET COMPRESSION ${method}`).join(', ')}`,
  );
  await q.query(`
    DO $$
    BEGIN
      ${statements.map((s) => `EXECUTE '${s}';`).join('\n      ')}
    EXCEPTION WHEN feature_not_supported THEN
      RAISE NOTICE 'this PostgreSQL has no lz4: large values stay compressed with pglz';
    END $$`);
}
