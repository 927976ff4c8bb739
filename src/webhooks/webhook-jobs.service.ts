import { Injectable, Logger } from '@nestjs/common';
import { JobName, QueueName, QueueService, jobIdFor } from '../queue/index.js';
import type { Ready } from './webhook-deliveries.repository.js';

/**
 * Enqueues delivery attempts. Best effort: PostgreSQL holds every pending
 * delivery, and the sweeper re-creates any job Redis did not take or lost.
 */
@Injectable()
export class WebhookJobs {
  private readonly logger = new Logger(WebhookJobs.name);

  constructor(private readonly queues: QueueService) {}

  async enqueue(ready: readonly Ready[]): Promise<void> {
    if (ready.length === 0) return;
    if (!this.queues.isAvailable()) return;
    const now = Date.now();
    try {
      await this.queues.queue(QueueName.Webhooks).addBulk(
        ready.map((r) => {
          const data = { deliveryId: r.id, attempt: r.attempt_count };
          const delay = Math.max(0, new Date(r.next_attempt_at).getTime() - now);
          return {
            name: JobName.DeliverWebhook,
            data,
            opts: { jobId: jobIdFor(JobName.DeliverWebhook, data), ...(delay > 0 ? { delay } : {}) },
          };
        }),
      );
    } catch (error) {
      this.logger.warn(`could not enqueue ${ready.length} webhook deliveries (the sweeper will): ${(error as Error).message}`);
    }
  }
}
