import { DataSource } from 'typeorm';
import { databaseOptions } from '../../src/database/database-options.js';
import { migrate } from '../../src/database/migrate.js';
import { createTempDatabase, type TempDatabase } from '../support/database.js';
import { sleep } from '../support/wait-for.js';

/** The advisory lock every claimtrail process takes to migrate (src/database/migrate.ts). */
const MIGRATION_LOCK = 7_215_004_001;

/**
 * Two processes starting together: one migrates, the other waits for the
 * lock. The wait was one `pg_advisory_lock` statement, which the pool's
 * statement_timeout cancelled: a second process gave up with a stack trace
 * whenever the first one's migrations took longer than
 * DATABASE_STATEMENT_TIMEOUT_MS (30 s by default) in all.
 */
describe('migrations: a process waiting for another one to finish', () => {
  let database: TempDatabase;

  beforeAll(async () => {
    database = await createTempDatabase('migrationlock');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('waits past the statement timeout for the lock, then finds nothing left to run', async () => {
    // What the first process holds while it migrates.
    const first = await new DataSource(databaseOptions(database.url, 2)).initialize();
    const second = await new DataSource(databaseOptions(database.url, 2, { statementTimeoutMs: 300, idleInTransactionTimeoutMs: 60_000 })).initialize();
    const holder = first.createQueryRunner();
    try {
      await migrate(first);
      await holder.connect();
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);

      const waiting = migrate(second);
      const outcome = Promise.race([waiting.then(() => 'done'), sleep(1500).then(() => 'waiting')]);
      // Five statement timeouts later it is still waiting, not failed, and not migrating beside the holder.
      expect(await outcome).toBe('waiting');

      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      await expect(waiting).resolves.toEqual([]);
    } finally {
      await holder.release();
      await second.destroy();
      await first.destroy();
    }
  }, 60_000);
});
