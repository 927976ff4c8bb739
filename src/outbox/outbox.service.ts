import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, QueueService, jobIdFor, type JobName, type JobPayloads } from '../queue/index.js';
import { OutboxEntry } from './outbox-entry.entity.js';

/**
 * Transactional outbox: `record` inside the transaction that calls for the
 * work, `dispatch` after it commits, `complete` inside the job's own
 * transaction. A crash or a Redis outage between the steps leaves the row,
 * and the reconciler enqueues it again.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(private readonly queues: QueueService) {}

  async record<J extends JobName>(manager: EntityManager, name: J, payload: JobPayloads[J]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntry)
      .values({ queue: JOB_QUEUE[name], jobName: name, jobId: jobIdFor(name, payload), payload })
      .orIgnore() // the same work recorded twice is still one piece of work
      .execute();
  }

  /** Best effort: when Redis is down the row stays and the reconciler retries. */
  async dispatch<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<boolean> {
    try {
      await this.queues.add(name, payload);
      return true;
    } catch (error) {
      this.logger.warn(`enqueue of ${jobIdFor(name, payload)} deferred to the reconciler: ${(error as Error).message}`);
      return false;
    }
  }

  async complete<J extends JobName>(manager: EntityManager, name: J, payload: JobPayloads[J]): Promise<void> {
    await manager.delete(OutboxEntry, { jobId: jobIdFor(name, payload) });
  }
}
