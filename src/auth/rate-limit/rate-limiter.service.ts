import { HttpException, HttpStatus, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import type { Principal } from '../principal.js';
import { callerBucket, loginBucket, refusedBucket, type Bucket } from './rate-limit.policy.js';
import type { RateLimitStore } from './rate-limit.store.js';

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');
export const LOGIN_RATE_LIMIT = 'claimtrail:login-rate-limit';

/** Marks the login route for the strict per-IP login limit. */
export const LoginRateLimit = () => SetMetadata(LOGIN_RATE_LIMIT, true);

export interface HttpReply {
  header(name: string, value: string | number): unknown;
}

/**
 * Rate limits, applied by AuthGuard once it knows who is calling. Answers
 * 429 with `Retry-After` and the usual `{statusCode, error, message}` body.
 *
 * Why not @nestjs/throttler: v6 is CommonJS and require()s the ESM-only
 * @nestjs/common 12. Node 20.19 tolerates that, Jest on Node 20 cannot, so
 * no test could boot the app. Fixed windows in Redis do the same job.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  consumeLogin(ip: string, reply: HttpReply): Promise<void> {
    return this.consume(loginBucket(this.config.rateLimit, ip), reply);
  }

  consumeCaller(principal: Principal, ip: string, reply: HttpReply): Promise<void> {
    return this.consume(callerBucket(this.config.rateLimit, principal, ip), reply);
  }

  consumeRefused(ip: string, reply: HttpReply): Promise<void> {
    return this.consume(refusedBucket(this.config.rateLimit, ip), reply);
  }

  async consume(bucket: Bucket, reply: HttpReply): Promise<void> {
    const { hits, resetMs } = await this.store.hit(bucket.key, bucket.windowMs);
    const resetSeconds = Math.max(1, Math.ceil(resetMs / 1000));
    reply.header('X-RateLimit-Limit', bucket.limit);
    reply.header('X-RateLimit-Remaining', Math.max(0, bucket.limit - hits));
    reply.header('X-RateLimit-Reset', resetSeconds);
    if (hits <= bucket.limit) return;

    reply.header('Retry-After', resetSeconds);
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `Rate limit exceeded; retry in ${resetSeconds} second${resetSeconds === 1 ? '' : 's'}`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
