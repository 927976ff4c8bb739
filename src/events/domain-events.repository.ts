import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery, returning, type SqlFragment } from '../database/sql.js';
import { DomainEventAnnouncer } from './domain-event-announcer.js';
import type { Position } from './domain-event-reader.js';
import type { AnyDomainEvent, DomainEventName, DomainEventPayloads } from './domain-events.js';

/** Columns the stream is filtered by, lifted out of the payload. */
function idsOf(payload: object): [string | null, string | null, string | null] {
  const p = payload as { articleId?: string; claimId?: string; actorId?: string | null };
  return [p.articleId ?? null, p.claimId ?? null, p.actorId ?? null];
}

// tx_id and occurred_at come from their defaults (pg_current_xact_id(), now()).
// Listeners are woken after commit by DomainEventAnnouncer, not by a NOTIFY
// in the writing transaction (see there why).
const INSERT = `INSERT INTO domain_events (name, payload, article_id, claim_id, actor_id)`;

/**
 * The INSERT of a JSON array of events (the parameter `param`), in the
 * array's order, so their ids ascend with it; once per row of `from` that
 * `where` keeps, when given.
 */
function insertInOrder(param: string, from?: string, where = 'true'): string {
  return `${INSERT}
     SELECT e.v->>'name', e.v->'payload', (e.v#>>'{payload,articleId}')::uuid, (e.v#>>'{payload,claimId}')::uuid,
            (e.v#>>'{payload,actorId}')::uuid
       FROM ${from ? `${from}, ` : ''}jsonb_array_elements(${param}::jsonb) WITH ORDINALITY AS e (v, i)
      WHERE ${where}
      ORDER BY e.i`;
}

const APPEND_ONE = `${INSERT} VALUES ($1, $2::jsonb, $3::uuid, $4::uuid, $5::uuid)`;
const APPEND_ALL = insertInOrder('$1');

/** Each payload field as a SQL expression over the rows of a CTE (checked against the payload's fields). */
export type PayloadSql<N extends DomainEventName> = { readonly [K in keyof DomainEventPayloads[N]]-?: string };


// Of the stream's first `limit` rows (its index: a statement stays short however
// long the stream is), those that happened before `olderThan` and that the slowest
// consumer has read (a cursor is the position of the last event read).
const DELETE_OLDEST = `
  DELETE FROM domain_events WHERE id IN (
    SELECT f.id FROM (SELECT id, tx_id, occurred_at FROM domain_events ORDER BY tx_id, id LIMIT $1) f
     WHERE f.occurred_at < $2 AND (f.tx_id, f.id) <= ($3::xid8, $4::bigint))
  RETURNING id`;

/**
 * The only writer of `domain_events`. Every state change appends exactly one
 * event inside the transaction that makes the change, so the stream and the
 * tables never disagree.
 *
 * The append methods wake the stream's listeners once the transaction
 * commits. A caller that runs a fragment (selectFragment, insertFragment)
 * calls `written(manager)` after running it, for the same.
 */
@Injectable()
export class DomainEventsRepository {
  constructor(private readonly announcer: DomainEventAnnouncer) {}

  async append<N extends DomainEventName>(manager: EntityManager, name: N, payload: DomainEventPayloads[N]): Promise<void> {
    await preparedQuery(manager, APPEND_ONE, [name, JSON.stringify(payload), ...idsOf(payload)]);
    this.written(manager);
  }

  /**
   * A statement with one of this repository's fragments ran with `manager`:
   * its events are announced once its transaction commits, or now when the
   * statement was its own transaction (a prepared statement, a pool query).
   */
  written(manager: EntityManager): void {
    this.announcer.written(manager);
  }

  /** The same, for an event chosen at run time. */
  async appendEvent(manager: EntityManager, event: AnyDomainEvent): Promise<void> {
    await this.append(manager, event.name, event.payload);
  }

  /** Several events of one name in one statement, in the order given. */
  async appendMany<N extends DomainEventName>(manager: EntityManager, name: N, payloads: DomainEventPayloads[N][]): Promise<void> {
    await this.appendAll(manager, payloads.map((payload) => ({ name, payload }) as AnyDomainEvent));
  }

  /** Several events in one statement, in the order given. */
  async appendAll(manager: EntityManager, events: AnyDomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await preparedQuery(manager, APPEND_ALL, [JSON.stringify(events)]);
    this.written(manager);
  }

  /**
   * Like insertFragment, for events whose facts only the statement knows (ids
   * it generates, rows it picks): each payload field is a SQL expression over
   * the rows of `from`. Call `written` after running the statement.
   */
  selectFragment<N extends DomainEventName>(name: N, from: string, payload: PayloadSql<N>): string {
    const fields = Object.entries(payload as Record<string, string>).map(([key, sql]) => `'${key}', ${sql}`);
    const built = `jsonb_build_object(${fields.join(', ')})`;
    const id = (key: string) => (key in payload ? `(${(payload as Record<string, string>)[key]})::uuid` : 'NULL::uuid');
    return `${INSERT} SELECT '${name}', ${built}, ${id('articleId')}, ${id('claimId')}, ${id('actorId')} FROM ${from}`;
  }

  /**
   * Like insertFragment, for several events in the order given (ids ascend
   * with it), each written once per row of `from` that `where` (SQL over
   * `from`'s rows and `e.i`, the event's 1-based place) keeps.
   */
  insertAllFragment(events: AnyDomainEvent[], from: string, firstParam: number, where = 'true'): SqlFragment {
    return { sql: insertInOrder(`$${firstParam}`, from, where), params: [JSON.stringify(events)] };
  }

  /**
   * The INSERT for a data-modifying CTE of a single-statement write, e.g.
   * `WITH article AS (INSERT ... RETURNING id), event AS (${fragment.sql}) SELECT ...`:
   * one event row per row of `from` (a CTE name of the same statement, so
   * nothing is written when it wrote nothing). Parameters are numbered from
   * `firstParam`; append `fragment.params` to the statement's. Call
   * `written` after running the statement.
   */
  insertFragment<N extends DomainEventName>(name: N, payload: DomainEventPayloads[N], from: string, firstParam: number): SqlFragment {
    const n = (i: number) => `$${firstParam + i}`;
    return {
      sql: `${INSERT} SELECT ${n(0)}, ${n(1)}::jsonb, ${n(2)}::uuid, ${n(3)}::uuid, ${n(4)}::uuid FROM ${from}`,
      params: [name, JSON.stringify(payload), ...idsOf(payload)],
    };
  }

  /**
   * Deletes up to `limit` of the oldest events that happened before
   * `olderThan` and that the slowest consumer has read (`readUpTo`, its
   * cursor's position); returns how many went.
   */
  async deleteOldest(manager: EntityManager, limit: number, olderThan: Date, readUpTo: Position): Promise<number> {
    return (await returning(manager, DELETE_OLDEST, [limit, olderThan, readUpTo.txId, readUpTo.id])).length;
  }
}
