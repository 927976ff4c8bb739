import { FailureLog, type FailureLogger } from './failure-log.js';

/**
 * Runs `work` now and then again `intervalMs` after each run ends (never two
 * at once), logging a failed run instead of stopping (once, with a reminder
 * a minute while runs keep failing, see FailureLog). The timer is unref'd:
 * it never keeps a process alive; `stop` waits for a run in progress.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private readonly failures: FailureLog;

  constructor(
    what: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<unknown>,
    logger: FailureLogger,
    repeatMs?: number,
  ) {
    this.failures = new FailureLog(what, logger, repeatMs);
  }

  start(): void {
    if (this.stopped) return;
    this.running = this.work()
      .then(
        () => this.failures.succeeded(),
        (error) => this.failures.failed(error as Error),
      )
      .finally(() => {
        if (this.stopped) return;
        this.timer = setTimeout(() => this.start(), this.intervalMs);
        this.timer.unref();
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
