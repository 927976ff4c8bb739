import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseOptions } from '../../src/database/database-options.js';
import { migrate } from '../../src/database/migrate.js';
import { ADMIN_DB_URL, createTempDatabase, type TempDatabase } from './database.js';

// The suites that test the schema and its SQL through TypeORM, without
// starting the service.

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
