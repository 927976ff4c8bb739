// Standalone data source for TypeORM's CLI (`npx typeorm migration:revert -d dist/database/data-source.js`).
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { scriptLogger } from '../common/logging.js';
import { loadConfig } from '../config/index.js';
import { standaloneOptions } from './database-options.js';

const config = loadConfig();
// TypeORM's lines as JSON, as the service and the migration runner write them.
Logger.overrideLogger(scriptLogger(config));

export default new DataSource(standaloneOptions(config.database));
