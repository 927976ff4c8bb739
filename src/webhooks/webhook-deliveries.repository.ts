import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { articleEnvelopeJson } from '../articles/article-envelope.sql.js';
import { claimEnvelopeJson } from '../claims/claim-envelope.sql.js';
import { jsonValue, preparedQuery, returning } from '../database/sql.js';
import type { AttemptOutcome } from './delivery/http-sender.js';
import type { DeliveryAttemptView, WebhookDeliveryView } from './dto/webhook-delivery.dto.js';
import type { PreviousSecret } from './webhook-endpoint.entity.js';

/** A claimed delivery as the processor needs it, with its endpoint. */
export interface DeliveryForAttempt {
  id: string;
  endpoint_id: string;
  message_id: string;
  body: string;
  attempt_count: number;
  retry_base: number;
  url: string;
  enabled: boolean;
  secret_ciphertext: string;
  previous_secrets: PreviousSecret[];
}

export interface NewDeliveries {
  eventIds: string[];
  eventTypes: string[];
  articleIds: (string | null)[];
  claimIds: (string | null)[];
  /** Each envelope's start (see envelopeHead); the statement adds the article, the claim and the link. */
  heads: string[];
  occurredAt: Date[];
}

/** The dispatcher's stream cursor: where it read from, and where it moves to once these deliveries are in. */
export interface CursorMove {
  consumer: string;
  from: string | null;
  to: string;
  /**
   * The event types the batch was read for. The cursor moves only while no
   * endpoint takes another: one registered after they were read would lose
   * the events of its type that the read left out.
   */
  types: readonly string[];
}

export interface InsertedDeliveries {
  /** False: the cursor had moved or another process held it, and nothing was inserted. */
  moved: boolean;
  endpoints: string[];
  types: string[];
}

export type AttemptResult =
  | { kind: 'succeeded' }
  | { kind: 'retry'; nextAttemptAt: Date }
  | { kind: 'failed' };

/** One finished attempt, to be recorded with others in one statement. */
export interface FinishedAttempt {
  delivery: DeliveryForAttempt;
  startedAt: Date;
  outcome: AttemptOutcome;
  result: AttemptResult;
}

/**
 * The "no earlier pending delivery of the same key" test: deliveries of one
 * article go out in order. Asked through the key chain index (ordering key,
 * seq), the only index led by the key: the endpoint is compared as text so
 * that no index led by the endpoint can take the question. Those read every
 * pending delivery of the endpoint per row, and a plan made before the table
 * had statistics chose one (see the WebhookKeyChainIndex migration). A
 * subquery with LIMIT rather than NOT EXISTS, which the planner may turn
 * into an anti-join over the whole index.
 */
const isHead = (d: string) => `${d}.seq = (
  SELECT p.seq FROM webhook_deliveries p
   WHERE p.ordering_key = ${d}.ordering_key AND p.endpoint_id::text = ${d}.endpoint_id::text AND p.status = 'pending'
   ORDER BY p.seq LIMIT 1)`;

/** Nobody is sending it: never claimed, or claimed by a worker whose lease has lapsed (it died). */
const UNLEASED = `(d.leased_until IS NULL OR d.leased_until <= now())`;

/** A claim looks at this many times as many of the oldest due deliveries as it wants. */
const WINDOW_FACTOR = 4;

type ClaimRow = DeliveryForAttempt & { candidates: number };

/** Heads among the endpoint's $4 oldest due deliveries nobody is sending; `candidates` = how many were looked at. */
const WINDOW_HEADS = {
  candidates: `w AS MATERIALIZED (
     SELECT d.id, d.endpoint_id, d.ordering_key, d.seq, d.next_attempt_at FROM webhook_deliveries d
      WHERE d.endpoint_id = $1 AND d.status = 'pending' AND d.next_attempt_at <= now() AND ${UNLEASED}
      ORDER BY d.next_attempt_at, d.seq LIMIT $4),
   h AS (SELECT w.id, w.seq, w.next_attempt_at FROM w WHERE ${isHead('w')})`,
  count: `(SELECT count(*) FROM w)::int`,
};

/** Heads among all of the endpoint's pending deliveries (one per ordering key), due and with nobody sending them. */
const ALL_HEADS = {
  candidates: `h AS (
     SELECT x.id, x.seq, x.next_attempt_at FROM (
       SELECT DISTINCT ON (d.ordering_key) d.id, d.seq, d.next_attempt_at, d.leased_until FROM webhook_deliveries d
        WHERE d.endpoint_id = $1 AND d.status = 'pending'
        ORDER BY d.ordering_key, d.seq) x
      WHERE x.next_attempt_at <= now() AND (x.leased_until IS NULL OR x.leased_until <= now()))`,
  count: `0`,
};

/**
 * Locks and leases the first $2 heads (skipping any another worker is
 * claiming), with their endpoint. The chosen ids are looked up as an array,
 * by primary key: joined to them instead, a plan made on a nearly empty
 * table scanned every pending delivery and sorted the heads again for each.
 * That a head is still pending (not recorded since this statement's
 * snapshot by a worker whose lease had lapsed) is checked on the locked row
 * as "neither succeeded nor failed": written as status = 'pending', the
 * predicate of the partial indexes, it let the planner AND the lookup with a
 * scan of every pending delivery.
 */
function claimSql(heads: { candidates: string; count: string }): string {
  return `WITH ${heads.candidates},
     c AS (
       SELECT d.id FROM webhook_deliveries d
        WHERE d.id = ANY (ARRAY(SELECT h.id FROM h ORDER BY h.next_attempt_at, h.seq LIMIT $2))
          AND d.status NOT IN ('succeeded', 'failed') AND ${UNLEASED}
          FOR UPDATE OF d SKIP LOCKED),
     u AS (
       UPDATE webhook_deliveries d SET leased_until = now() + make_interval(secs => $3::float8 / 1000)
         FROM c WHERE d.id = c.id
       RETURNING d.id, d.endpoint_id, d.seq, d.message_id, d.body, d.attempt_count, d.retry_base)
     SELECT ${heads.count} AS candidates, v.* FROM (SELECT 1) one LEFT JOIN (
       SELECT u.id, u.endpoint_id, u.message_id, u.body, u.attempt_count, u.retry_base, u.seq,
              e.url, e.enabled, e.secret_ciphertext, e.previous_secrets
         FROM u JOIN webhook_endpoints e ON e.id = u.endpoint_id) v ON true
      ORDER BY v.seq`;
}

/** The claims, run as prepared statements: claims run many times a second, and planning this CTE cost more than running it. */
const CLAIM_WINDOW = claimSql(WINDOW_HEADS);
const CLAIM_ALL = claimSql(ALL_HEADS);

/**
 * An endpoint takes an event: subscribed to its type, and registered before
 * it happened. A disabled endpoint takes it too, as a delivery failed unsent,
 * so that a replay once it is enabled again sends what it missed. "Before"
 * is at the millisecond: the event's time reaches the statement from a
 * JavaScript Date, cut to the millisecond, and compared with the endpoint's
 * microseconds an event of the millisecond the endpoint was created in
 * (.976456 read back as .976, the endpoint's .976123) was never sent to it.
 */
const TAKES = (e: string, x: string) =>
  `${x}.event_type = ANY (${e}.events) AND date_trunc('milliseconds', ${e}.created_at) <= ${x}.occurred_at`;

/**
 * The event types some endpoint, enabled or not, subscribes to, as a text[]
 * expression (none: the dispatcher has nothing to build), read along with
 * the cursor rather than in a round trip of its own.
 */
const SUBSCRIBED_EVENT_TYPES = `ARRAY(SELECT DISTINCT t.type FROM webhook_endpoints e, unnest(e.events) AS t (type))`;

/** Why a delivery failed without an attempt. */
export const ENDPOINT_DISABLED = 'endpoint disabled';

/** The message body: the head from the service, then the article, the claim and the link (envelope.ts). */
const BODY = `b.head || coalesce(',"article":' || b.article, '') || coalesce(',"claim":' || b.claim, '') || ',"link":' ||
  CASE WHEN b.claim IS NOT NULL THEN ${jsonValue(`$7::text || '/v1/claims/' || b.claim_id`)}
       WHEN b.article IS NOT NULL THEN ${jsonValue(`$7::text || '/v1/articles/' || b.article_id`)}
       ELSE 'null' END || '}}'`;

/**
 * The dispatcher's cursor, locked if it still stands where the dispatcher
 * read from ($9), nobody else holds it, and no endpoint takes an event type
 * the batch was not read for ($11); none without a cursor to move ($8 null).
 */
const CURSOR_HELD = `cur AS MATERIALIZED (
     SELECT c.consumer FROM webhook_dispatch_cursors c
      WHERE c.consumer = $8::text AND c.cursor IS NOT DISTINCT FROM $9::text AND ${SUBSCRIBED_EVENT_TYPES} <@ $11::text[]
        FOR UPDATE SKIP LOCKED)`;

const INSERT_FOR_EVENTS = `WITH ${CURSOR_HELD},
   x AS MATERIALIZED (
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[])
            WITH ORDINALITY AS x (event_id, event_type, article_id, claim_id, head, occurred_at, ord)
      WHERE ($8::text IS NULL OR EXISTS (SELECT 1 FROM cur)) AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE ${TAKES('e', 'x')})),
   b AS MATERIALIZED (
     SELECT x.*, ${articleEnvelopeJson('x.article_id', '$7::text')} AS article, ${claimEnvelopeJson('x.claim_id', '$7::text')} AS claim
       FROM x),
   m AS MATERIALIZED (SELECT b.*, ${BODY} AS body FROM b),
   ins AS (
     INSERT INTO webhook_deliveries
       (endpoint_id, event_id, event_type, message_id, ordering_key, article_id, claim_id, body, event_occurred_at, status, last_error)
     SELECT e.id, m.event_id, m.event_type, 'msg_' || m.event_id, coalesce(m.article_id::text, 'event-' || m.event_id),
            m.article_id, m.claim_id, m.body, m.occurred_at,
            CASE WHEN e.enabled THEN 'pending' ELSE 'failed' END, CASE WHEN e.enabled THEN NULL ELSE '${ENDPOINT_DISABLED}' END
       FROM m JOIN webhook_endpoints e ON ${TAKES('e', 'm')}
      ORDER BY m.ord, e.id
     ON CONFLICT (endpoint_id, event_id) DO NOTHING
     RETURNING endpoint_id, status),
   moved AS (UPDATE webhook_dispatch_cursors c SET cursor = $10::text, updated_at = now() FROM cur WHERE c.consumer = cur.consumer RETURNING 1)
   SELECT EXISTS (SELECT 1 FROM moved) AS moved, ARRAY(SELECT DISTINCT endpoint_id FROM ins WHERE status = 'pending') AS endpoints,
          ${SUBSCRIBED_EVENT_TYPES} AS types`;

/**
 * The delivery log's SQL. Every change is conditional on the state read
 * (status, attempt_count), so a repeated or stale claim changes nothing.
 */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One delivery per event and subscribed endpoint, in event order. Each
   * body is completed here, once per event and only for events some endpoint
   * takes: the article and the claim as JSON built by PostgreSQL from their
   * tables (see envelope.ts). With `move`, one statement (one transaction)
   * moves the dispatcher's cursor and inserts the deliveries, and does
   * neither (`moved` false) unless the cursor still stands at `move.from`
   * and no other process holds it: the dispatcher's loop needs no
   * transaction of its own, nor a round trip to lock and one to move the
   * cursor. Returns the endpoints with new pending deliveries, and the event
   * types subscribed to now (for the dispatcher's next read).
   */
  async insertForEvents(batch: NewDeliveries, publicBaseUrl: string, move?: CursorMove): Promise<InsertedDeliveries> {
    // Prepared: planned once per connection, not at every batch.
    const [row] = await preparedQuery<InsertedDeliveries>(this.dataSource, INSERT_FOR_EVENTS, [
      batch.eventIds,
      batch.eventTypes,
      batch.articleIds,
      batch.claimIds,
      batch.heads,
      batch.occurredAt,
      publicBaseUrl,
      move?.consumer ?? null,
      move?.from ?? null,
      move?.to ?? null,
      move?.types ?? [],
    ]);
    return row;
  }

  /** Moves the dispatcher's cursor past events no endpoint takes, if it still stands at `from` and no endpoint takes another type. */
  async moveCursor(move: CursorMove): Promise<void> {
    await preparedQuery(
      this.dataSource,
      `UPDATE webhook_dispatch_cursors SET cursor = $3, updated_at = now()
        WHERE consumer = $1 AND cursor IS NOT DISTINCT FROM $2 AND ${SUBSCRIBED_EVENT_TYPES} <@ $4::text[]`,
      [move.consumer, move.from, move.to, move.types],
    );
  }

  /** Where the dispatcher's cursor stands, and the event types some endpoint subscribes to. */
  async dispatchStart(consumer: string): Promise<{ cursor: string | null; types: string[] } | undefined> {
    const [row] = await preparedQuery<{ cursor: string | null; types: string[] }>(
      this.dataSource,
      `SELECT c.cursor, ${SUBSCRIBED_EVENT_TYPES} AS types FROM webhook_dispatch_cursors c WHERE c.consumer = $1`,
      [consumer],
    );
    return row;
  }

  /**
   * Claims up to `limit` of the endpoint's deliveries that may be sent now:
   * pending, due, nobody sending them, and first of their ordering key (the
   * next of a key is claimable only once the one before is recorded); oldest
   * due first. The lease keeps other workers off them until recorded or lapsed.
   * Looks among the endpoint's oldest due deliveries first; only when those
   * are all waiting behind others (an article's backlog behind a retry) does
   * it look at every pending delivery of the endpoint.
   */
  async claim(endpointId: string, limit: number, leaseMs: number): Promise<DeliveryForAttempt[]> {
    const window = limit * WINDOW_FACTOR;
    const first = await preparedQuery<ClaimRow>(this.dataSource, CLAIM_WINDOW, [endpointId, limit, leaseMs, window]);
    const claimed = first.filter((r) => r.id !== null);
    if (claimed.length >= limit || first[0].candidates < window) return claimed;
    const rest = await preparedQuery<ClaimRow>(this.dataSource, CLAIM_ALL, [endpointId, limit - claimed.length, leaseMs]);
    return [...claimed, ...rest.filter((r) => r.id !== null)];
  }

  /** When the endpoint's next retry is due (a pending delivery waiting for its time), if any. */
  async nextDue(endpointId: string): Promise<Date | null> {
    const [row] = await this.dataSource.query<{ at: Date | null }[]>(
      `SELECT min(d.next_attempt_at) AS at FROM webhook_deliveries d
        WHERE d.endpoint_id = $1 AND d.status = 'pending' AND d.next_attempt_at > now()`,
      [endpointId],
    );
    return row?.at ? new Date(row.at) : null;
  }

  /** Endpoints with a delivery that may be sent and has waited a while (its wake-up may have been lost with Redis). */
  async overdueEndpoints(olderThanMs: number, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ endpoint_id: string }[]>(
      `SELECT DISTINCT endpoint_id FROM (
         SELECT d.endpoint_id FROM webhook_deliveries d
          WHERE d.status = 'pending' AND d.next_attempt_at < now() - make_interval(secs => $1::float8 / 1000)
            AND coalesce(d.leased_until, '-infinity') < now() - make_interval(secs => $1::float8 / 1000)
            AND ${isHead('d')}
          ORDER BY d.next_attempt_at LIMIT $2) o`,
      [olderThanMs, limit],
    );
    return rows.map((r) => r.endpoint_id);
  }

  /** Pending deliveries: due now, and waiting for a retry (metrics). */
  async pendingCounts(): Promise<{ due: number; waiting: number }> {
    const [row] = await this.dataSource.query<{ due: number; waiting: number }[]>(
      `SELECT count(*) FILTER (WHERE next_attempt_at <= now())::int AS due, count(*) FILTER (WHERE next_attempt_at > now())::int AS waiting
         FROM webhook_deliveries WHERE status = 'pending'`,
    );
    return row;
  }

  /** How long the oldest due delivery has waited to be sent, in seconds; 0 when none is due (metrics). */
  async oldestDueSeconds(): Promise<number> {
    const [row] = await this.dataSource.query<{ seconds: number }[]>(
      `SELECT coalesce(extract(epoch FROM now() - min(next_attempt_at)), 0)::float8 AS seconds
         FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= now()`,
    );
    return row.seconds;
  }

  /** The endpoint of a delivery (jobs queued before batching name the delivery). */
  async endpointOf(id: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ endpoint_id: string }[]>(`SELECT endpoint_id FROM webhook_deliveries WHERE id = $1`, [id]);
    return row?.endpoint_id;
  }

  /**
   * Logs many attempts and moves their deliveries on, in one statement (a
   * success also stops its endpoint's failure clock), releasing their leases.
   * Returns the ids recorded: a delivery that had already moved on (its
   * lease lapsed and another worker recorded it) is left alone.
   */
  async recordAttempts(finished: readonly FinishedAttempt[], on: DataSource | EntityManager = this.dataSource): Promise<Set<string>> {
    if (finished.length === 0) return new Set();
    const rows = await preparedQuery<{ id: string }>(
      on,
      `WITH x AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::int[], $6::int[], $7::text[], $8::text[],
                              $9::timestamptz[])
                AS x (id, attempt_count, status, started_at, duration_ms, status_code, error, excerpt, next_at)),
       d AS (
         UPDATE webhook_deliveries w SET
           status = x.status, attempt_count = w.attempt_count + 1, last_attempt_at = x.started_at,
           last_status_code = x.status_code, last_error = x.error, next_attempt_at = coalesce(x.next_at, w.next_attempt_at),
           delivered_at = CASE WHEN x.status = 'succeeded' THEN now() ELSE w.delivered_at END, leased_until = NULL
           FROM x WHERE w.id = x.id AND w.status = 'pending' AND w.attempt_count = x.attempt_count
         RETURNING w.id, w.endpoint_id, x.status),
       a AS (
         INSERT INTO webhook_attempts (delivery_id, attempt, started_at, status_code, duration_ms, error, response_excerpt)
         SELECT x.id, x.attempt_count + 1, x.started_at, x.status_code, x.duration_ms, x.error, x.excerpt
           FROM x JOIN d ON d.id = x.id ORDER BY x.started_at),
       e AS (
         UPDATE webhook_endpoints SET failing_since = NULL
          WHERE id IN (SELECT endpoint_id FROM d WHERE status = 'succeeded') AND failing_since IS NOT NULL)
       SELECT id FROM d`,
      [
        finished.map((f) => f.delivery.id),
        finished.map((f) => f.delivery.attempt_count),
        finished.map((f) => (f.result.kind === 'retry' ? 'pending' : f.result.kind)),
        finished.map((f) => f.startedAt),
        finished.map((f) => f.outcome.durationMs),
        finished.map((f) => f.outcome.statusCode),
        finished.map((f) => f.outcome.error),
        finished.map((f) => f.outcome.responseExcerpt),
        finished.map((f) => (f.result.kind === 'retry' ? f.result.nextAttemptAt : null)),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Runs `work` in one transaction: attempts and what they do to their endpoint commit together. */
  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * A failed attempt starts the endpoint's failure clock (kept across
   * failures until a success). Disables it on a 410 or once the clock has run
   * for `disableAfterMs`; returns the reason when it did.
   */
  async endpointFailed(
    endpointId: string,
    at: Date,
    gone: boolean,
    lastError: string | null,
    disableAfterMs: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const [clock] = await returning<{ failing_since: Date }>(
      manager,
      `UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, $2) WHERE id = $1 AND enabled RETURNING failing_since`,
      [endpointId, at],
    );
    if (!clock) return null;
    const failingFor = at.getTime() - new Date(clock.failing_since).getTime();
    const reason = gone
      ? `the receiver answered 410 Gone at ${at.toISOString()}`
      : failingFor >= disableAfterMs
        ? `failing since ${new Date(clock.failing_since).toISOString()} without a success; last error: ${lastError ?? 'none'}`
        : null;
    if (!reason) return null;
    await manager.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_at = now(), disabled_reason = $2, updated_at = now() WHERE id = $1 AND enabled`,
      [endpointId, reason],
    );
    return reason;
  }

  /**
   * Deletes up to `limit` finished deliveries (succeeded or failed) created
   * and last attempted before `before`, with their attempts; pending ones are
   * kept whatever their age. Returns how many went. Looks endpoint by endpoint
   * through the (endpoint, created_at) index, so a long log is never read whole.
   */
  async deleteFinishedBefore(before: Date, limit: number): Promise<number> {
    const rows = await returning<{ id: string }>(
      this.dataSource.manager,
      `DELETE FROM webhook_deliveries w USING (
         SELECT old.id FROM webhook_endpoints e CROSS JOIN LATERAL (
           SELECT d.id FROM webhook_deliveries d
            WHERE d.endpoint_id = e.id AND d.created_at < $1 AND d.status <> 'pending'
              AND coalesce(d.last_attempt_at, d.created_at) < $1
            ORDER BY d.created_at LIMIT $2) old
          LIMIT $2) x
        WHERE w.id = x.id RETURNING w.id`,
      [before, limit],
    );
    return rows.length;
  }

  /** The endpoint is disabled: the deliveries fail without an attempt (replay them once re-enabled). */
  async failUnsent(deliveries: readonly DeliveryForAttempt[], reason: string): Promise<void> {
    if (deliveries.length === 0) return;
    await this.dataSource.query(
      `UPDATE webhook_deliveries w SET status = 'failed', last_error = $3, leased_until = NULL
         FROM unnest($1::uuid[], $2::int[]) AS x (id, attempt_count)
        WHERE w.id = x.id AND w.status = 'pending' AND w.attempt_count = x.attempt_count`,
      [deliveries.map((d) => d.id), deliveries.map((d) => d.attempt_count), reason],
    );
  }

  /** Ends the leases of claimed deliveries that were not sent, so that they may be claimed again at once. */
  async releaseLeases(deliveries: readonly DeliveryForAttempt[]): Promise<void> {
    if (deliveries.length === 0) return;
    await this.dataSource.query(
      `UPDATE webhook_deliveries w SET leased_until = NULL
         FROM unnest($1::uuid[], $2::int[]) AS x (id, attempt_count)
        WHERE w.id = x.id AND w.status = 'pending' AND w.attempt_count = x.attempt_count`,
      [deliveries.map((d) => d.id), deliveries.map((d) => d.attempt_count)],
    );
  }

  /** Queues a finished delivery again: same message id and body, the retry schedule from the start. */
  async redeliver(endpointId: string, id: string): Promise<string[]> {
    const rows = await returning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE webhook_deliveries SET status = 'pending', retry_base = attempt_count, next_attempt_at = now(), leased_until = NULL
        WHERE id = $1 AND endpoint_id = $2 AND status <> 'pending' RETURNING id`,
      [id, endpointId],
    );
    return rows.map((r) => r.id);
  }

  /** Queues the endpoint's failed deliveries created in [since, until) again, as redeliver does; no until: up to now. */
  async replayFailed(endpointId: string, since: Date, until?: Date): Promise<string[]> {
    const rows = await returning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE webhook_deliveries SET status = 'pending', retry_base = attempt_count, next_attempt_at = now(), leased_until = NULL
        WHERE endpoint_id = $1 AND status = 'failed' AND created_at >= $2 AND ($3::timestamptz IS NULL OR created_at < $3) RETURNING id`,
      [endpointId, since, until ?? null],
    );
    return rows.map((r) => r.id);
  }

  async statusOf(endpointId: string, id: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query(`SELECT status FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2`, [
      id,
      endpointId,
    ]);
    return (row as { status: string } | undefined)?.status;
  }

  async list(
    endpointId: string,
    filter: { status?: string; eventType?: string; articleId?: string; since?: Date; until?: Date; id?: string },
    page: { limit: number; offset: number },
  ): Promise<{ items: WebhookDeliveryView[]; total: number }> {
    const where = `d.endpoint_id = $1
      AND ($2::text IS NULL OR d.status = $2) AND ($3::text IS NULL OR d.event_type = $3)
      AND ($4::uuid IS NULL OR d.article_id = $4) AND ($5::timestamptz IS NULL OR d.created_at >= $5)
      AND ($6::timestamptz IS NULL OR d.created_at < $6) AND ($7::uuid IS NULL OR d.id = $7)`;
    const params = [
      endpointId,
      filter.status ?? null,
      filter.eventType ?? null,
      filter.articleId ?? null,
      filter.since ?? null,
      filter.until ?? null,
      filter.id ?? null,
    ];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM webhook_deliveries d WHERE ${where}`, params);
    const rows = await this.dataSource.query<DeliveryRow[]>(
      `SELECT d.id, d.endpoint_id, d.message_id, d.event_type, d.event_id::text, d.article_id, d.claim_id, d.status,
              d.attempt_count, d.next_attempt_at, d.last_status_code, d.last_error, d.created_at, d.delivered_at,
              coalesce((SELECT json_agg(json_build_object(
                  'attempt', a.attempt, 'startedAt', a.started_at, 'statusCode', a.status_code, 'durationMs', a.duration_ms,
                  'error', a.error, 'responseExcerpt', a.response_excerpt) ORDER BY a.id)
                FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS attempts
         FROM webhook_deliveries d WHERE ${where}
        ORDER BY d.created_at DESC, d.seq DESC LIMIT $8 OFFSET $9`,
      [...params, page.limit, page.offset],
    );
    return { items: rows.map(toView), total };
  }
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  message_id: string;
  event_type: string;
  event_id: string;
  article_id: string | null;
  claim_id: string | null;
  status: string;
  attempt_count: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
  attempts: (Omit<DeliveryAttemptView, 'startedAt'> & { startedAt: string })[];
}

function toView(row: DeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    webhookId: row.message_id,
    eventType: row.event_type,
    eventId: row.event_id,
    articleId: row.article_id,
    claimId: row.claim_id,
    status: row.status,
    attemptCount: row.attempt_count,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    attempts: row.attempts.map((a) => ({ ...a, startedAt: new Date(a.startedAt) })),
  };
}
