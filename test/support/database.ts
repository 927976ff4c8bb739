import { randomBytes } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseOptions } from '../../src/database/database-options.js';
import { migrate } from '../../src/database/migrate.js';

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
    create: () => withAdminDb((db) => db.query(`CREATE DATABASE "${name}"${template}`), server),
    drop: () => withAdminDb((db) => db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), server),
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

/** Runs `work` on the maintenance database. */
export async function withAdminDb<T>(work: (db: DataSource) => Promise<T>, url = ADMIN_DB_URL): Promise<T> {
  const db = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

type MigrationList = NonNullable<DataSourceOptions['migrations']>;

/**
 * A throwaway database for a migration's suite, created before the suite's
 * tests and dropped after: `migrated(list, work)` runs the migrations of
 * `list` not run yet, then `work`, on a connection of its own. A suite runs
 * the migrations before the one it tests, stores what the old schema held,
 * then runs them all.
 */
export function useMigrationDatabase(label: string): { migrated<T>(list: MigrationList, work: (db: DataSource) => Promise<T>): Promise<T> } {
  let database: TempDatabase | undefined;
  beforeAll(async () => {
    database = await createTempDatabase(label);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    async migrated(list, work) {
      if (!database) throw new Error(`the ${label} database is not ready: call migrated() from a test`);
      const db = await new DataSource({ type: 'postgres', url: database.url, migrations: list }).initialize();
      try {
        await db.runMigrations();
        return await work(db);
      } finally {
        await db.destroy();
      }
    },
  };
}

/**
 * A throwaway database with the service's migrations applied, for suites that
 * test SQL without starting the service: created before the suite's own
 * `beforeAll` hooks run (declare it first), dropped after the suite. `extra`
 * adds to the data source's options (entities, a query logger).
 */
export function useMigratedDatabase(
  label: string,
  { poolSize = 4, extra = () => ({}) }: { poolSize?: number; extra?: () => Partial<DataSourceOptions> | Promise<Partial<DataSourceOptions>> } = {},
): { readonly dataSource: DataSource } {
  let database: TempDatabase | undefined;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    database = await createTempDatabase(label, ADMIN_DB_URL, { migrated: true });
    dataSource = await new DataSource({ ...databaseOptions(database.url, poolSize), ...(await extra()) } as DataSourceOptions).initialize();
    await migrate(dataSource);
  }, 60_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  return {
    get dataSource() {
      if (!dataSource) throw new Error(`the ${label} database is not ready: declare useMigratedDatabase before the hooks that use it`);
      return dataSource;
    },
  };
}
