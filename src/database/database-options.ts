import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

/**
 * Options shared by the app (which adds autoLoadEntities) and the standalone
 * migration data source. Never `synchronize`: the schema is the migrations'.
 */
export function databaseOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'migrations',
    // Fail fast when PostgreSQL is unreachable instead of queueing requests forever.
    extra: { max: poolSize, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 },
    logging: ['error', 'warn', 'migration'],
  };
}
