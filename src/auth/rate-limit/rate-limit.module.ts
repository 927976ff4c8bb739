import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import { RATE_LIMIT_REDIS, RateLimiter } from './rate-limiter.service.js';

/** A connection that fails fast (no offline queue) so a Redis outage never stalls a request. */
function createRateLimitRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 500,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  });
  // Failures surface through failed commands (the memory insurance takes over);
  // without a listener ioredis would print every reconnect attempt.
  redis.on('error', () => undefined);
  return redis;
}

@Module({
  providers: [
    { provide: RATE_LIMIT_REDIS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createRateLimitRedis(config.redis.url) },
    RateLimiter,
  ],
  exports: [RateLimiter],
})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // QUIT waits for a reply that never comes while Redis is down; just drop the socket then.
    if (this.redis.status !== 'ready') return this.redis.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
