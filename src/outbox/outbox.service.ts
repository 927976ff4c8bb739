import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, QueueService, jobIdFor, type JobName, type JobPayloads } from '../queue/index.js';
import type { SqlFragment } from '../database/sql.js';
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

  /**
   * The INSERT for a data-modifying CTE of a single-statement write: records
   * the job once per row of `from` (a CTE of the same statement, so nothing is
   * recorded when it wrote nothing). Parameters are numbered from `firstParam`.
   */
  insertFragment<J extends JobName>(name: J, payload: JobPayloads[J], from: string, firstParam: number): SqlFragment {
    const n = (i: number) => `$${firstParam + i}`;
    return {
      sql: `INSERT INTO outbox (queue, job_name, job_id, payload)
            SELECT ${n(0)}, ${n(1)}, ${n(2)}, ${n(3)}::jsonb FROM ${from}
            ON CONFLICT (job_id) DO NOTHING`,
      params: [JOB_QUEUE[name], name, jobIdFor(name, payload), JSON.stringify(payload)],
    };
  }

  /** The DELETE of a job's row for a data-modifying CTE (the job is done). */
  completeFragment<J extends JobName>(name: J, payload: JobPayloads[J], param: number): SqlFragment {
    return { sql: `DELETE FROM outbox WHERE job_id = $${param}`, params: [jobIdFor(name, payload)] };
  }

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
