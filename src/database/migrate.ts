import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';

// Any constant: every claimtrail process that starts takes the same lock.
const MIGRATION_LOCK = 7_215_004_001;
const LOCK_POLL_MS = 250;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so an API and a
 * worker starting together do not both try to create the same tables.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await takeLock(runner);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * Waits for the lock by polling: a blocking pg_advisory_lock is one statement,
 * which the pool's statement_timeout cancels, so a process starting beside
 * another whose migrations took longer than DATABASE_STATEMENT_TIMEOUT_MS gave
 * up with a stack trace instead of waiting its turn.
 */
async function takeLock(runner: QueryRunner): Promise<void> {
  let told = false;
  for (;;) {
    const rows = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK])) as Array<{ locked: boolean }>;
    if (rows[0]?.locked) return;
    if (!told) new Logger('Migrations').log('another process is migrating the database: waiting for it to finish');
    told = true;
    await sleep(LOCK_POLL_MS);
  }
}
