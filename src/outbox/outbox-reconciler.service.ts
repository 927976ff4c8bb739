import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WorkerTask } from '../common/worker-task.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { returning } from '../database/sql.js';
import { QueueService, WorkerHost, type JobName, type QueueName } from '../queue/index.js';

interface PendingRow {
  id: string;
  enqueue_count: number;
  queue: QueueName;
  job_name: JobName;
  job_id: string;
  payload: Record<string, unknown>;
}

const BATCH = 500;
// Work whose job failed this often without its handler recording an outcome
// (it crashes or stalls the worker) is a poison message: stop re-enqueueing it.
export const MAX_REENQUEUES = 5;

/**
 * Re-enqueues outbox work that has no live job: Redis was down when the work
 * was recorded, or lost its data since. Safe to run in every worker process at
 * once: rows are claimed with SKIP LOCKED and jobs are keyed by their work.
 */
@Injectable()
export class OutboxReconciler extends WorkerTask {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    private readonly workers: WorkerHost,
  ) {
    super(config, 'reconcile', config.queue.reconcileIntervalMs);
  }

  protected runOnce(): Promise<number> {
    return this.reconcile();
  }

  /** One pass: returns how many jobs were (re-)created. */
  async reconcile(olderThanMs = this.config.queue.reconcileIntervalMs): Promise<number> {
    if (!this.queues.isAvailable()) return 0;
    let enqueued = 0;
    for (;;) {
      const rows = await this.claimBatch(olderThanMs);
      for (const [queue, group] of groupBy(rows, (row) => row.queue)) {
        const states = await this.queues.jobStates(queue, group.map((row) => row.job_id));
        for (const row of group) {
          if (await this.ensureJob(row, states.get(row.job_id) ?? 'missing')) enqueued++;
        }
      }
      if (rows.length < BATCH) break;
    }
    if (enqueued > 0) this.logger.log(`re-enqueued ${enqueued} job(s) from the outbox`);
    return enqueued;
  }

  // Touching checked_at spreads the work: each row is looked at once per interval.
  private async claimBatch(olderThanMs: number): Promise<PendingRow[]> {
    return returning<PendingRow>(
      this.dataSource.manager,
      `UPDATE outbox SET checked_at = now()
        WHERE id IN (SELECT id FROM outbox
                      WHERE checked_at <= now() - make_interval(secs => $1::double precision / 1000)
                      ORDER BY checked_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, job_name, job_id, payload, enqueue_count`,
      [olderThanMs, BATCH],
    );
  }

  private async ensureJob(row: PendingRow, state: 'missing' | 'failed' | 'live'): Promise<boolean> {
    if (state === 'live') return false;
    if (state === 'failed') {
      // The job gave up without its handler recording the outcome (the
      // database was down at that moment, or the worker died on it).
      const job = await this.queues.getJob(row.queue, row.job_id);
      if (row.enqueue_count >= MAX_REENQUEUES) {
        await this.abandon(row, `gave up after ${row.enqueue_count + 1} runs: ${job?.failedReason ?? 'unknown error'}`);
        return false;
      }
      await job?.remove();
    }
    await this.queues.add(row.job_name, row.payload as never);
    await this.dataSource.query(`UPDATE outbox SET enqueue_count = enqueue_count + 1 WHERE id = $1`, [row.id]);
    return true;
  }

  private async abandon(row: PendingRow, reason: string): Promise<void> {
    this.logger.error({ jobId: row.job_id, reason }, 'abandoning outbox work');
    await this.workers.abandon(row.job_name, row.payload, reason);
    await this.dataSource.query(`DELETE FROM outbox WHERE id = $1`, [row.id]);
  }
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
