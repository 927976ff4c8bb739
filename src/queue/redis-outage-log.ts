import { FailureLog, type FailureLogger } from '../common/failure-log.js';
import { redact } from '../common/redact-url.js';

/** Errors that mean Redis cannot be reached, as opposed to a failing command or job. */
const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection is closed|connect timeout/i;

export type OutageLogger = FailureLogger;

/**
 * A process's view of a Redis outage, for the operator: one line saying
 * where Redis was expected and which variable sets it, a reminder every
 * `repeatMs` while it lasts, and one line when it is back. Every worker
 * connection reports each failed reconnect; logged as they came, that was
 * six lines a second that never named REDIS_URL.
 */
export class RedisOutageLog {
  private readonly log: FailureLog;

  constructor(
    url: string,
    logger: OutageLogger,
    repeatMs = 60_000,
    now: () => number = Date.now,
    // What stops while Redis is away, for the process that logs it.
    meanwhile = 'workers take no jobs until it is back',
  ) {
    const where = `Redis at ${redact(url)}`;
    const lines = {
      first: (error: Error) => `${where} (REDIS_URL) is unreachable: ${error.message}; ${meanwhile}`,
      still: (seconds: string, _failures: number, error: Error) => `${where} (REDIS_URL) still unreachable after ${seconds} s: ${error.message}`,
      back: (seconds: string) => `${where} is reachable again after ${seconds} s`,
    };
    this.log = new FailureLog(lines, logger, repeatMs, now);
  }

  /** An error from a worker: true when it was an outage (and is logged here), false for anything else. */
  failed(error: Error): boolean {
    if (!UNREACHABLE.test(error.message)) return false;
    this.log.failed(error);
    return true;
  }

  /** A worker connection is ready: ends the outage, if there was one. */
  ready(): void {
    this.log.succeeded();
  }

  isDown(): boolean {
    return this.log.failing;
  }
}
