// `npm run migration:run`: create the database if needed, apply pending migrations, exit.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { scriptLogger } from '../common/logging.js';
import { redact } from '../common/redact-url.js';
import { ConfigError, loadConfig } from '../config/index.js';
import { standaloneOptions } from './database-options.js';
import { waitForDatabase } from './ensure-database.js';
import { migrate } from './migrate.js';

async function main(): Promise<void> {
  const config = loadConfig();
  // TypeORM's lines (each migration run, a failed statement) as the service writes them: JSON, one a line.
  Logger.overrideLogger(scriptLogger(config));
  const logger = new Logger('Migrations');
  // As the service does: wait out a server still starting, then name the address and DATABASE_URL.
  const created = await waitForDatabase(config.database.url, { log: (line) => logger.warn(line) });
  if (created === 'created') logger.log(`created database ${redact(config.database.url)}`);
  const dataSource = await new DataSource(standaloneOptions(config.database)).initialize();
  try {
    const applied = await migrate(dataSource);
    logger.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `migration failed: ${(error as Error).message}`);
  process.exit(1);
});
