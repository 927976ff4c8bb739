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
 * the deliveries and the cursor move in one transaction, so an event is
 * neither lost nor fanned out twice. The stream returns only committed
 * events in commit order, so nothing is announced before its change commits.
 * Runs in every worker process; a row lock on the cursor lets one at a time.
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

  /** Dispatches until the stream is exhausted; returns how many events were read. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const read = await this.dispatchBatch();
      total += read;
      if (read < BATCH) return total;
    }
  }

  private async storedCursor(): Promise<string | null> {
    const [row] = await this.dataSource.query<{ cursor: string | null }[]>(
      `SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = $1`,
      [CONSUMER],
    );
    return row?.cursor ?? null;
  }

  private async dispatchBatch(): Promise<number> {
    let endpoints: string[] = [];
    const read = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ cursor: string | null }[]>(
        `SELECT cursor FROM webhook_dispatch_cursors WHERE consumer = $1 FOR UPDATE SKIP LOCKED`,
        [CONSUMER],
      );
      if (!row) return 0; // another process is dispatching
      // Only what some endpoint takes: with no endpoint the cursor just moves on, and nothing is built.
      const types = (await this.deliveries.subscribedEventTypes(manager)).filter(isWebhookEventType);
      const { events, cursor } = await this.reader.readAfter(row.cursor, BATCH, types);
      if (events.length > 0) {
        endpoints = await this.deliveries.insertForEvents(
          manager,
          deliveriesFor(events),
          this.config.publicBaseUrl,
        );
      }
      if (cursor !== row.cursor) {
        await manager.query(`UPDATE webhook_dispatch_cursors SET cursor = $2, updated_at = now() WHERE consumer = $1`, [CONSUMER, cursor]);
      }
      return events.length;
    });
    // After the commit, so the job sees the new deliveries. An endpoint busy with
    // earlier deliveries of the same article sends these once those are recorded.
    await this.jobs.wake(endpoints);
    return read;
  }
}
