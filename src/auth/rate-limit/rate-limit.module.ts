import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import { RATE_LIMIT_STORE, RateLimiter } from './rate-limiter.service.js';
import { RedisRateLimitStore, type RateLimitStore } from './rate-limit.store.js';

/** A connection that fails fast (no offline queue) so a Redis outage never stalls a request. */
function createRateLimitRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 500,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  });
  // Failures surface (rate-limited) through failed commands; without a listener
  // ioredis would print every reconnect attempt as an unhandled error event.
  redis.on('error', () => undefined);
  return redis;
}

@Module({
  providers: [
    {
      provide: RATE_LIMIT_STORE,
      inject: [APP_CONFIG],
      // QUEUE_PREFIX namespaces these keys too, so test runs never share counts.
      useFactory: (config: AppConfig): RateLimitStore =>
        new RedisRateLimitStore(createRateLimitRedis(config.redis.url), config.queue.prefix),
    },
    RateLimiter,
  ],
  exports: [RateLimiter],
})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
