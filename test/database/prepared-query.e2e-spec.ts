import { DataSource } from 'typeorm';
import { databaseOptions } from '../../src/database/database-options.js';
import { preparedQuery } from '../../src/database/sql.js';
import { createTempDatabase, type TempDatabase } from '../support/database.js';

// One connection, so that what one call prepares the next call's session shows.
describe('preparedQuery', () => {
  let database: TempDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTempDatabase('prepared');
    dataSource = await new DataSource(databaseOptions(database.url, 1)).initialize();
    await dataSource.query(`CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)`);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const prepared = async () =>
    (await dataSource.query<{ name: string; statement: string }[]>(`SELECT name, statement FROM pg_prepared_statements`)).filter((s) =>
      s.name.startsWith('claimtrail_'),
    );

  it('prepares a statement once per connection and answers its rows', async () => {
    const sql = `SELECT $1::int + 1 AS n`;
    expect(await preparedQuery(dataSource, sql, [1])).toEqual([{ n: 2 }]);
    expect(await preparedQuery(dataSource, sql, [41])).toEqual([{ n: 42 }]);
    expect((await prepared()).filter((s) => s.statement === sql)).toHaveLength(1);
  });

  it('gives the rows of an UPDATE ... RETURNING as rows, and none without RETURNING', async () => {
    await dataSource.query(`INSERT INTO notes VALUES (1, 'a')`);
    expect(await preparedQuery(dataSource, `UPDATE notes SET body = $2 WHERE id = $1 RETURNING id, body`, [1, 'b'])).toEqual([{ id: 1, body: 'b' }]);
    expect(await preparedQuery(dataSource, `UPDATE notes SET body = $2 WHERE id = $1`, [1, 'c'])).toEqual([]);
  });

  it('runs in the transaction of the EntityManager it is given', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await preparedQuery(manager, `INSERT INTO notes VALUES ($1, $2)`, [2, 'rolled back']);
        expect(await preparedQuery(manager, `SELECT body FROM notes WHERE id = $1`, [2])).toEqual([{ body: 'rolled back' }]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await dataSource.query(`SELECT * FROM notes WHERE id = 2`)).toEqual([]);
  });

  it('runs texts built per call unnamed once it has prepared 256, rather than fill the connection', async () => {
    for (let i = 0; i < 300; i++) expect(await preparedQuery(dataSource, `SELECT ${i} AS i, $1::text AS t`, ['x'])).toEqual([{ i, t: 'x' }]);
    expect((await prepared()).length).toBe(256);
  });
});
