import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { returning } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import type { Claim } from '../claims/claim.entity.js';
import type { ReviewStage } from './workflow.js';

/** A claim as the inbox hands it out. */
export type LeaseRow = Pick<Claim, 'id' | 'articleId' | 'round' | 'version' | 'context' | 'stageNote'> & { leaseExpiresAt: Date };

/** The lease facts of a claim, read before extending or ending it. */
export type LeaseState = Pick<Claim, 'id' | 'articleId' | 'status' | 'version' | 'leaseHolder'> & {
  leaseLive: boolean;
  /** The lease was taken REVIEW_LEASE_MAX_MS ago or more. */
  pastMaxAge: boolean;
};

export interface LeaseRequest {
  stage: ReviewStage;
  userId: string;
  /** See graderLookback (workflow.ts): null excludes a grader of any round. */
  lookback: number | null;
  leaseMs: number;
  requestId: string | null;
  /** A claim not to hand out (the one the caller is skipping). */
  skip: string | null;
}

const LEASE_COLUMNS = `id, article_id AS "articleId", round, version, lease_expires_at AS "leaseExpiresAt", context, stage_note AS "stageNote"`;

/**
 * The inbox's SQL on claims: leases taken, handed back, extended and ended.
 * Every change is conditional on the version read or done under a row lock,
 * in the caller's transaction.
 */
@Injectable()
export class LeaseRepository {
  constructor(
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
  ) {}

  /**
   * Serialises one person's `next` calls for one stage until the transaction
   * ends, so two at once cannot both find no lease and both take one.
   */
  async lockPersonAtStage(manager: EntityManager, userId: string, stage: ReviewStage): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('lease:' || $1 || ':' || $2, 0))`, [userId, stage]);
  }

  /** The caller's live lease at the stage, if any (one per person and stage). */
  async held(manager: EntityManager, stage: ReviewStage, userId: string): Promise<LeaseRow | undefined> {
    const [row] = await manager.query<LeaseRow[]>(
      `SELECT ${LEASE_COLUMNS} FROM claims
        WHERE lease_holder = $2 AND status = $1 AND lease_expires_at > now()
        ORDER BY lease_started_at NULLS FIRST, id LIMIT 1`,
      [stage, userId],
    );
    return row;
  }

  /**
   * The stage's best claim the caller may grade, leased to them in one
   * statement with its audit and domain events: unsourced and most
   * check-worthy first, then oldest; SKIP LOCKED so concurrent callers never
   * wait on each other or get the same claim.
   */
  async leaseNext(manager: EntityManager, req: LeaseRequest): Promise<LeaseRow | undefined> {
    const [leased] = await returning<LeaseRow>(
      manager,
      `WITH picked AS (
         SELECT c.id, c.lease_holder AS previous_holder
           FROM claims c
          WHERE c.status = $1 AND c.queued_at IS NOT NULL
            AND (c.lease_expires_at IS NULL OR c.lease_expires_at <= now())
            AND NOT EXISTS (SELECT 1 FROM reviews r
                             WHERE r.claim_id = c.id AND r.reviewer_id = $2
                               AND ($3::int IS NULL OR r.round >= c.round - $3::int))
            AND c.id IS DISTINCT FROM $6::uuid
          ORDER BY c.unsourced DESC, c.checkworthiness DESC, c.queued_at, c.id
          LIMIT 1
          FOR UPDATE OF c SKIP LOCKED
       ), leased AS (
         UPDATE claims c
            SET lease_holder = $2, lease_expires_at = now() + make_interval(secs => $4::double precision / 1000),
                lease_started_at = now(), version = c.version + 1, updated_at = now()
           FROM picked WHERE c.id = picked.id
          RETURNING c.id, c.article_id, c.round, c.version, c.lease_expires_at, c.context, c.stage_note, picked.previous_holder
       ), audit AS (
         ${this.audit.selectFragment('leased', {
           entityType: `'claim'`,
           entityId: 'id',
           action: `'claim.leased'`,
           actorType: `'user'`,
           actorId: '$2',
           before: `CASE WHEN previous_holder IS NOT NULL THEN jsonb_build_object('expiredLeaseHolder', previous_holder) END`,
           after: `jsonb_build_object('stage', $1::text, 'round', round, 'leaseHolder', $2::uuid, 'expiresAt', lease_expires_at)`,
           requestId: '$5',
         })}
       ), event AS (
         ${this.events.selectFragment(DomainEvent.ClaimLeased, 'leased', {
           claimId: 'id',
           articleId: 'article_id',
           stage: '$1::text',
           actorId: '$2::uuid',
           expiresAt: 'lease_expires_at',
         })}
       )
       SELECT ${LEASE_COLUMNS} FROM leased`,
      [req.stage, req.userId, req.lookback, req.leaseMs, req.requestId, req.skip],
    );
    return leased;
  }

  async state(manager: EntityManager, claimId: string, maxMs: number): Promise<LeaseState | undefined> {
    const [row] = await manager.query<LeaseState[]>(
      `SELECT id, article_id AS "articleId", status, version, lease_holder AS "leaseHolder",
              coalesce(lease_expires_at > now(), false) AS "leaseLive",
              coalesce(lease_started_at + make_interval(secs => $2::double precision / 1000) <= now(), false) AS "pastMaxAge"
         FROM claims WHERE id = $1`,
      [claimId, maxMs],
    );
    return row;
  }

  /**
   * Another full period from now, but never past REVIEW_LEASE_MAX_MS from
   * when the lease was taken (a lease from before that was recorded starts
   * counting now). Undefined when the lease changed or is at its maximum age.
   */
  async extend(manager: EntityManager, lease: LeaseState, userId: string, leaseMs: number, maxMs: number): Promise<Date | undefined> {
    const [extended] = await returning<{ lease_expires_at: Date }>(
      manager,
      `UPDATE claims
          SET lease_started_at = coalesce(lease_started_at, now()),
              lease_expires_at = least(now() + make_interval(secs => $4::double precision / 1000),
                                       coalesce(lease_started_at, now()) + make_interval(secs => $5::double precision / 1000)),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND lease_holder = $3 AND lease_expires_at > now()
          AND coalesce(lease_started_at + make_interval(secs => $5::double precision / 1000) > now(), true)
        RETURNING lease_expires_at`,
      [lease.id, lease.version, userId, leaseMs, maxMs],
    );
    return extended?.lease_expires_at;
  }

  /** The holder's lease ends (handed back, or at its maximum age); false when it changed meanwhile. */
  async end(manager: EntityManager, lease: Pick<Claim, 'id' | 'version'>, userId: string): Promise<boolean> {
    const ended = await returning(
      manager,
      `UPDATE claims SET lease_holder = NULL, lease_expires_at = NULL, lease_started_at = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND lease_holder = $3 RETURNING id`,
      [lease.id, lease.version, userId],
    );
    return ended.length > 0;
  }
}
