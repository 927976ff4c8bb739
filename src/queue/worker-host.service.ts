import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../config/index.js';
import type { JobHandler } from './job-handler.js';
import { JOB_QUEUE, JobName, QueueName } from './queues.js';
import { createWorkerConnection } from './redis.js';

/**
 * Runs one BullMQ Worker per queue that dispatches on the job name. Two
 * Workers on one queue in one process would just compete for the same jobs,
 * so handlers register here instead of each opening their own Worker.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly handlers = new Map<JobName, JobHandler>();
  private readonly workers: Worker[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(handler: JobHandler<any>): void {
    if (this.handlers.has(handler.jobName)) {
      throw new Error(`two handlers for job "${handler.jobName}"`);
    }
    this.handlers.set(handler.jobName, handler);
  }

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config)) return;
    const queues = Object.values(QueueName).filter((q) => this.config.queue.workerQueues?.includes(q) ?? true);
    // Fail at start-up rather than leave a job kind to rot in its queue.
    const missing = Object.values(JobName).filter((name) => queues.includes(JOB_QUEUE[name]) && !this.handlers.has(name));
    if (missing.length > 0) throw new Error(`no handler registered for job(s): ${missing.join(', ')}`);

    for (const queue of queues) {
      const worker = new Worker(queue, (job) => this.dispatch(job), {
        connection: createWorkerConnection(this.config.redis.url),
        prefix: this.config.queue.prefix,
        concurrency: this.concurrencyOf(queue),
        // Every queue: BullMQ renews the lock while a job runs, so this is not a
        // cap on a job's length but how long the job of a worker that died (or
        // blocked its event loop) stays taken before another worker runs it.
        lockDuration: 30_000,
        maxStalledCount: 2,
      });
      worker.on('error', (error) => this.logger.warn(`worker ${queue}: ${error.message}`));
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, attemptsMade: job?.attemptsMade, err: error.message }, `job failed`),
      );
      this.workers.push(worker);
    }
    this.logger.log(`workers started for ${this.workers.map((w) => w.name).join(', ')}`);
  }

  /** Stop taking jobs and let running ones finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    this.workers.length = 0;
  }

  /** Lets the job's handler record that its work was given up (see JobHandler.abandon). */
  async abandon(name: JobName, payload: unknown, reason: string): Promise<void> {
    await this.handlers.get(name)?.abandon?.(payload as never, reason);
  }

  private concurrencyOf(queue: QueueName): number {
    switch (queue) {
      case QueueName.Analysis:
        return this.config.queue.analysisConcurrency;
      case QueueName.Verification:
        return this.config.review.concurrency;
    }
  }

  private async dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler || JOB_QUEUE[handler.jobName] !== job.queueName) {
      throw new Error(`no handler for job "${job.name}" on queue "${job.queueName}"`);
    }
    return handler.handle(job as Job<any, unknown, any>);
  }
}
