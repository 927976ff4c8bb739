import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PeriodicTask } from '../common/periodic-task.js';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../config/index.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookJobs } from './webhook-jobs.service.js';

const BATCH = 1000;

/**
 * Wakes the endpoints of deliveries that are due but were not sent: Redis
 * was down when their job was enqueued or lost it (FLUSHALL), or the worker
 * sending them died and its lease lapsed. Waking an endpoint that is being
 * worked on costs one claim that finds nothing new.
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

  /** Returns how many endpoints it woke. */
  async sweep(): Promise<number> {
    // Only deliveries overdue by a full interval: one simply waiting its turn is left alone.
    const endpoints = await this.deliveries.overdueEndpoints(this.config.queue.reconcileIntervalMs, BATCH);
    await this.jobs.wake(endpoints);
    if (endpoints.length > 0) this.logger.log(`woke ${endpoints.length} webhook endpoints with overdue deliveries`);
    return endpoints.length;
  }
}
