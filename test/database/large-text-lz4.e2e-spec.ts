import { useMigratedDatabase } from '../support/migrated-database.js';

describe('migration LargeTextLz4', () => {
  const db = useMigratedDatabase('lz4');
  const text = Array.from({ length: 400 }, (_, i) => `Sentence ${i} of an article, the ministry said.`).join(' ');

  const storedCompression = async (id: string) => {
    await db.dataSource.query(`INSERT INTO articles (id, input_format, input, request_hash, submitted_by) VALUES ($1, 'text', $2, 'h', 'test')`, [
      id,
      text,
    ]);
    const [row] = await db.dataSource.query<{ compression: string }[]>(`SELECT pg_column_compression(input) AS compression FROM articles WHERE id = $1`, [id]);
    return row.compression;
  };

  it('stores an article text with lz4, and with pglz again once reverted', async () => {
    expect(await storedCompression('00000000-0000-4000-8000-000000000001')).toBe('lz4');
    // Undone with the migrations that came after it.
    for (let last = ''; last !== 'LargeTextLz41795839400000'; ) {
      [{ name: last }] = await db.dataSource.query<{ name: string }[]>(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await db.dataSource.undoLastMigration();
    }
    expect(await storedCompression('00000000-0000-4000-8000-000000000002')).toBe('pglz');
  });
});
