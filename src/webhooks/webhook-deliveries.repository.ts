import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { returning } from '../database/sql.js';
import type { AttemptOutcome } from './delivery/http-sender.js';
import type { DeliveryAttemptView, WebhookDeliveryView } from './dto/webhook-delivery.dto.js';

/** A delivery as the processor needs it, with its endpoint. */
export interface DeliveryForAttempt {
  id: string;
  endpoint_id: string;
  ordering_key: string;
  message_id: string;
  body: string;
  status: string;
  attempt_count: number;
  retry_base: number;
  next_attempt_at: Date;
  url: string;
  enabled: boolean;
  secret_ciphertext: string;
  previous_secret_ciphertext: string | null;
  previous_secret_expires_at: Date | null;
  /** An earlier delivery of the same ordering key is still pending. */
  blocked: boolean;
}

/** A delivery that may be sent now (or at next_attempt_at). */
export interface Ready {
  id: string;
  attempt_count: number;
  next_attempt_at: Date;
}

export interface NewDeliveries {
  eventIds: string[];
  eventTypes: string[];
  articleIds: (string | null)[];
  claimIds: (string | null)[];
  bodies: string[];
  occurredAt: Date[];
}

export type AttemptResult =
  | { kind: 'succeeded' }
  | { kind: 'retry'; nextAttemptAt: Date }
  | { kind: 'failed' };

const READY_COLUMNS = `id, attempt_count, next_attempt_at`;

/** The "no earlier pending delivery of the same key" test: deliveries of one article go out in order. */
const IS_HEAD = `NOT EXISTS (
  SELECT 1 FROM webhook_deliveries p
   WHERE p.endpoint_id = d.endpoint_id AND p.ordering_key = d.ordering_key
     AND p.status = 'pending' AND p.seq < d.seq)`;

const FOR_ATTEMPT = `
  SELECT d.id, d.endpoint_id, d.ordering_key, d.message_id, d.body, d.status, d.attempt_count, d.retry_base, d.next_attempt_at,
         e.url, e.enabled, e.secret_ciphertext, e.previous_secret_ciphertext, e.previous_secret_expires_at,
         NOT ${IS_HEAD} AS blocked
    FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id`;

/**
 * The delivery log's SQL. Every change is one statement, conditional on the
 * state read (status, attempt_count), so a repeated or stale job changes nothing.
 */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One delivery per event and subscribed endpoint, in event order; returns the new deliveries' ids. */
  async insertForEvents(manager: EntityManager, batch: NewDeliveries): Promise<string[]> {
    const rows = await manager.query(
      `INSERT INTO webhook_deliveries
         (endpoint_id, event_id, event_type, message_id, ordering_key, article_id, claim_id, body, event_occurred_at)
       SELECT e.id, x.event_id, x.event_type, 'msg_' || x.event_id, coalesce(x.article_id::text, 'event-' || x.event_id),
              x.article_id, x.claim_id, x.body, x.occurred_at
         FROM unnest($1::bigint[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[])
              WITH ORDINALITY AS x (event_id, event_type, article_id, claim_id, body, occurred_at, ord)
         JOIN webhook_endpoints e ON e.enabled AND x.event_type = ANY (e.events) AND e.created_at <= x.occurred_at
        ORDER BY x.ord, e.id
       ON CONFLICT (endpoint_id, event_id) DO NOTHING
       RETURNING id`,
      [batch.eventIds, batch.eventTypes, batch.articleIds, batch.claimIds, batch.bodies, batch.occurredAt],
    );
    return (rows as { id: string }[]).map((r) => r.id);
  }

  /** Of these deliveries, the pending ones no earlier delivery of their key is waiting on. */
  async readyAmong(ids: string[]): Promise<Ready[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT ${READY_COLUMNS} FROM webhook_deliveries d WHERE d.id = ANY ($1::uuid[]) AND d.status = 'pending' AND ${IS_HEAD}`,
      [ids],
    );
  }

  /** Pending chain heads due for a while (their job may have been lost with Redis). */
  async overdue(olderThanMs: number, limit: number): Promise<Ready[]> {
    return this.dataSource.query(
      `SELECT ${READY_COLUMNS} FROM webhook_deliveries d
        WHERE d.status = 'pending' AND d.next_attempt_at < now() - make_interval(secs => $1::float8 / 1000)
          AND ${IS_HEAD}
        ORDER BY d.next_attempt_at LIMIT $2`,
      [olderThanMs, limit],
    );
  }

  async loadForAttempt(id: string): Promise<DeliveryForAttempt | undefined> {
    const [row] = await this.dataSource.query(`${FOR_ATTEMPT} WHERE d.id = $1`, [id]);
    return row as DeliveryForAttempt | undefined;
  }

  /** The next pending delivery of an ordering key, ready for its attempt (the one before it is done). */
  async nextForAttempt(endpointId: string, orderingKey: string): Promise<DeliveryForAttempt | undefined> {
    const [row] = await this.dataSource.query(
      `${FOR_ATTEMPT} WHERE d.endpoint_id = $1 AND d.ordering_key = $2 AND d.status = 'pending' ORDER BY d.seq LIMIT 1`,
      [endpointId, orderingKey],
    );
    return row as DeliveryForAttempt | undefined;
  }

  /**
   * Logs one attempt and moves the delivery on, in one statement (a success
   * also stops the endpoint's failure clock). Once the delivery is finished
   * the same statement reads the next pending delivery of its ordering key,
   * so the processor can go straight on with it. `recorded` is false when the
   * delivery had already moved on (a repeated job): nothing is written.
   */
  async recordAttempt(
    delivery: DeliveryForAttempt,
    startedAt: Date,
    outcome: AttemptOutcome,
    result: AttemptResult,
  ): Promise<{ recorded: boolean; next: DeliveryForAttempt | null }> {
    const status = result.kind === 'retry' ? 'pending' : result.kind;
    const [row] = await returning<DeliveryForAttempt & { recorded: boolean }>(
      this.dataSource.manager,
      `WITH d AS (
         UPDATE webhook_deliveries SET
           status = $4, attempt_count = attempt_count + 1, last_attempt_at = $5, last_status_code = $7, last_error = $8,
           next_attempt_at = coalesce($10, next_attempt_at),
           delivered_at = CASE WHEN $4 = 'succeeded' THEN now() ELSE delivered_at END
         WHERE id = $1 AND status = 'pending' AND attempt_count = $3
         RETURNING id),
       a AS (
         INSERT INTO webhook_attempts (delivery_id, attempt, started_at, status_code, duration_ms, error, response_excerpt)
         SELECT $1, $3 + 1, $5, $7, $6, $8, $9 FROM d),
       e AS (
         UPDATE webhook_endpoints SET failing_since = NULL
          WHERE id = $2 AND $4 = 'succeeded' AND failing_since IS NOT NULL AND EXISTS (SELECT 1 FROM d)),
       n AS (
         SELECT d.id, d.endpoint_id, d.ordering_key, d.message_id, d.body, d.status, d.attempt_count, d.retry_base,
                d.next_attempt_at, w.url, w.enabled, w.secret_ciphertext, w.previous_secret_ciphertext,
                w.previous_secret_expires_at, false AS blocked
           FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
          WHERE $4 <> 'pending' AND EXISTS (SELECT 1 FROM d)
            AND d.endpoint_id = $2 AND d.ordering_key = $11 AND d.status = 'pending' AND d.id <> $1
          ORDER BY d.seq LIMIT 1)
       SELECT EXISTS (SELECT 1 FROM d) AS recorded, n.* FROM (SELECT 1) one LEFT JOIN n ON true`,
      [
        delivery.id,
        delivery.endpoint_id,
        delivery.attempt_count,
        status,
        startedAt,
        outcome.durationMs,
        outcome.statusCode,
        outcome.error,
        outcome.responseExcerpt,
        result.kind === 'retry' ? result.nextAttemptAt : null,
        delivery.ordering_key,
      ],
    );
    const { recorded, ...next } = row!;
    return { recorded, next: next.id ? (next as DeliveryForAttempt) : null };
  }

  /**
   * A failed attempt starts the endpoint's failure clock (kept across
   * failures until a success). Disables it on a 410 or once the clock has run
   * for `disableAfterMs`; returns the reason when it did.
   */
  async endpointFailed(endpointId: string, at: Date, gone: boolean, lastError: string | null, disableAfterMs: number): Promise<string | null> {
    const [clock] = await returning<{ failing_since: Date }>(
      this.dataSource.manager,
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
    await this.dataSource.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_at = now(), disabled_reason = $2, updated_at = now() WHERE id = $1 AND enabled`,
      [endpointId, reason],
    );
    return reason;
  }

  /** The endpoint is disabled: the delivery fails without an attempt (replay it once re-enabled). */
  async failUnsent(id: string, attemptCount: number, reason: string): Promise<boolean> {
    const rows = await returning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE webhook_deliveries SET status = 'failed', last_error = $3
        WHERE id = $1 AND status = 'pending' AND attempt_count = $2 RETURNING id`,
      [id, attemptCount, reason],
    );
    return rows.length > 0;
  }

  /** Queues a finished delivery again: same message id and body, the retry schedule from the start. */
  async redeliver(endpointId: string, id: string): Promise<string[]> {
    const rows = await returning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE webhook_deliveries SET status = 'pending', retry_base = attempt_count, next_attempt_at = now()
        WHERE id = $1 AND endpoint_id = $2 AND status <> 'pending' RETURNING id`,
      [id, endpointId],
    );
    return rows.map((r) => r.id);
  }

  async replayFailed(endpointId: string, since: Date): Promise<string[]> {
    const rows = await returning<{ id: string }>(
      this.dataSource.manager,
      `UPDATE webhook_deliveries SET status = 'pending', retry_base = attempt_count, next_attempt_at = now()
        WHERE endpoint_id = $1 AND status = 'failed' AND created_at >= $2 RETURNING id`,
      [endpointId, since],
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
    const rows = (await this.dataSource.query(
      `SELECT d.id, d.endpoint_id, d.message_id, d.event_type, d.event_id::text, d.article_id, d.claim_id, d.status,
              d.attempt_count, d.next_attempt_at, d.last_status_code, d.last_error, d.created_at, d.delivered_at,
              coalesce((SELECT json_agg(json_build_object(
                  'attempt', a.attempt, 'startedAt', a.started_at, 'statusCode', a.status_code, 'durationMs', a.duration_ms,
                  'error', a.error, 'responseExcerpt', a.response_excerpt) ORDER BY a.id)
                FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS attempts
         FROM webhook_deliveries d WHERE ${where}
        ORDER BY d.created_at DESC, d.seq DESC LIMIT $8 OFFSET $9`,
      [...params, page.limit, page.offset],
    )) as DeliveryRow[];
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
