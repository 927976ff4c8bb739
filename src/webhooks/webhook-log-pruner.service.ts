import { Inject, Injectable } from '@nestjs/common';
import { deleteInBatches } from '../common/delete-in-batches.js';
import { WorkerTask } from '../common/worker-task.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
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
export class WebhookLogPruner extends WorkerTask {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {
    super(config, 'webhook log pruning', RUN_EVERY_MS);
  }

  protected override enabled(): boolean {
    return super.enabled() && this.config.retention.webhookLogMs !== null;
  }

  protected runOnce(): Promise<number> {
    return this.prune();
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
