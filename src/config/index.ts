export { configWarnings, listeningLine, loadConfig, runsApi, runsWorkers, ConfigError, type AppConfig } from './app-config.js';
export { APP_CONFIG, ConfigModule } from './config.module.js';
export type { AppRole } from './env.schema.js';
