import { Inject, Injectable } from '@nestjs/common';
import { WorkerTask } from '../common/worker-task.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
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
export class WebhookSweeper extends WorkerTask {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: WebhookJobs,
  ) {
    super(config, 'webhook sweep', config.queue.reconcileIntervalMs);
  }

  protected runOnce(): Promise<number> {
    return this.sweep();
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
