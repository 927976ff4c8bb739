import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { ConfigError, loadConfig, type AppConfig } from './config/index.js';
import { redact } from './database/ensure-database.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  const logger = new Logger('Main');
  if (config.auth.jwtSecretGenerated) {
    logger.warn('JWT_SECRET is not set: using a random secret, so access tokens die with this process');
  }
  // Workers listen too: health and metrics only, for probes and scrapes.
  await app.listen(config.http.port, config.http.host);
  logger.log(
    `claimtrail ${config.role} listening on ${config.http.host}:${config.http.port} ` +
      `(db ${redact(config.database.url)}, queue prefix ${config.queue.prefix})`,
  );
}

main().catch((error) => {
  console.error(`claimtrail failed to start: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
