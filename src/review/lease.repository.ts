import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { claimsTextSql } from '../articles/analysed-text.js';
import { preparedQuery, returning } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import type { Claim } from '../claims/claim.entity.js';
import { claimFilterSql, type ClaimFilter } from './claim-filter.js';
import { INBOX_ORDER, INBOX_UNSOURCED } from './inbox-order.sql.js';
import type { NamedReviewRow } from './review-row.js';
import { stageNeedsEditor, type ReviewStage } from './workflow.js';

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
  /** The lookback for claims escalated from approval (graderLookback with escalatedFrom 'approval'). */
  approvalEscalationLookback: number | null;
  leaseMs: number;
  requestId: string | null;
  /** A claim not to hand out (the one the caller is skipping). */
  skip: string | null;
  /** Only a claim the inbox's filters keep. */
  filter: ClaimFilter;
}

/**
 * The inbox's filters as a condition on `c`, its parameters from $9 on ($2: the caller). Only
 * the filters given are written, so an unfiltered `next` stays the prepared
 * statement it was; written in as "parameter is null or ...", one generic
 * plan would have had to serve every combination of filters.
 */
function filterCondition(filter: ClaimFilter): { sql: string; params: unknown[] } {
  const { conditions, params } = claimFilterSql(filter, 8, '$2');
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : 'true', params };
}

/**
 * A live lease whose holder can no longer work the stage (deactivated, or an
 * editor demoted while holding an approval or escalation lease) is as good as
 * lapsed: their claim goes to the next person instead of waiting out the
 * lease (up to REVIEW_LEASE_MS), as a lapsed one does ($8: the stage needs an editor).
 */
const HOLDER_MAY_NOT_WORK = `NOT EXISTS (SELECT 1 FROM users u WHERE u.id = c.lease_holder AND u.active AND (u.role <> 'reviewer' OR NOT $8::boolean))`;

const LEASE_COLUMNS = `l.id, l.article_id AS "articleId", l.round, l.version, l.lease_expires_at AS "leaseExpiresAt", l.context, l.stage_note AS "stageNote"`;

/**
 * Every grade of the leased claim's closed rounds (before its round), oldest
 * first, with its author's name (their e-mail address: accounts have no
 * other). The current round's grades are never read here: grading is blind.
 */
const CLOSED_ROUND_GRADES = `coalesce((
  SELECT jsonb_agg(to_jsonb(r) || jsonb_build_object('reviewer_name', u.email) ORDER BY r.round, r.created_at, r.id)
    FROM reviews r LEFT JOIN users u ON u.id = r.reviewer_id
   WHERE r.claim_id = l.id AND r.round < l.round), '[]'::jsonb)`;

/** A lease as `next` hands it out: the claim's lease facts, its article, what its closed rounds recorded. */
export type TakenLease = LeaseRow & {
  article: { id: string; title: string | null; url: string | null; text: string | null };
  earlierStages: NamedReviewRow[];
};

/** A review as to_jsonb writes it: its timestamps are strings. */
type NamedReviewJson = Omit<NamedReviewRow, 'applied_at' | 'created_at'> & { applied_at: string | null; created_at: string };

type TakenLeaseRow = Omit<TakenLease, 'earlierStages'> & { earlierStages: NamedReviewJson[] };

/** The review with its timestamps as the driver would have parsed them. */
function namedReviewOf(json: NamedReviewJson): NamedReviewRow {
  return { ...json, applied_at: json.applied_at === null ? null : new Date(json.applied_at), created_at: new Date(json.created_at) };
}


/** Claim `c` comes after the skipped claim `s` in the inbox's order (pickClaim's). */
const AFTER_SKIPPED = `(${INBOX_UNSOURCED} < s.unsourced OR (${INBOX_UNSOURCED} = s.unsourced AND (c.checkworthiness < s.checkworthiness
   OR (c.checkworthiness = s.checkworthiness AND (c.queued_at, c.id) > (s.queued_at, s.id)))))`;

/**
 * The first claim, in the inbox's order (unsourced first, then the most check-worthy, then the oldest), of the
 * stage ($1) that the caller ($2) may take now, that the inbox's filters keep (`filtered`) and `condition` holds of: nobody works on it, they have not
 * graded it lately, not the one skipped ($6). Locked; one another caller has locked is passed over.
 */
const pickClaim = (filtered: string, condition: string) => `SELECT c.id, c.lease_holder AS previous_holder
           FROM claims c
          CROSS JOIN LATERAL (SELECT CASE WHEN c.escalated_from = 'approval' THEN $7::int ELSE $3::int END AS rounds) lookback
          WHERE NOT EXISTS (SELECT 1 FROM kept)
            AND c.status = $1 AND c.queued_at IS NOT NULL
            AND (c.lease_expires_at IS NULL OR c.lease_expires_at <= now() OR ${HOLDER_MAY_NOT_WORK})
            AND NOT EXISTS (SELECT 1 FROM reviews r
                             WHERE r.claim_id = c.id AND r.reviewer_id = $2
                               AND (lookback.rounds IS NULL OR r.round >= c.round - lookback.rounds))
            AND c.id IS DISTINCT FROM $6::uuid
            AND ${filtered}
            AND ${condition}
          ORDER BY ${INBOX_ORDER}
          LIMIT 1
          FOR UPDATE OF c SKIP LOCKED`;

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
   * `next` in one statement (one round trip, its own transaction, prepared
   * once per connection): under the person's lock for the stage, the lease
   * they hold there if any (see
   * lock_held_lease, migration 1795831000000: looked up after the lock, so
   * two calls at once cannot both find none and both take one); when they
   * skip it, it goes back to its inbox (audit and domain event); when they
   * hold none, the stage's best claim they may grade is leased to them, with
   * its audit and domain events: unsourced and most check-worthy first, then
   * oldest (after a skip, the best after the skipped one in that order, and
   * from the top again past the last); SKIP LOCKED so concurrent callers never
   * wait on each other or get the same claim. With the claim come its
   * article and the grades of its closed rounds, for the reviewer's screen.
   */
  async take(dataSource: DataSource, req: LeaseRequest): Promise<TakenLease | undefined> {
    const filter = filterCondition(req.filter);
    // Prepared (one statement per set of filters given): planning it costs more than running it, and `next` is called in a loop.
    const [row] = await preparedQuery<TakenLeaseRow>(
      dataSource,
      `WITH held AS (
         SELECT h.id, h.article_id, h.round, h.version, h.lease_expires_at, h.context, h.stage_note
           FROM lock_held_lease($2::uuid, $1::text) h
       ), kept AS (
         SELECT * FROM held WHERE held.id IS DISTINCT FROM $6::uuid
       ), released AS (
         UPDATE claims c
            SET lease_holder = NULL, lease_expires_at = NULL, lease_started_at = NULL, version = c.version + 1, updated_at = now()
           FROM held WHERE c.id = held.id AND held.id = $6::uuid AND c.version = held.version AND c.lease_holder = $2
          RETURNING c.id, c.article_id
       ), released_audit AS (
         ${this.audit.selectFragment('released', {
           entityType: `'claim'`,
           entityId: 'id',
           action: `'claim.released'`,
           actorType: `'user'`,
           actorId: '$2',
           before: `jsonb_build_object('leaseHolder', $2::uuid)`,
           after: `jsonb_build_object('stage', $1::text, 'leaseHolder', NULL)`,
           requestId: '$5',
         })}
       ), released_event AS (
         ${this.events.selectFragment(DomainEvent.ClaimReleased, 'released', {
           claimId: 'id',
           articleId: 'article_id',
           stage: '$1::text',
           actorId: '$2::uuid',
         })}
       ), skipped AS (
         SELECT ${INBOX_UNSOURCED} AS unsourced, c.checkworthiness, c.queued_at, c.id FROM claims c WHERE c.id = $6::uuid
       ), picked_after AS (
         -- Skipping takes the best claim after the skipped one in the inbox's order (the best other one took the
         -- reviewer back and forth between the first two), and past the last starts again from the top.
         ${pickClaim(filter.sql, `$6::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM skipped s WHERE ${AFTER_SKIPPED})`)}
       ), picked_first AS (
         ${pickClaim(filter.sql, 'NOT EXISTS (SELECT 1 FROM picked_after)')}
       ), picked AS (
         SELECT * FROM picked_after UNION ALL SELECT * FROM picked_first
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
       ), lease AS (
         SELECT id, article_id, round, version, lease_expires_at, context, stage_note FROM kept
         UNION ALL
         SELECT id, article_id, round, version, lease_expires_at, context, stage_note FROM leased
       )
       SELECT ${LEASE_COLUMNS},
              jsonb_build_object('id', a.id, 'title', a.title, 'url', a.url,
                                 'text', ${claimsTextSql('a')}) AS article,
              ${CLOSED_ROUND_GRADES} AS "earlierStages"
         FROM lease l JOIN articles a ON a.id = l.article_id`,
      [
        req.stage,
        req.userId,
        req.lookback,
        req.leaseMs,
        req.requestId,
        req.skip,
        req.approvalEscalationLookback,
        stageNeedsEditor(req.stage),
        ...filter.params,
      ],
    );
    // The statement was its own transaction: committed. A lease taken or one
    // handed back wrote an event (a lease kept did not; one wake-up too many is harmless).
    if (row || req.skip) this.events.written(dataSource.manager);
    return row && { ...row, earlierStages: row.earlierStages.map(namedReviewOf) };
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
