import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../config/index.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { ON_JOB, ON_JOB_ABANDONED, type JobAbandoner, type JobRunner } from './on-job.decorator.js';
import { JOB_QUEUE, JobName, QueueName } from './queues.js';
import { RedisOutageLog } from './redis-outage-log.js';
import { createWorkerConnection } from './redis.js';

/**
 * Runs one BullMQ Worker per queue that dispatches on the job name. Two
 * Workers on one queue in one process would just compete for the same jobs,
 * so handlers are methods marked @OnJob, found here at start-up, instead of
 * each opening their own Worker. Every job's outcome is counted here.
 */
@Injectable()
export class WorkerHost implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerHost.name);
  private readonly runners = new Map<JobName, JobRunner>();
  private readonly abandoners = new Map<JobName, JobAbandoner>();
  private readonly workers: { worker: Worker; connection: Redis }[] = [];
  /** Jobs whose handler is running in this process. */
  private readonly running = new Set<Promise<unknown>>();
  private outage?: RedisOutageLog;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly metrics: MetricsService,
  ) {}

  /** Every provider is instantiated by now: collect the @OnJob and @OnJobAbandoned methods. */
  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method] as (...args: never[]) => Promise<unknown>;
        this.collect(this.runners, this.reflector.get<JobName>(ON_JOB, fn), fn.bind(instance) as JobRunner, 'handlers');
        this.collect(this.abandoners, this.reflector.get<JobName>(ON_JOB_ABANDONED, fn), fn.bind(instance) as JobAbandoner, 'abandon hooks');
      }
    }
  }

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config)) return;
    const queues = Object.values(QueueName).filter((q) => this.config.queue.workerQueues?.includes(q) ?? true);
    // Fail at start-up rather than leave a job kind to rot in its queue.
    const missing = Object.values(JobName).filter((name) => queues.includes(JOB_QUEUE[name]) && !this.runners.has(name));
    if (missing.length > 0) throw new Error(`no handler registered for job(s): ${missing.join(', ')}`);

    const outage = (this.outage = new RedisOutageLog(this.config.redis.url, this.logger));
    for (const queue of queues) {
      const connection = createWorkerConnection(this.config.redis.url);
      connection.on('ready', () => outage.ready());
      const worker = new Worker(queue, (job) => this.dispatch(job), {
        connection,
        prefix: this.config.queue.prefix,
        concurrency: this.concurrencyOf(queue),
        // Every queue: BullMQ renews the lock while a job runs, so this is not a
        // cap on a job's length but how long the job of a worker that died (or
        // blocked its event loop) stays taken before another worker runs it;
        // stalled jobs are looked for as often.
        lockDuration: this.config.queue.jobLockMs,
        stalledInterval: this.config.queue.jobLockMs,
        maxStalledCount: 2,
      });
      worker.on('error', (error) => {
        if (!outage.failed(error)) this.logger.warn(`worker ${queue}: ${error.message}`);
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, attemptsMade: job?.attemptsMade, err: error.message }, `job failed`),
      );
      this.workers.push({ worker, connection });
    }
    this.logger.log(`workers started for ${this.workers.map((w) => w.worker.name).join(', ')}`);
  }

  /**
   * Stop taking jobs and let running ones finish before the database closes.
   * With Redis down, BullMQ's graceful close waits for Redis forever: then
   * the running handlers are awaited here and the workers closed by force
   * (what a handler could not report to Redis runs again, as after a crash).
   */
  async onModuleDestroy(): Promise<void> {
    const workers = this.workers.splice(0);
    const redisDown = this.outage?.isDown() || workers.some((w) => w.connection.status !== 'ready');
    if (redisDown) await Promise.allSettled([...this.running]);
    await Promise.allSettled(workers.map((w) => w.worker.close(redisDown)));
    // BullMQ leaves a connection it was given open (it may be shared); these are not.
    for (const { connection } of workers) connection.disconnect();
  }

  /** Lets the job's handler record that its work was given up (see JobAbandoner). */
  async abandon(name: JobName, payload: unknown, reason: string): Promise<void> {
    await this.abandoners.get(name)?.(payload as never, reason);
  }

  private collect<F>(into: Map<JobName, F>, name: JobName | undefined, fn: F, what: string): void {
    if (name === undefined) return;
    if (into.has(name)) throw new Error(`two ${what} for job "${name}"`);
    into.set(name, fn);
  }

  private concurrencyOf(queue: QueueName): number {
    switch (queue) {
      case QueueName.Analysis:
        return this.config.queue.analysisConcurrency;
      case QueueName.Verification:
        return this.config.review.concurrency;
      case QueueName.Webhooks:
        return this.config.webhooks.concurrency;
    }
  }

  /** Runs the job's handler and counts its outcome once: done, skipped, retry (BullMQ tries again) or failed (it will not). */
  async dispatch(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    const run = this.runners.get(name);
    if (!run || JOB_QUEUE[name] !== job.queueName) {
      throw new Error(`no handler for job "${job.name}" on queue "${job.queueName}"`);
    }
    const queue = job.queueName;
    const running = run(job as Job<never, unknown, never>);
    this.running.add(running);
    try {
      const outcome = await running;
      this.metrics.jobsProcessed.inc({ queue, outcome });
      return outcome;
    } catch (error) {
      this.metrics.jobsProcessed.inc({ queue, outcome: isFinalFailure(job, error) ? 'failed' : 'retry' });
      throw error;
    } finally {
      this.running.delete(running);
    }
  }
}

/** BullMQ will not run the job again after this error. */
export function isFinalFailure(job: Job, error: unknown): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
