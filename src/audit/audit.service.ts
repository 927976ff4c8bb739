import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/index.js';
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

/** Writes audit events inside the caller's transaction, so a change and its event never part. */
@Injectable()
export class AuditService {
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
