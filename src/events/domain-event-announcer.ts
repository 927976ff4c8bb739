import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { coalescing } from '../common/coalescing.js';

/** The channel every announcement goes out on and DomainEventReader.subscribe listens on. */
export const DOMAIN_EVENTS_CHANNEL = 'domain_events';

/**
 * Tells the stream's listeners (DomainEventReader.subscribe, in any process)
 * that events were committed, with a NOTIFY sent after the writing
 * transaction has committed, not inside it.
 *
 * Why not inside: PostgreSQL serialises the commits of notifying
 * transactions on one cluster-wide lock held through their WAL flush, so
 * when every state change notified, commits went one fsync at a time instead
 * of sharing flushes (a 2-core test machine: about 250 notifying commits/s
 * against 600-700 plain ones, and the review workflow writes nine per claim).
 * A NOTIFY on its own writes no WAL, so it holds that lock only briefly.
 *
 * Announcements are coalesced: one NOTIFY in flight, and one more after it
 * when further commits asked meanwhile. A wake-up carries nothing, so one
 * covers every commit before it. One lost with its process (a crash between
 * commit and NOTIFY) is covered by the listeners' polling, as a notification
 * lost with its connection always was.
 */
@Injectable()
export class DomainEventAnnouncer implements EntitySubscriberInterface, OnModuleDestroy {
  private readonly logger = new Logger(DomainEventAnnouncer.name);
  /** Transactions that wrote events and have not ended yet. */
  private readonly writing = new WeakSet<QueryRunner>();
  private readonly send = coalescing(
    () => this.notify(),
    (error) => this.logger.warn(`domain event announcement failed: ${(error as Error).message}`),
  );
  private sending: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    // TypeORM calls afterTransactionCommit/Rollback of every subscriber of the data source.
    dataSource.subscribers.push(this);
  }

  /**
   * Events were written with `manager`: inside a transaction, announced once
   * it commits (nothing if it rolls back); otherwise the statement was its
   * own transaction and has committed, so announced now.
   */
  written(manager: EntityManager): void {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) this.writing.add(runner);
    else this.announce();
  }

  /** Announces now: call after a statement that wrote events in its own transaction has returned. */
  announce(): void {
    if (this.stopped) return;
    this.sending = this.send();
  }

  afterTransactionCommit({ queryRunner }: { queryRunner: QueryRunner }): void {
    // A savepoint released inside a transaction is no commit: wait for the outermost.
    if (queryRunner.isTransactionActive || !this.writing.delete(queryRunner)) return;
    this.announce();
  }

  afterTransactionRollback({ queryRunner }: { queryRunner: QueryRunner }): void {
    if (!queryRunner.isTransactionActive) this.writing.delete(queryRunner);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
    await this.sending;
  }

  private async notify(): Promise<void> {
    if (this.stopped) return;
    await this.dataSource.query(`SELECT pg_notify($1, '')`, [DOMAIN_EVENTS_CHANNEL]);
  }
}
