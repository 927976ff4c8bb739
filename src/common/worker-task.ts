import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { runsWorkers, type AppConfig } from '../config/index.js';
import { PeriodicTask } from './periodic-task.js';

/**
 * A provider's periodic background work (reconciling, sweeping, pruning), run
 * only in processes that run workers: it starts once the application has
 * booted and stops with it, waiting for a run in progress. Subclasses say
 * what one run does, and may narrow where it runs.
 */
export abstract class WorkerTask implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger: Logger;
  private readonly task: PeriodicTask;

  protected constructor(
    protected readonly config: AppConfig,
    what: string,
    intervalMs: number,
  ) {
    this.logger = new Logger(new.target.name);
    this.task = new PeriodicTask(what, intervalMs, () => this.runOnce(), this.logger);
  }

  /** One run; a failure is logged and the next run comes as planned. */
  protected abstract runOnce(): Promise<unknown>;

  /** Whether this process runs the task: wherever workers run, unless a subclass says otherwise. */
  protected enabled(): boolean {
    return runsWorkers(this.config);
  }

  onApplicationBootstrap(): void {
    if (this.enabled()) this.task.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.task.stop();
  }
}
