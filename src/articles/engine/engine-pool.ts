import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { OutletRecord } from '../../analysis/index.js';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../../config/index.js';
import { QueueName } from '../../queue/index.js';
import { FailureCode } from '../failure.js';
import type { EngineOutcome, EngineTask } from './engine-task.js';

export interface RegistrySnapshot {
  version: string;
  records: OutletRecord[];
}

export type PoolOutcome = EngineOutcome | { kind: 'rejected'; code: FailureCode; detail: string };

// Under the TypeScript loader (development, tests) the thread needs it too.
const here = import.meta.url;
const WORKER_URL = new URL(here.endsWith('.ts') ? './engine.worker.ts' : './engine.worker.js', here);
const TS_LOADER = ['--import', '@swc-node/register/esm-register'];
const THREAD_START_MS = 60_000;

/** The pool stopped (process shutdown) while an article ran: the job fails this attempt and BullMQ retries it while attempts remain. */
export class EnginePoolClosed extends Error {
  constructor() {
    // Not "it will run again": on a job's last attempt this message is the article's failure reason.
    super('the engine pool closed while the article was being analysed (the process was shutting down)');
  }
}

/**
 * Runs the analysis engine in worker threads, so a slow article never blocks
 * the event loop (health checks, lock renewals, other jobs). Each article
 * gets a hard wall-clock limit that starts when a thread takes it, not while
 * it waits: past it the thread is terminated and replaced.
 */
@Injectable()
export class EnginePool implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EnginePool.name);
  private pool?: Piscina;
  private readonly threads: number;
  private running = 0;
  private closing = false;
  private readonly waiting: Array<() => void> = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.threads = config.queue.analysisThreads || availableParallelism();
  }

  async analyze(format: 'text' | 'html', input: string, registry: RegistrySnapshot): Promise<PoolOutcome> {
    const task: EngineTask = {
      format,
      input,
      registryVersion: registry.version,
      maxTextBytes: this.config.articles.maxTextBytes,
      maxClaims: this.config.articles.maxClaims,
    };
    await this.acquire();
    try {
      const first = await this.runTimed(task);
      // This thread has not seen this registry version yet: send it once.
      return first.kind === 'needs-registry' ? await this.runTimed({ ...task, registry: registry.records }) : first;
    } finally {
      this.release();
    }
  }

  /** Threads load the engine's language model at start: do it before the first article's clock runs. */
  onApplicationBootstrap(): void {
    const analyses = this.config.queue.workerQueues?.includes(QueueName.Analysis) ?? true;
    if (runsWorkers(this.config) && analyses) this.piscina();
  }

  /**
   * Not onModuleDestroy: Nest destroys this module before the queue module, whose
   * workers then still ran (and took) analyses; the threads were stopped under
   * them and every article in the engine failed an attempt at each SIGTERM (with
   * ANALYSIS_ATTEMPTS=1, for good). Every onModuleDestroy, the workers' graceful
   * close among them, has finished before this hook runs.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.pool?.destroy();
  }

  private async runTimed(task: EngineTask): Promise<PoolOutcome> {
    const limitMs = this.config.queue.analysisTimeoutMs;
    const abort = new AbortController();
    let timedOut = false;
    const expire = (ms: number) =>
      setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, ms);
    // Until the thread says it started, only a generous start-up guard runs (a thread loads the language model first).
    let timer = expire(limitMs + THREAD_START_MS);
    const { port1, port2 } = new MessageChannel();
    port1.once('message', () => {
      clearTimeout(timer);
      timer = expire(limitMs);
    });
    try {
      return (await this.piscina().run({ task, started: port2 }, { signal: abort.signal, transferList: [port2] as never })) as EngineOutcome;
    } catch (error) {
      if (timedOut) return { kind: 'rejected', code: FailureCode.Timeout, detail: `engine ran over ${limitMs} ms` };
      // The process is shutting down and took the thread with it: not the
      // article's fault, so a plain error lets the job run again elsewhere.
      if (this.closing) throw new EnginePoolClosed();
      // The thread died: out of memory, a stack overflow outside the engine's own error handling.
      this.logger.warn(`engine thread failed: ${(error as Error).message}`);
      return { kind: 'rejected', code: FailureCode.Crashed, detail: (error as Error).message };
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  private piscina(): Piscina {
    // Created on first use: API-only processes never start engine threads.
    this.pool ??= new Piscina({
      filename: WORKER_URL.href,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: 60_000,
      execArgv: WORKER_URL.pathname.endsWith('.ts') ? TS_LOADER : undefined,
      // A runaway article must not take the process's memory with it.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    return this.pool;
  }

  // The pool's own queue would start the clock while a task waits; this gate
  // hands piscina at most one task per thread.
  private async acquire(): Promise<void> {
    if (this.closing) throw new EnginePoolClosed();
    if (this.running < this.threads) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
