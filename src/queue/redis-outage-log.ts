import { redact } from '../common/redact-url.js';

/** Errors that mean Redis cannot be reached, as opposed to a failing command or job. */
const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection is closed|connect timeout/i;

export interface OutageLogger {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * A process's view of a Redis outage, for the operator: one line saying
 * where Redis was expected and which variable sets it, a reminder every
 * `repeatMs` while it lasts, and one line when it is back. Every worker
 * connection reports each failed reconnect; logged as they came, that was
 * six lines a second that never named REDIS_URL.
 */
export class RedisOutageLog {
  private downSince?: number;
  private lastLine = 0;

  constructor(
    private readonly url: string,
    private readonly logger: OutageLogger,
    private readonly repeatMs = 60_000,
    private readonly now: () => number = Date.now,
    // What stops while Redis is away, for the process that logs it.
    private readonly meanwhile = 'workers take no jobs until it is back',
  ) {}

  /** An error from a worker: true when it was an outage (and is logged here), false for anything else. */
  failed(error: Error): boolean {
    if (!UNREACHABLE.test(error.message)) return false;
    const now = this.now();
    if (this.downSince === undefined) {
      this.downSince = now;
      this.say(now, `Redis at ${redact(this.url)} (REDIS_URL) is unreachable: ${error.message}; ${this.meanwhile}`);
    } else if (now - this.lastLine >= this.repeatMs) {
      this.say(now, `Redis at ${redact(this.url)} (REDIS_URL) still unreachable after ${seconds(now - this.downSince)} s: ${error.message}`);
    }
    return true;
  }

  /** A worker connection is ready: ends the outage, if there was one. */
  ready(): void {
    if (this.downSince === undefined) return;
    this.logger.log(`Redis at ${redact(this.url)} is reachable again after ${seconds(this.now() - this.downSince)} s`);
    this.downSince = undefined;
  }

  isDown(): boolean {
    return this.downSince !== undefined;
  }

  private say(now: number, line: string): void {
    this.lastLine = now;
    this.logger.warn(line);
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(0);
}
