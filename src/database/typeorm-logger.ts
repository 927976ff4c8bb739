import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLoggerContract } from 'typeorm';

// A statement can be a page long and hold article text; the log needs which one failed, not all of it.
const MAX_SQL = 500;

/** The statement on one line, shortened; parameters are never logged (they hold user text and hashes). */
export function oneLineSql(query: string): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SQL ? `${flat.slice(0, MAX_SQL)}...` : flat;
}

/**
 * TypeORM's messages through the application logger (pino: one JSON line
 * each), instead of its own console output, which spreads a failed
 * statement and its parameters over many lines.
 */
export class TypeOrmLogger implements TypeOrmLoggerContract {
  constructor(private readonly logger = new NestLogger('TypeORM')) {}

  logQuery(): void {
    // Not logged: one line per statement would drown everything else.
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown): void {
    const message = typeof error === 'string' ? error : error.message;
    const code = typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
    this.logger.warn({ sql: oneLineSql(query), code }, `query failed: ${message}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ sql: oneLineSql(query), ms: time }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.log(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
