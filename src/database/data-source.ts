// Standalone data source for `npm run migration:run` and TypeORM's CLI.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/index.js';
import { standaloneOptions } from './database-options.js';

const config = loadConfig();

export default new DataSource(standaloneOptions(config.database));
