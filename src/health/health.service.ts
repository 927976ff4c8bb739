import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { QueueService } from '../queue/index.js';

export type CheckStatus = 'up' | 'down';
export interface Readiness {
  ready: boolean;
  checks: { database: CheckStatus; redis: CheckStatus; migrations: CheckStatus };
  problems: string[];
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Readiness: PostgreSQL answers, Redis answers, and no migration is pending. */
@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  async readiness(): Promise<Readiness> {
    const problems: string[] = [];
    const probe = async (name: string, fn: () => Promise<unknown>): Promise<CheckStatus> => {
      try {
        await withTimeout(fn(), name);
        return 'up';
      } catch (error) {
        // The error text names hosts and drivers: the log gets it, the open endpoint only the check's name.
        this.logger.warn(`readiness check ${name} failed: ${(error as Error).message}`);
        problems.push(name);
        return 'down';
      }
    };
    const [database, redis, migrations] = await Promise.all([
      probe('database', () => this.dataSource.query('SELECT 1')),
      probe('redis', () => this.queues.ping()),
      probe('migrations', async () => {
        const pending = await this.pendingMigrations();
        if (pending.length > 0) throw new Error(`pending migrations: ${pending.join(', ')}`);
      }),
    ]);
    return { ready: problems.length === 0, checks: { database, redis, migrations }, problems };
  }

  /** The code's migrations the database has not run; not showMigrations(), which logs every migration at every probe. */
  private async pendingMigrations(): Promise<string[]> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    const rows = await this.dataSource.query<Array<{ name: string }>>(`SELECT name FROM "${table}"`);
    const applied = new Set(rows.map((r) => r.name));
    return this.dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
  }
}
