import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { coalescing } from '../common/coalescing.js';
import { FailureLog } from '../common/failure-log.js';
import { APP_CONFIG, runsWorkers, type AppConfig } from '../config/index.js';
import { DomainEventReader, StreamConsumers } from '../events/index.js';
import { deliveriesFor } from './envelope.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { isWebhookEventType } from './webhook-events.js';
import { WebhookJobs } from './webhook-jobs.service.js';

const BATCH = 500;
const POLL_MS = 1000;
const CONSUMER = 'webhooks';

/**
 * Consumes the domain event stream from its own cursor (stored in
 * PostgreSQL) and fans each event out to the endpoints subscribed to it:
 * the deliveries and the cursor move in one statement, so an event is
 * neither lost nor fanned out twice. The stream returns only committed
 * events in commit order, so nothing is announced before its change commits.
 * Runs in every worker process; a batch's statement writes only if the
 * cursor is where its pass read it and no other process holds its row lock,
 * so one at a time dispatches.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly failures = new FailureLog('webhook dispatch', new Logger(WebhookDispatcher.name));
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private readonly pass = coalescing(
    async () => {
      await this.drain();
      this.failures.succeeded();
    },
    (error) => this.failures.failed(error as Error),
  );
  private stopped = false;
  /** Wake-up jobs being queued (WebhookJobs.wake never rejects: a lost one is the sweeper's). */
  private readonly wakes = new PendingWakes();
  private unsubscribe?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: DomainEventReader,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: WebhookJobs,
    consumers: StreamConsumers,
  ) {
    // Pruning the stream must wait for this cursor, in every process that prunes.
    consumers.register(CONSUMER, () => this.storedCursor());
  }

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config)) return;
    this.unsubscribe = this.reader.subscribe(() => this.wake());
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs a pass now, or right after the running one (a NOTIFY during a pass is not lost); polls when idle. */
  wake(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.running = this.pass().finally(() => {
      if (this.stopped) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.wake(), POLL_MS);
      this.timer.unref();
    });
  }

  /**
   * Dispatches until the stream is exhausted; returns how many events were
   * read. The cursor is read once; each batch then takes one read of the
   * stream and one statement, which inserts the deliveries and moves the
   * cursor only if it still stands where this pass last left it (the pace of
   * a backlog's fan-out is that of this loop's round trips).
   */
  async drain(): Promise<number> {
    let total = 0;
    try {
      let at = await this.deliveries.dispatchStart(CONSUMER);
      while (at) {
        const batch = await this.dispatchBatch(at);
        total += batch.read;
        at = batch.next;
      }
      return total;
    } finally {
      await this.wakes.settle();
    }
  }

  private async storedCursor(): Promise<string | null> {
    const [row] = await this.dataSource.query<{ cursor: string | null }[]>(
      `SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = $1`,
      [CONSUMER],
    );
    return row?.cursor ?? null;
  }

  /**
   * One batch from `at`; `next`, where the following one starts, if there may
   * be more. None either when another process moved the cursor or is
   * dispatching: this pass stops (it wrote nothing), the next reads where
   * the cursor stands then.
   */
  private async dispatchBatch(at: DispatchPosition): Promise<{ read: number; next?: DispatchPosition }> {
    // Only what some endpoint takes: with no endpoint the cursor just moves on, and nothing is built.
    // The types were found before this read: the cursor moves only if no endpoint takes another one by now
    // (compared as found, so a type no longer sent, left on an old endpoint, never holds the cursor back).
    const { events, cursor } = await this.reader.readAfter(at.cursor, BATCH, at.types.filter(isWebhookEventType));
    const move = { consumer: CONSUMER, from: at.cursor, to: cursor, types: at.types };
    if (events.length === 0) {
      if (cursor !== at.cursor) await this.deliveries.moveCursor(move);
      return { read: 0 };
    }
    const inserted = await this.deliveries.insertForEvents(deliveriesFor(events), this.config.publicBaseUrl, move);
    if (!inserted.moved) return { read: 0 };
    // After the commit, so the job sees the new deliveries. An endpoint busy with
    // earlier deliveries of the same article sends these once those are recorded.
    // Not waited for: the next batch need not wait for Redis (drain waits for them all).
    if (inserted.endpoints.length > 0) this.wakes.add(this.jobs.wake(inserted.endpoints));
    return { read: events.length, next: events.length < BATCH ? undefined : { cursor, types: inserted.types } };
  }
}

/** Where the dispatcher reads next, and the event types endpoints subscribe to. */
interface DispatchPosition {
  cursor: string | null;
  types: string[];
}

/** Promises started and not waited for one by one, waited for together. */
class PendingWakes {
  private readonly pending = new Set<Promise<void>>();

  add(wake: Promise<void>): void {
    this.pending.add(wake);
    void wake.finally(() => this.pending.delete(wake));
  }

  async settle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
