import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PeriodicTask } from '../common/periodic-task.js';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../config/index.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookJobs } from './webhook-jobs.service.js';

const BATCH = 1000;

/**
 * Re-creates the jobs of deliveries that are due but have no job: Redis was
 * down when they were enqueued, or lost its data (FLUSHALL). Jobs are keyed
 * by delivery and attempt, so re-adding a live one changes nothing.
 */
@Injectable()
export class WebhookSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookSweeper.name);
  private readonly task: PeriodicTask;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: WebhookJobs,
  ) {
    this.task = new PeriodicTask('webhook sweep', this.config.queue.reconcileIntervalMs, () => this.sweep(), this.logger);
  }

  onApplicationBootstrap(): void {
    if (runsWorkers(this.config)) this.task.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.task.stop();
  }

  async sweep(): Promise<number> {
    // Only deliveries overdue by a full interval: a job simply waiting its turn is left alone.
    const overdue = await this.deliveries.overdue(this.config.queue.reconcileIntervalMs, BATCH);
    await this.jobs.enqueue(overdue);
    if (overdue.length > 0) this.logger.log(`re-enqueued ${overdue.length} overdue webhook deliveries`);
    return overdue.length;
  }
}
