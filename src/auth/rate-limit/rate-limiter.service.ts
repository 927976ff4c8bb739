import { HttpException, HttpStatus, Inject, Injectable, Logger, SetMetadata } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../../config/index.js';
import type { Principal } from '../principal.js';
import { Budget, clientKey, lockoutSeconds } from './rate-limit.policy.js';

export const RATE_LIMIT_REDIS = Symbol('RATE_LIMIT_REDIS');
export const RATE_BUDGET = 'claimtrail:rate-budget';

/** An extra budget a route draws from besides the caller's (login, submissions, readiness probes). */
export const RateBudget = (budget: typeof Budget.LoginIp | typeof Budget.Submit | typeof Budget.HealthIp | typeof Budget.CallerIp) =>
  SetMetadata(RATE_BUDGET, budget);
/** Marks the login route for the strict per-IP login limit. */
export const LoginRateLimit = () => RateBudget(Budget.LoginIp);
/**
 * An open route that writes (signing out stores the token's revocation) draws from the address's budget,
 * as a signed-in person's requests do; it drew from none, so a script could repeat it without end.
 */
export const AddressRateLimit = () => RateBudget(Budget.CallerIp);

export interface HttpReply {
  header(name: string, value: string | number): unknown;
  getHeader?(name: string): unknown;
}

// Consecutive failed logins are remembered this long; a success forgets them.
const FAILURE_MEMORY_SECONDS = 24 * 3600;

/**
 * Rate limits with rate-limiter-flexible: counted in Redis so every API
 * process shares one budget per caller, with a per-process memory limiter
 * as insurance while Redis is unreachable (limits must neither take the API
 * down nor make a request wait for Redis). Answers 429 with `Retry-After`.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly budgets: Record<Budget, { limiter: RateLimiterAbstract; limit: number }>;
  private readonly loginFailures: RateLimiterAbstract;
  private readonly lockouts: RateLimiterAbstract;

  constructor(
    @Inject(RATE_LIMIT_REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const limits = config.rateLimit;
    const prefix = `${config.queue.prefix}:ratelimit`;
    const duration = Math.max(1, Math.ceil(limits.ttlMs / 1000));
    const make = (name: string, points: number, seconds = duration) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:${name}`,
        points,
        duration: seconds,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, points, duration: seconds }),
      });
    const budget = (name: Budget, limit: number) => ({ limiter: make(name, limit), limit });
    this.budgets = {
      [Budget.CallerIp]: budget(Budget.CallerIp, limits.perIp),
      [Budget.ApiKey]: budget(Budget.ApiKey, limits.perApiKey),
      [Budget.Submit]: budget(Budget.Submit, limits.submitPerCaller),
      [Budget.LoginIp]: budget(Budget.LoginIp, limits.loginPerIp),
      [Budget.HealthIp]: budget(Budget.HealthIp, limits.healthPerIp),
    };
    this.loginFailures = make('login-failures', limits.loginFailuresPerAccount, FAILURE_MEMORY_SECONDS);
    this.lockouts = make('login-lockouts', 1_000_000, FAILURE_MEMORY_SECONDS);
  }

  consumeCaller(principal: Principal, ip: string, reply: HttpReply): Promise<void> {
    return principal.kind === 'api-key'
      ? this.consume(Budget.ApiKey, principal.apiKeyId, reply)
      : this.consume(Budget.CallerIp, clientKey(ip), reply);
  }

  /** A caller without credentials on a route that answers one (who is signed in) draws from the address's budget. */
  consumeAnonymous(ip: string, reply: HttpReply): Promise<void> {
    return this.consume(Budget.CallerIp, clientKey(ip), reply);
  }

  /** Requests refused for bad credentials draw from the address's budget too. */
  consumeRefused(ip: string, reply: HttpReply): Promise<void> {
    return this.consume(Budget.CallerIp, clientKey(ip), reply);
  }

  /** A route's own budget: per caller for submissions, per address for the others. */
  consumeRoute(budget: Budget, principal: Principal | undefined, ip: string, reply: HttpReply): Promise<void> {
    const key =
      budget === Budget.Submit && principal
        ? principal.kind === 'api-key' ? `key:${principal.apiKeyId}` : `user:${principal.userId}`
        : clientKey(ip);
    return this.consume(budget, key, reply);
  }

  /** 429 while the account is locked out after too many failed logins. */
  async assertLoginAllowed(account: string, reply: HttpReply): Promise<void> {
    const state = await this.loginFailures.get(account).catch(() => null);
    if (state && state.consumedPoints > this.config.rateLimit.loginFailuresPerAccount && state.msBeforeNext > 0) {
      throw this.tooMany(state.msBeforeNext, reply, 'Too many failed sign-ins for this account');
    }
  }

  /**
   * Counts a failed login; the failure that uses up the allowance locks the
   * account (the next attempt waits, right password or not), longer each time.
   */
  async recordLoginFailure(account: string): Promise<void> {
    let failures: number;
    try {
      failures = (await this.loginFailures.consume(account)).consumedPoints;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return this.warn(rejection);
      failures = rejection.consumedPoints;
    }
    if (failures < this.config.rateLimit.loginFailuresPerAccount) return;
    const lockouts = await this.lockouts.consume(account).then((r) => r.consumedPoints, () => 1);
    await this.loginFailures.block(account, lockoutSeconds(lockouts)).catch((e: unknown) => this.warn(e));
  }

  async recordLoginSuccess(account: string): Promise<void> {
    await this.clearLockout(account);
  }

  /** Forgets the account's failed logins and lock-outs: a sign-in succeeded, or an admin set a new password. */
  async clearLockout(account: string): Promise<void> {
    await Promise.all([this.loginFailures.delete(account), this.lockouts.delete(account)]).catch((e: unknown) => this.warn(e));
  }

  private async consume(budget: Budget, key: string, reply: HttpReply): Promise<void> {
    const { limiter, limit } = this.budgets[budget];
    try {
      const state = await limiter.consume(key);
      this.headers(reply, limit, state);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return this.warn(rejection);
      this.headers(reply, limit, rejection);
      throw this.tooMany(rejection.msBeforeNext, reply, 'Rate limit exceeded');
    }
  }

  /**
   * A request that draws from two budgets (a submission: the caller's and the submission budget) reports the
   * one with fewer requests left, which refuses first: a key whose read budget was nearly spent was shown its
   * whole submission budget, then refused by the other one.
   */
  private headers(reply: HttpReply, limit: number, state: RateLimiterRes): void {
    const remaining = Math.max(0, state.remainingPoints);
    const reported = Number(reply.getHeader?.('X-RateLimit-Remaining'));
    if (reported < remaining) return;
    reply.header('X-RateLimit-Limit', limit);
    reply.header('X-RateLimit-Remaining', remaining);
    reply.header('X-RateLimit-Reset', Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  }

  private tooMany(msBeforeNext: number, reply: HttpReply, what: string): HttpException {
    const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    reply.header('Retry-After', seconds);
    return new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `${what}; retry in ${seconds} second${seconds === 1 ? '' : 's'}`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  private warn(error: unknown): void {
    // Both the store and its insurance failed: let the request through rather than fail it.
    this.logger.warn(`rate limiting skipped: ${(error as Error)?.message ?? error}`);
  }
}
