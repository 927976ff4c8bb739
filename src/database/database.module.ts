import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { databaseOptions } from './database-options.js';
import { ensureDatabase } from './ensure-database.js';
import { migrate } from './migrate.js';

/**
 * PostgreSQL through TypeORM. The data source is ready only once the database
 * exists and every migration has run, so no module ever sees an old schema.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...databaseOptions(config.database.url, config.database.poolSize, config.database),
        autoLoadEntities: true,
        retryAttempts: 5,
        retryDelay: 2000,
      }),
      dataSourceFactory: async (options) => {
        const opts = options as DataSourceOptions & { url: string };
        await ensureDatabase(opts.url);
        const dataSource = await new DataSource(opts).initialize();
        const applied = await migrate(dataSource);
        if (applied.length > 0) new Logger('Migrations').log(`applied ${applied.join(', ')}`);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
