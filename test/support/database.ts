import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Throwaway databases, with pg alone: every suite and benchmark loads this
// file, and TypeORM with the service's entities cost each Jest suite a second
// or more of CPU to load again. The suites that test the schema through
// TypeORM take their databases from migrated-database.ts.

/** The maintenance database of the PostgreSQL server the suites and benchmarks use. */
export const ADMIN_DB_URL =
  process.env['TEST_POSTGRES_URL'] ?? process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TempDatabase {
  name: string;
  url: string;
  /** Drops the database, closing whatever connections are still open on it. */
  drop(): Promise<void>;
}

/** A temporary database named and addressed now, created by `create()`. */
export interface PlannedDatabase extends TempDatabase {
  create(): Promise<void>;
}

/**
 * The database this run migrated once (test/support/global-setup.mjs): a
 * database meant to be migrated starts as its copy, and the migrations find
 * nothing left to run. Unset outside the e2e suites (the benchmarks).
 */
const MIGRATED_TEMPLATE = process.env['CLAIMTRAIL_MIGRATED_TEMPLATE'];

/**
 * Names a throwaway database without touching the server, so that a suite
 * can hand out its URL before its `beforeAll` has run. `migrated`: a copy of
 * the run's migrated database, where there is one; else empty.
 */
export function planTempDatabase(label: string, server = ADMIN_DB_URL, { migrated = false } = {}): PlannedDatabase {
  const name = `claimtrail_${label}_${randomBytes(4).toString('hex')}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  const template = migrated && MIGRATED_TEMPLATE && server === ADMIN_DB_URL ? ` TEMPLATE "${MIGRATED_TEMPLATE}"` : '';
  return {
    name,
    url: url.toString(),
    create: () => withConnection(server, async (db) => void (await db.query(`CREATE DATABASE "${name}"${template}`))),
    drop: () => withConnection(server, async (db) => void (await db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

/**
 * A throwaway database, so that concurrent runs (and suites) never share rows.
 * `server` is the maintenance-database URL of another server (a private cluster).
 */
export async function createTempDatabase(label: string, server = ADMIN_DB_URL, options: { migrated?: boolean } = {}): Promise<TempDatabase> {
  const database = planTempDatabase(label, server, options);
  await database.create();
  return database;
}

/** A connection as `work` sees it: `query` answers the rows. */
export interface SqlConnection {
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Runs `work` on a connection of its own to `url`, closed after. */
export async function withConnection<T>(url: string, work: (db: SqlConnection) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async <R>(sql: string, params?: unknown[]): Promise<R[]> => (await client.query(sql, params)).rows as R[];
    return await work({ query });
  } finally {
    await client.end();
  }
}

