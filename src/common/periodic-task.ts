import type { Logger } from '@nestjs/common';

/**
 * Runs `work` now and then again `intervalMs` after each run ends (never two
 * at once), logging a failed run instead of stopping. The timer is unref'd:
 * it never keeps a process alive; `stop` waits for a run in progress.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly what: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  start(): void {
    if (this.stopped) return;
    this.running = this.work()
      .catch((error) => this.logger.warn(`${this.what} failed: ${(error as Error).message}`))
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
