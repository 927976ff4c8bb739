// `npm run migration:run`: create the database if needed, apply pending migrations, exit.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { redact } from '../common/redact-url.js';
import { ConfigError, loadConfig } from '../config/index.js';
import { standaloneOptions } from './database-options.js';
import { waitForDatabase } from './ensure-database.js';
import { migrate } from './migrate.js';

async function main(): Promise<void> {
  const config = loadConfig();
  // As the service does: wait out a server still starting, then name the address and DATABASE_URL.
  const created = await waitForDatabase(config.database.url, { log: (line) => console.error(line) });
  if (created === 'created') console.log(`created database ${redact(config.database.url)}`);
  const dataSource = await new DataSource(standaloneOptions(config.database)).initialize();
  try {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `migration failed: ${(error as Error).message}`);
  process.exit(1);
});
