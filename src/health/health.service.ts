import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, runsApi, type AppConfig } from '../config/index.js';
import { QueueService } from '../queue/index.js';

export type CheckStatus = 'up' | 'down';
export interface Readiness {
  ready: boolean;
  /** Ready, with a check down that this process can serve without (Redis, for the API). */
  degraded: boolean;
  checks: { database: CheckStatus; redis: CheckStatus; migrations: CheckStatus };
  problems: string[];
}

const CHECK_TIMEOUT_MS = 2000;
const CHECKS = ['database', 'redis', 'migrations'] as const;

/**
 * Readiness, by Terminus: PostgreSQL answers, Redis answers, and no migration is pending.
 * The API serves without Redis (submissions wait in the outbox, rate limits fall back to
 * memory), so there Redis down is "degraded", not "not ready": a readiness probe failing
 * on it took every API process out of the load balancer at once for a Redis blip.
 */
@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async readiness(): Promise<Readiness> {
    const result = await this.check();
    const problems = CHECKS.filter((name) => result.details[name]?.status !== 'up');
    for (const name of problems) {
      // The error text names hosts and drivers: the log gets it, the open endpoint only the check's name.
      this.logger.warn(`readiness check ${name} failed: ${String(result.details[name]?.['message'] ?? 'no answer')}`);
    }
    const status = (name: (typeof CHECKS)[number]): CheckStatus => (problems.includes(name) ? 'down' : 'up');
    const blocking = problems.filter((name) => name !== 'redis' || !runsApi(this.config));
    return { ready: blocking.length === 0, degraded: blocking.length < problems.length, checks: { database: status('database'), redis: status('redis'), migrations: status('migrations') }, problems };
  }

  /** Terminus's result, also when a check failed (it throws that as a 503). */
  private async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { connection: this.dataSource }).withTimeout(CHECK_TIMEOUT_MS),
        () => this.indicators.check('redis').attempt(() => this.queues.ping()).withTimeout(CHECK_TIMEOUT_MS),
        () =>
          this.indicators
            .check('migrations')
            .attempt(async () => {
              const pending = await this.pendingMigrations();
              if (pending.length > 0) throw new Error(`pending migrations: ${pending.join(', ')}`);
            })
            .withTimeout(CHECK_TIMEOUT_MS),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
      throw error;
    }
  }

  /** The code's migrations the database has not run; not showMigrations(), which logs every migration at every probe. */
  private async pendingMigrations(): Promise<string[]> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    const rows = await this.dataSource.query<Array<{ name: string }>>(`SELECT name FROM "${table}"`);
    const applied = new Set(rows.map((r) => r.name));
    return this.dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
  }
}
