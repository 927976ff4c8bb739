import type { DataSource } from 'typeorm';

// Any constant: every claimtrail process that starts takes the same lock.
const MIGRATION_LOCK = 7_215_004_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so an API and a
 * worker starting together do not both try to create the same tables.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
