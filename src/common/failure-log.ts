/** Where a FailureLog writes: a Nest Logger, or anything with the same two methods. */
export interface FailureLogger {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * The log of a background task that fails the same way every time it runs
 * while something it needs is away (PostgreSQL restarting): the first failure,
 * a reminder every `repeatMs` while it lasts, and one line when it works again.
 * Logged at every run, four tasks wrote two lines a second per worker process
 * for the length of a database outage.
 */
export class FailureLog {
  private failingSince?: number;
  private lastLine = 0;
  private failures = 0;

  constructor(
    private readonly what: string,
    private readonly logger: FailureLogger,
    private readonly repeatMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  failed(error: Error): void {
    const now = this.now();
    this.failures++;
    if (this.failingSince === undefined) {
      this.failingSince = now;
      this.say(now, `${this.what} failed: ${error.message}`);
    } else if (now - this.lastLine >= this.repeatMs) {
      this.say(now, `${this.what} still failing after ${seconds(now - this.failingSince)} s (${this.failures} failures): ${error.message}`);
    }
  }

  succeeded(): void {
    if (this.failingSince === undefined) return;
    if (this.failures > 1) this.logger.log(`${this.what} works again after ${seconds(this.now() - this.failingSince)} s (${this.failures} failures)`);
    this.failingSince = undefined;
    this.failures = 0;
  }

  private say(now: number, line: string): void {
    this.lastLine = now;
    this.logger.warn(line);
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(0);
}
