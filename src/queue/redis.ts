import { Redis, type RedisOptions } from 'ioredis';

/**
 * Producer connection: commands fail at once while Redis is unreachable
 * (no offline queue, one retry), so a request never waits on Redis.
 */
export function createProducerConnection(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 2000,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  } satisfies RedisOptions);
}

/** Worker connection: BullMQ's blocking commands need unlimited retries. */
export function createWorkerConnection(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    connectTimeout: 5000,
    retryStrategy: (times) => Math.min(500 * times, 5000),
  });
}
