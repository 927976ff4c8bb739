import { HttpException, HttpStatus, Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import { IS_PUBLIC } from '../decorators.js';
import { principalOf } from '../principal.js';
import { bucketFor } from './rate-limit.policy.js';
import type { RateLimitStore } from './rate-limit.store.js';

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');
const LOGIN_RATE_LIMIT = 'claimtrail:login-rate-limit';

/** Marks the login route for the strict per-IP login limit. */
export const LoginRateLimit = () => SetMetadata(LOGIN_RATE_LIMIT, true);

interface HttpReply {
  header(name: string, value: string | number): unknown;
}

/**
 * Global rate limit (APP_GUARD, registered after AuthGuard). Answers 429 with
 * `Retry-After` and the usual `{statusCode, error, message}` body.
 *
 * Why not @nestjs/throttler: v6 is CommonJS and require()s the ESM-only
 * @nestjs/common 12. Node 20.19 tolerates that, Jest on Node 20 cannot, so
 * no test could boot the app. This guard does the same job in a few lines.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const http = context.switchToHttp();
    const request = http.getRequest<{ ip?: string }>();
    const bucket = bucketFor(
      this.config.rateLimit,
      {
        isPublic: this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false,
        isLogin: this.reflector.getAllAndOverride<boolean>(LOGIN_RATE_LIMIT, targets) ?? false,
      },
      principalOf(request),
      request.ip ?? 'unknown',
    );
    if (!bucket) return true;

    const { hits, resetMs } = await this.store.hit(bucket.key, bucket.windowMs);
    const reply = http.getResponse<HttpReply>();
    const resetSeconds = Math.max(1, Math.ceil(resetMs / 1000));
    reply.header('X-RateLimit-Limit', bucket.limit);
    reply.header('X-RateLimit-Remaining', Math.max(0, bucket.limit - hits));
    reply.header('X-RateLimit-Reset', resetSeconds);
    if (hits <= bucket.limit) return true;

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
