import { randomBytes } from 'node:crypto';
import { DatabaseUnreachable, waitForDatabase } from '../../src/database/ensure-database.js';
import { ADMIN_DB_URL, createTempDatabase, withConnection, type TempDatabase } from '../support/database.js';

/**
 * A database someone else owns, given to a user who may connect but not
 * create tables (PostgreSQL 15's default on `public`): start-up failed inside
 * Nest, TypeORM's "permission denied for schema public" with its stack, five
 * times over. It is said before Nest starts, in one line with what to run.
 */
describe('start-up with a database user who may not create tables', () => {
  const user = `claimtrail_norights_${randomBytes(4).toString('hex')}`;
  let database: TempDatabase;
  let url: string;

  beforeAll(async () => {
    database = await createTempDatabase('norights');
    await withConnection(ADMIN_DB_URL, (db) => db.query(`CREATE ROLE "${user}" LOGIN`));
    // PostgreSQL 15's default, whatever the server's version.
    await withConnection(database.url, (db) => db.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`));
    const address = new URL(database.url);
    address.username = user;
    address.password = '';
    url = address.toString();
  });

  afterAll(async () => {
    await database?.drop();
    await withConnection(ADMIN_DB_URL, (db) => db.query(`DROP ROLE IF EXISTS "${user}"`));
  });

  it('names the user, the schema and the grant, at once, while migrations are pending', async () => {
    const started = Date.now();
    const failure = await waitForDatabase(url, { attempts: 3, delayMs: 1000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseUnreachable);
    expect((failure as Error).message).toMatch(
      new RegExp(`^cannot use PostgreSQL at .* \\(DATABASE_URL\\): user "${user}" may not create tables in schema "public", so \\d+ pending migration\\(s\\) cannot run .*GRANT CREATE ON SCHEMA "public" TO "${user}"`),
    );
    expect(Date.now() - started).toBeLessThan(1000);

    await withConnection(database.url, (db) => db.query(`GRANT CREATE ON SCHEMA public TO "${user}"`));
    await expect(waitForDatabase(url)).resolves.toBe('exists');
  });
});
