import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

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
 * Names a throwaway database without touching the server, so that a suite
 * can hand out its URL before its `beforeAll` has run.
 */
export function planTempDatabase(label: string, server = ADMIN_DB_URL): PlannedDatabase {
  const name = `claimtrail_${label}_${randomBytes(4).toString('hex')}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    create: () => withAdminDb((db) => db.query(`CREATE DATABASE "${name}"`), server),
    drop: () => withAdminDb((db) => db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), server),
  };
}

/**
 * A throwaway database, so that concurrent runs (and suites) never share rows.
 * `server` is the maintenance-database URL of another server (a private cluster).
 */
export async function createTempDatabase(label: string, server = ADMIN_DB_URL): Promise<TempDatabase> {
  const database = planTempDatabase(label, server);
  await database.create();
  return database;
}

/** Runs `work` on the maintenance database. */
export async function withAdminDb<T>(work: (db: DataSource) => Promise<T>, url = ADMIN_DB_URL): Promise<T> {
  const db = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
