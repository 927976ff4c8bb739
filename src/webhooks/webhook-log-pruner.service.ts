import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { deleteInBatches } from '../common/delete-in-batches.js';
import { PeriodicTask } from '../common/periodic-task.js';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../config/index.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';

const BATCH = 2000;
const BATCHES_PER_RUN = 25;
const RUN_EVERY_MS = 10 * 60_000;

/**
 * Keeps the delivery log from growing without end: finished deliveries and
 * their attempts go WEBHOOK_LOG_RETENTION_DAYS after their last attempt (each
 * body is kept whole for redelivery, so the log grows with every event and
 * endpoint). Pending deliveries are never deleted. Runs in worker processes.
 */
@Injectable()
export class WebhookLogPruner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookLogPruner.name);
  private readonly task: PeriodicTask;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {
    this.task = new PeriodicTask('webhook log pruning', RUN_EVERY_MS, () => this.prune(), this.logger);
  }

  onApplicationBootstrap(): void {
    if (runsWorkers(this.config) && this.config.retention.webhookLogMs !== null) this.task.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.task.stop();
  }

  /** Returns how many deliveries it deleted. */
  async prune(): Promise<number> {
    const keepMs = this.config.retention.webhookLogMs;
    if (keepMs === null) return 0;
    const before = new Date(Date.now() - keepMs);
    const deleted = await deleteInBatches(BATCH, BATCHES_PER_RUN, (limit) => this.deliveries.deleteFinishedBefore(before, limit));
    if (deleted > 0) this.logger.log(`deleted ${deleted} finished webhook deliveries last attempted before ${before.toISOString()}`);
    return deleted;
  }
}
