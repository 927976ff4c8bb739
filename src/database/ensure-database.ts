import pg from 'pg';
import { redact } from '../common/redact-url.js';
import { migrations } from './migrations/index.js';

/**
 * Creates the database named in the URL when it does not exist yet, by
 * connecting to the `postgres` maintenance database. If that is not allowed,
 * the error says exactly what to run.
 */
export async function ensureDatabase(url: string): Promise<'created' | 'exists'> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redact(url)}`);

  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    return 'exists';
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: invalid_catalog_name
  } finally {
    await probe.end().catch(() => undefined);
  }

  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return 'created';
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return 'exists'; // created concurrently
    throw new Error(
      `Database "${name}" does not exist and could not be created (${(error as Error).message}). ` +
        `Create it with: createdb -h ${target.hostname} -p ${target.port || 5432} ` +
        `-U ${decodeURIComponent(target.username) || 'postgres'} ${name}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** PostgreSQL could not be reached at start-up: the message says where, and which variable sets it. */
export class DatabaseUnreachable extends Error {}

/** Connection failures worth waiting out (a server still starting), as opposed to a wrong password or name. */
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN', '57P03']);

/**
 * ensureDatabase, retried while the server cannot be reached (compose
 * starts PostgreSQL beside the service), each wait logged in one line; then
 * DatabaseUnreachable with the address, the variable and the last error,
 * instead of a driver's stack trace.
 */
export async function waitForDatabase(
  url: string,
  { attempts = 6, delayMs = 2000, log = (_line: string) => {} }: { attempts?: number; delayMs?: number; log?: (line: string) => void } = {},
): Promise<'created' | 'exists'> {
  for (let attempt = 1; ; attempt++) {
    try {
      const state = await ensureDatabase(url);
      await assertMayMigrate(url);
      return state;
    } catch (error) {
      const reason = describe(error);
      const transient = TRANSIENT.has((error as { code?: string }).code ?? '') || /timeout/i.test(reason);
      if (!transient || attempt >= attempts) {
        throw new DatabaseUnreachable(`cannot use PostgreSQL at ${redact(url)} (DATABASE_URL): ${reason}`, { cause: error });
      }
      log(`PostgreSQL at ${redact(url)} is not reachable yet (${reason}); retrying in ${delayMs / 1000} s (${attempt}/${attempts - 1})`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  return (error as Error).message || String((error as { code?: string }).code ?? error);
}

/**
 * Pending migrations need CREATE on the schema they go in. PostgreSQL 15 and
 * later grant it on `public` to the database owner only, so a user given a
 * database someone else owns failed inside Nest: TypeORM's "permission denied
 * for schema public" with its stack, five times over, in coloured console text.
 */
async function assertMayMigrate(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT current_user AS "user", current_database() AS database, current_schema() AS schema,
              coalesce(has_schema_privilege(current_schema(), 'CREATE'), false) AS "mayCreate",
              to_regclass('migrations') IS NOT NULL AS "hasTable"`,
    );
    const { user, database, schema, mayCreate, hasTable } = rows[0] as { user: string; database: string; schema: string | null; mayCreate: boolean; hasTable: boolean };
    if (mayCreate) return;
    const names = hasTable ? ((await client.query('SELECT name FROM migrations')).rows as { name: string }[]) : [];
    const applied = new Set(names.map((r) => r.name));
    const pending = migrations.filter((m) => !applied.has(m.name)).length;
    if (pending === 0) return;
    const id = (name: string) => pg.escapeIdentifier(name);
    throw new Error(
      schema === null
        ? `no schema of the search_path of user "${user}" exists, so ${pending} pending migration(s) have nowhere to go`
        : `user "${user}" may not create tables in schema "${schema}", so ${pending} pending migration(s) cannot run ` +
            `(PostgreSQL 15 and later let only the database owner by default): ALTER DATABASE ${id(database)} OWNER TO ${id(user)}, ` +
            `or GRANT CREATE ON SCHEMA ${id(schema)} TO ${id(user)}, or run the migrations as a user that may (npm run migration:run)`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
