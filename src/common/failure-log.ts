/** Where a FailureLog writes: a Nest Logger, or anything with the same two methods. */
export interface FailureLogger {
  warn(message: string): void;
  log(message: string): void;
}

/** What a FailureLog says: at the first failure, as a reminder, and when it works again (null: nothing). */
export interface FailureLines {
  first(error: Error): string;
  still(seconds: string, failures: number, error: Error): string;
  back(seconds: string, failures: number): string | null;
}

/** A background task's lines; "works again" only after more than one failure, a single one being a blip. */
function taskLines(what: string): FailureLines {
  return {
    first: (error) => `${what} failed: ${error.message}`,
    still: (seconds, failures, error) => `${what} still failing after ${seconds} s (${failures} failures): ${error.message}`,
    back: (seconds, failures) => (failures > 1 ? `${what} works again after ${seconds} s (${failures} failures)` : null),
  };
}

/**
 * The log of something that fails the same way every time it is tried
 * while something it needs is away (PostgreSQL restarting, Redis down): the
 * first failure, a reminder every `repeatMs` while it lasts, and one line when
 * it works again. Logged at every run, four tasks wrote two lines a second per
 * worker process for the length of a database outage.
 */
export class FailureLog {
  private failingSince?: number;
  private lastLine = 0;
  private failures = 0;
  private readonly lines: FailureLines;

  constructor(
    /** The task's name ("webhook dispatch"), or lines of the caller's own. */
    what: string | FailureLines,
    private readonly logger: FailureLogger,
    private readonly repeatMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.lines = typeof what === 'string' ? taskLines(what) : what;
  }

  get failing(): boolean {
    return this.failingSince !== undefined;
  }

  failed(error: Error): void {
    const now = this.now();
    this.failures++;
    if (this.failingSince === undefined) {
      this.failingSince = now;
      this.say(now, this.lines.first(error));
    } else if (now - this.lastLine >= this.repeatMs) {
      this.say(now, this.lines.still(seconds(now - this.failingSince), this.failures, error));
    }
  }

  succeeded(): void {
    if (this.failingSince === undefined) return;
    const line = this.lines.back(seconds(this.now() - this.failingSince), this.failures);
    if (line) this.logger.log(line);
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
