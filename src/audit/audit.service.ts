import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/index.js';
import type { SqlFragment } from '../database/sql.js';
import { AuditEvent, type ActorType } from './audit-event.entity.js';

export interface Actor {
  type: ActorType;
  id: string | null;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null };

export function actorOf(principal: Principal): Actor {
  return principal.kind === 'user'
    ? { type: 'user', id: principal.userId }
    : { type: 'api-key', id: principal.apiKeyId };
}

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  actor: Actor;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
}

/** Each column of an audit event as a SQL expression over the rows of a CTE. */
export interface AuditSql {
  entityType: string;
  entityId: string;
  action: string;
  actorType: string;
  actorId?: string;
  before?: string;
  after?: string;
  requestId?: string;
}

/**
 * The only writer (and reader) of audit_events. Writes inside the caller's
 * transaction, so a change and its event never part.
 */
@Injectable()
export class AuditService {
  /**
   * The INSERT for a data-modifying CTE of a single-statement write: one
   * audit event per row of `from`, each column a SQL expression over it.
   */
  selectFragment(from: string, sql: AuditSql): string {
    return `INSERT INTO audit_events (entity_type, entity_id, action, actor_type, actor_id, before, after, request_id)
       SELECT ${sql.entityType}, ${sql.entityId}, ${sql.action}, ${sql.actorType}, ${sql.actorId ?? 'NULL'}::uuid,
              ${sql.before ?? 'NULL'}::jsonb, ${sql.after ?? 'NULL'}::jsonb, ${sql.requestId ?? 'NULL'}::text
         FROM ${from}`;
  }

  /**
   * The INSERT for a data-modifying CTE of a single-statement write whose
   * audit events are known before it runs: `entries`, in this order (ids
   * ascend with it), once `from` (a CTE of the same statement with at most
   * one row) has a row; nothing when it wrote nothing. Parameters are
   * numbered from `firstParam`.
   */
  entriesFragment(entries: AuditEntry[], from: string, firstParam: number): SqlFragment {
    const rows = entries.map((e) => ({
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      actorType: e.actor.type,
      actorId: e.actor.id,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: e.requestId ?? null,
    }));
    return {
      // nullif: a JSON null in the array is stored as SQL NULL, as record() stores it.
      sql: `INSERT INTO audit_events (entity_type, entity_id, action, actor_type, actor_id, before, after, request_id)
            SELECT e->>'entityType', (e->>'entityId')::uuid, e->>'action', e->>'actorType', (e->>'actorId')::uuid,
                   nullif(e->'before', 'null'::jsonb), nullif(e->'after', 'null'::jsonb), e->>'requestId'
              FROM ${from}, jsonb_array_elements($${firstParam}::jsonb) WITH ORDINALITY AS entry (e, i)
             ORDER BY entry.i`,
      params: [JSON.stringify(rows)],
    };
  }

  /** A claim's or article's events, oldest first. */
  async history(manager: EntityManager, entityType: string, entityId: string): Promise<AuditEvent[]> {
    return manager.find(AuditEvent, { where: { entityType, entityId }, order: { id: 'ASC' } });
  }

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, {
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
      requestId: entry.requestId ?? null,
    });
  }
}
