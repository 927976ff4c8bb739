import { Injectable, Logger } from '@nestjs/common';
import { JobName, QueueName, QueueService, jobIdFor } from '../queue/index.js';

/**
 * Wakes endpoints: one job per endpoint sends whatever of it is due, in
 * batches. Best effort: PostgreSQL holds every pending delivery, and the
 * sweeper wakes any endpoint whose job Redis did not take or lost.
 */
@Injectable()
export class WebhookJobs {
  private readonly logger = new Logger(WebhookJobs.name);

  constructor(private readonly queues: QueueService) {}

  /** A job for each endpoint, due now or at `at`. */
  async wake(endpointIds: readonly string[], at?: Date): Promise<void> {
    if (endpointIds.length === 0) return;
    if (!this.queues.isAvailable()) return;
    const now = Date.now();
    // Rounded up: the job must not start before the delivery it is for is due.
    const due = at ? Math.ceil(at.getTime()) + 1 : now;
    const delay = Math.max(0, due - now);
    try {
      await this.queues.queue(QueueName.Webhooks).addBulk(
        [...new Set(endpointIds)].map((endpointId) => {
          const data = { endpointId, at: due };
          // A wake-up for now gets an id of BullMQ's own: under a shared id it would be
          // dropped while a job of the same id runs, and that run may have looked already.
          return {
            name: JobName.DeliverWebhooks,
            data,
            opts: at ? { jobId: jobIdFor(JobName.DeliverWebhooks, data), delay } : {},
          };
        }),
      );
    } catch (error) {
      this.logger.warn(`could not wake ${endpointIds.length} webhook endpoints (the sweeper will): ${(error as Error).message}`);
    }
  }
}
