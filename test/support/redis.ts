import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { waitFor } from './wait-for.js';

/** The shared Redis: suites and benchmarks keep to their own key prefix on it. */
export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Deletes the Redis keys matching `pattern` (a run's queue prefix); returns how many. */
export async function deleteRedisKeys(redisUrl: string, pattern: string): Promise<number> {
  const redis = new Redis(redisUrl);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/**
 * A private redis-server on its own port, which a test may stop, restart or
 * FLUSHALL without touching anyone else's data.
 */
export class PrivateRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts (or restarts) the server, unless it runs; resolves once it answers PING. */
  async start(): Promise<void> {
    if (this.running) return;
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    this.child = child;
    await waitFor(
      `redis-server on port ${this.port}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`redis-server on port ${this.port} exited with ${child.exitCode}`);
        const redis = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        redis.on('error', () => undefined);
        try {
          await redis.connect();
          return (await redis.ping()) === 'PONG' ? true : undefined;
        } catch {
          return undefined;
        } finally {
          redis.disconnect();
        }
      },
      10_000,
    );
  }

  async flushAll(): Promise<void> {
    const redis = new Redis(this.url);
    try {
      await redis.flushall();
    } finally {
      redis.disconnect();
    }
  }

  /** Kills the server (as a crash would); its data is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * What BullMQ recorded of one job in its queue's event stream, oldest first
 * ('added', 'waiting', 'active', 'stalled', 'completed', 'failed', ...): one
 * 'active' per run, whichever worker ran it and even if that worker died.
 */
export async function jobEvents(redisUrl: string, prefix: string, queue: string, jobId: string): Promise<string[]> {
  const redis = new Redis(redisUrl);
  try {
    const entries = await redis.xrange(`${prefix}:${queue}:events`, '-', '+');
    return entries
      .map(([, fields]) => Object.fromEntries(fields.flatMap((_, i) => (i % 2 === 0 ? [[fields[i], fields[i + 1]]] : []))) as Record<string, string>)
      .filter((event) => event['jobId'] === jobId)
      .map((event) => event['event']);
  } finally {
    redis.disconnect();
  }
}
