import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';
import { TypeOrmLogger } from './typeorm-logger.js';

export interface PoolTimeouts {
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

const DEFAULT_TIMEOUTS: PoolTimeouts = { statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 60_000 };

/**
 * Options shared by the app (which adds autoLoadEntities) and the standalone
 * migration data source. Never `synchronize`: the schema is the migrations'.
 */
export function databaseOptions(url: string, poolSize = 20, timeouts: PoolTimeouts = DEFAULT_TIMEOUTS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'migrations',
    extra: {
      max: poolSize,
      // Fail fast when PostgreSQL is unreachable instead of queueing requests forever.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      // Set per session by node-postgres: a runaway statement, or a transaction
      // a crashed caller left open, cannot hold rows locked indefinitely.
      statement_timeout: timeouts.statementTimeoutMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs,
    },
    logging: ['error', 'warn', 'migration'],
    logger: new TypeOrmLogger(),
  };
}

/**
 * The data source of `npm run migration:run` and TypeORM's CLI: two connections, and the
 * configured session timeouts, as the service's pool has. It had the defaults, so a
 * migration running longer than 30 s (an index on a large table) was cancelled whatever
 * DATABASE_STATEMENT_TIMEOUT_MS said.
 */
export function standaloneOptions(database: { url: string } & PoolTimeouts): DataSourceOptions {
  return databaseOptions(database.url, 2, database);
}
