import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { FailureLog } from '../common/failure-log.js';
import { preparedQuery } from '../database/sql.js';
import { DOMAIN_EVENTS_CHANNEL } from './domain-event-announcer.js';
import type { DomainEventName, StoredDomainEvent } from './domain-events.js';

export interface DomainEventPage {
  events: StoredDomainEvent[];
  /** Opaque; pass it to the next readAfter. Store it with the work done to resume after a crash. */
  cursor: string;
  /** The cursor just after each event, in the same order: where a reader that stopped there would resume. */
  eventCursors: string[];
}

/** A position in the stream: after every event ordered before (txId, id). */
export interface Position {
  txId: string;
  id: string;
}

type PgClient = InstanceType<typeof pg.Client>;

const START: Position = { txId: '0', id: '0' };
const CURSOR = /^v1:(\d{1,20}):(\d{1,20})$/;
// The columns the position is compared with in SQL: tx_id is an xid8 (unsigned 64 bits), id a bigint.
// Twenty digits reach past both, and PostgreSQL then refuses the read, at every wake-up, for good.
const MAX_TX_ID = 2n ** 64n - 1n;
const MAX_ID = 2n ** 63n - 1n;

export function encodeCursor(p: Position): string {
  return `v1:${p.txId}:${p.id}`;
}

export function decodeCursor(cursor: string | null): Position {
  if (cursor === null) return START;
  const match = CURSOR.exec(cursor);
  if (!match || BigInt(match[1]) > MAX_TX_ID || BigInt(match[2]) > MAX_ID) throw new InvalidCursorError(cursor);
  return { txId: match[1], id: match[2] };
}

/** Whether position `a` lies after `b` in the stream. */
export function isAfter(a: Position, b: Position): boolean {
  const [ta, tb] = [BigInt(a.txId), BigInt(b.txId)];
  return ta > tb || (ta === tb && BigInt(a.id) > BigInt(b.id));
}

export class InvalidCursorError extends Error {
  constructor(cursor: string) {
    super(`not a domain event cursor: ${JSON.stringify(cursor.slice(0, 60))}`);
  }
}

interface Row {
  horizon: string;
  id: string | null;
  tx_id: string | null;
  name: DomainEventName;
  payload: never;
  article_id: string | null;
  claim_id: string | null;
  actor_id: string | null;
  occurred_at: Date;
}

// Commit order without a single writer: ids are taken when a row is inserted,
// not when its transaction commits, so a reader paging by id alone would step
// past a transaction that committed late and never see it. Instead each row
// carries its transaction's id (tx_id), and only transactions older than the
// snapshot's xmin are read: every one of those has ended, so nothing can
// still appear behind the cursor. Rows of a transaction stay together, and
// (tx_id, id) orders them.
//
// The snapshot's xmin would do as that horizon, but it is the whole
// cluster's: one long transaction in another database (a report, a dump, a
// session left idle in a transaction) held every reader back for as long as
// it lasted. Only this database's transactions can write these rows, so the
// horizon is the oldest transaction of the snapshot that is not known to
// belong to another database (pg_stat_activity names each backend's
// database; an xid it does not place, or cannot show, is kept), else the
// snapshot's xmax. The rows are read with the same statement's snapshot.
const HORIZON = `
  SELECT coalesce(
           (SELECT min(x) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
             WHERE x::xid NOT IN (SELECT a.backend_xid FROM pg_stat_activity a
                                   WHERE a.backend_xid IS NOT NULL AND a.datname IS DISTINCT FROM current_database())),
           pg_snapshot_xmax(pg_current_snapshot())) AS horizon`;

const READ = `
  WITH snapshot AS (${HORIZON})
  SELECT s.horizon::text AS horizon, e.id::text AS id, e.tx_id::text AS tx_id, e.name, e.payload,
         e.article_id, e.claim_id, e.actor_id, e.occurred_at
    FROM snapshot s
    LEFT JOIN LATERAL (
      SELECT * FROM domain_events d
       WHERE (d.tx_id, d.id) > ($1::xid8, $2::bigint) AND d.tx_id < s.horizon
         AND ($4::text[] IS NULL OR d.name = ANY ($4::text[]))
       ORDER BY d.tx_id, d.id
       LIMIT $3
    ) e ON true`;

/** Reads the domain event stream in commit order, from a cursor, for consumers that must see every event once. */
@Injectable()
export class DomainEventReader implements OnModuleDestroy {
  private readonly logger = new Logger(DomainEventReader.name);
  // Reconnecting every second while PostgreSQL is away: said once, then once a minute.
  private readonly listenerFailures = new FailureLog('domain event listener (reconnecting every second)', this.logger);
  private readonly listeners = new Set<() => void>();
  private listener: PgClient | null = null;
  private closed = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` events after `cursor` (null: from the beginning), oldest
   * transaction first, optionally only the given names. The returned cursor
   * also moves past events that were skipped by the name filter.
   */
  async readAfter(cursor: string | null, limit: number, names?: DomainEventName[]): Promise<DomainEventPage> {
    const from = decodeCursor(cursor);
    const rows = await preparedQuery<Row>(this.dataSource, READ, [from.txId, from.id, limit, names ?? null]);
    const found = rows.filter((r) => r.id !== null);
    const events = found.map(toEvent);
    const last = rows.at(-1);
    let next = last?.id ? { txId: last.tx_id!, id: last.id } : from;
    // A short page read everything the snapshot could show: every later event
    // belongs to a transaction at or after the horizon.
    const horizon = rows[0].horizon;
    if (events.length < limit && BigInt(horizon) > BigInt(next.txId)) next = { txId: horizon, id: '0' };
    return { events, cursor: encodeCursor(next), eventCursors: found.map((r) => encodeCursor({ txId: r.tx_id!, id: r.id! })) };
  }

  /**
   * The cursor of "now", for a consumer that wants only what happens from
   * here on. It may still yield a few events that committed just before.
   */
  async head(): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ horizon: string }>>(`SELECT horizon::text AS horizon FROM (${HORIZON}) h`);
    return encodeCursor({ txId: row.horizon, id: '0' });
  }

  /**
   * Calls `onWake` soon after a transaction that appended events commits
   * (and after the listening connection is re-established, in case something
   * was missed meanwhile). Wake-ups carry nothing: read from your cursor.
   * Consumers should still poll now and then; a notification can be lost
   * with its connection. Returns the unsubscribe function.
   */
  subscribe(onWake: () => void): () => void {
    this.listeners.add(onWake);
    if (this.listeners.size === 1) void this.listen();
    return () => {
      this.listeners.delete(onWake);
      if (this.listeners.size === 0) void this.unlisten();
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.unlisten();
  }

  private async listen(): Promise<void> {
    if (this.listener || this.closed || this.listeners.size === 0) return;
    const client = new pg.Client({ connectionString: this.url(), connectionTimeoutMillis: 5000 });
    this.listener = client;
    client.on('notification', () => this.wake());
    client.on('error', (error: Error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${DOMAIN_EVENTS_CHANNEL}`);
      this.listenerFailures.succeeded();
      this.wake();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  /** The listening connection is gone: try again in a second, unless nobody listens any more. */
  private lost(client: PgClient, error?: Error): void {
    if (this.listener !== client) return;
    this.listener = null;
    void client.end().catch(() => undefined);
    if (this.closed || this.listeners.size === 0) return;
    this.listenerFailures.failed(error ?? new Error('the connection ended'));
    setTimeout(() => void this.listen(), 1000).unref();
  }

  private async unlisten(): Promise<void> {
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  private wake(): void {
    for (const onWake of this.listeners) {
      try {
        onWake();
      } catch (error) {
        this.logger.warn(`domain event subscriber failed: ${(error as Error).message}`);
      }
    }
  }

  private url(): string {
    return (this.dataSource.options as { url: string }).url;
  }
}

function toEvent(row: Row): StoredDomainEvent {
  return {
    id: row.id!,
    name: row.name,
    payload: row.payload,
    articleId: row.article_id,
    claimId: row.claim_id,
    actorId: row.actor_id,
    occurredAt: row.occurred_at,
  };
}
