import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { deleteInBatches } from '../common/delete-in-batches.js';
import { WorkerTask } from '../common/worker-task.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { DomainEventReader, decodeCursor, isAfter, type Position } from './domain-event-reader.js';
import { DomainEventsRepository } from './domain-events.repository.js';
import { StreamConsumers } from './stream-consumers.js';

/** Events deleted per statement, and statements per run: a backlog is worked off over several runs. */
const BATCH = 5000;
const BATCHES_PER_RUN = 20;
const RUN_EVERY_MS = 10 * 60_000;

/**
 * Deletes domain events older than DOMAIN_EVENT_RETENTION_DAYS once every
 * durable consumer has read past them. Runs in worker processes; the audit
 * trail (claim history) is a separate table and is never pruned.
 */
@Injectable()
export class DomainEventPruner extends WorkerTask {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: DomainEventReader,
    private readonly events: DomainEventsRepository,
    private readonly consumers: StreamConsumers,
  ) {
    super(config, 'domain event pruning', RUN_EVERY_MS);
  }

  protected override enabled(): boolean {
    return super.enabled() && this.config.retention.domainEventsMs !== null;
  }

  protected runOnce(): Promise<number> {
    return this.prune();
  }

  /** Returns how many events it deleted. */
  async prune(): Promise<number> {
    const keepMs = this.config.retention.domainEventsMs;
    if (keepMs === null) return 0;
    const bound = await this.slowestConsumer();
    if (!bound) return 0;
    const olderThan = new Date(Date.now() - keepMs);
    const deleted = await deleteInBatches(BATCH, BATCHES_PER_RUN, (limit) =>
      this.events.deleteOldest(this.dataSource.manager, limit, olderThan, bound),
    );
    if (deleted > 0) this.logger.log(`deleted ${deleted} domain events older than ${olderThan.toISOString()}`);
    return deleted;
  }

  /** Where the slowest durable consumer stands (null: one has read nothing yet); the stream's head when there is none. */
  private async slowestConsumer(): Promise<Position | null> {
    const cursors = await this.consumers.positions();
    if (cursors.some((c) => c === null)) return null;
    const positions = (cursors as string[]).map(decodeCursor);
    if (positions.length === 0) return decodeCursor(await this.reader.head());
    return positions.reduce((slowest, p) => (isAfter(slowest, p) ? p : slowest));
  }
}
