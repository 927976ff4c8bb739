import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../config/index.js';
import { JOB_QUEUE, QueueName, jobIdFor, queuePolicy, type JobName, type JobPayloads } from './queues.js';
import { RedisOutageLog } from './redis-outage-log.js';
import { createProducerConnection } from './redis.js';

/** Redis is unreachable: the caller should rely on the outbox (or answer 503). */
export class QueueUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('the job queue (Redis) is unavailable', { cause });
    this.name = 'QueueUnavailableError';
  }
}

/** Producer side of every queue: adds jobs, reads counts. Never waits on a down Redis. */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueService.name);
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createProducerConnection(config.redis.url);
    // A process with workers has their outage log; an API process alone says it here, or nothing would.
    const outage = runsWorkers(config)
      ? undefined
      : new RedisOutageLog(config.redis.url, this.logger, 60_000, Date.now, 'submissions wait in the outbox until it is back');
    // Without a listener ioredis prints every reconnect failure as an unhandled error.
    this.connection.on('error', (error) => {
      if (!outage?.failed(error)) this.logger.debug(`redis: ${error.message}`);
    });
    this.connection.on('ready', () => outage?.ready());
    for (const name of Object.values(QueueName)) {
      const queue = new Queue(name, {
        connection: this.connection,
        prefix: config.queue.prefix,
        defaultJobOptions: queuePolicy(name, config.queue.analysisAttempts),
      });
      queue.on('error', (error) => this.logger.debug(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
  }

  get prefix(): string {
    return this.config.queue.prefix;
  }

  isAvailable(): boolean {
    return this.connection.status === 'ready';
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  allQueues(): Queue[] {
    return [...this.queues.values()];
  }

  /** Adds a job keyed by its work (see jobIdFor); adding the same work twice is harmless. */
  async add<J extends JobName>(name: J, payload: JobPayloads[J], options: JobsOptions = {}): Promise<Job> {
    if (!this.isAvailable()) throw new QueueUnavailableError();
    try {
      return await this.queue(JOB_QUEUE[name]).add(name, payload, { jobId: jobIdFor(name, payload), ...options });
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  async getJob(queue: QueueName, jobId: string): Promise<Job | undefined> {
    if (!this.isAvailable()) throw new QueueUnavailableError();
    return this.queue(queue).getJob(jobId);
  }

  /**
   * Whether each job exists and whether it has failed, in one Redis round trip
   * (the reconciler checks hundreds at a time). Reads BullMQ's key layout:
   * a job is the hash `<prefix>:<queue>:<id>`, failures the zset `...:failed`.
   */
  async jobStates(queue: QueueName, jobIds: string[]): Promise<Map<string, 'missing' | 'failed' | 'live'>> {
    if (!this.isAvailable()) throw new QueueUnavailableError();
    const q = this.queue(queue);
    const pipeline = this.connection.pipeline();
    for (const id of jobIds) pipeline.exists(q.toKey(id)).zscore(q.toKey('failed'), id);
    const replies = (await pipeline.exec()) ?? [];
    const states = new Map<string, 'missing' | 'failed' | 'live'>();
    jobIds.forEach((id, i) => {
      const [existsError, exists] = replies[2 * i] ?? [];
      const [scoreError, failedScore] = replies[2 * i + 1] ?? [];
      if (existsError || scoreError) throw new QueueUnavailableError(existsError ?? scoreError);
      states.set(id, exists === 0 ? 'missing' : failedScore !== null ? 'failed' : 'live');
    });
    return states;
  }

  async ping(): Promise<void> {
    if (!this.isAvailable()) throw new QueueUnavailableError();
    await this.connection.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
