import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returning, type SqlFragment } from '../database/sql.js';
import type { Claim } from '../claims/claim.entity.js';
import { correctedUnsourcedSql } from '../claims/visible-correction.sql.js';
import type { ClaimContext } from './claim-context.service.js';
import type { ReviewRow } from './review-row.js';
import { graderLookback, REVIEW_STAGES, type AttributionVerdict, type ClaimStatus, type GradedStage, type Rating } from './workflow.js';

/**
 * A claim as the workflow reads it: the entity's workflow columns, plus two
 * facts computed in the same query (a live lease, at least one source).
 */
export type WorkflowClaim = Pick<
  Claim,
  'id' | 'articleId' | 'status' | 'version' | 'round' | 'queuedAt' | 'leaseHolder' | 'escalatedFrom' | 'attributionVerdict' | 'rating'
> & { leaseLive: boolean; hasSource: boolean };

const WORKFLOW_CLAIM_COLUMNS = `c.id, c.article_id AS "articleId", c.status, c.version, c.round, c.queued_at AS "queuedAt",
  c.lease_holder AS "leaseHolder", coalesce(c.lease_expires_at > now(), false) AS "leaseLive",
  c.escalated_from AS "escalatedFrom", c.attribution_verdict AS "attributionVerdict", c.rating,
  EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id) AS "hasSource"`;

/** The new state of a claim entering a round (see ClaimTransitions.move). */
export interface RoundEntry {
  to: ClaimStatus;
  escalatedFrom: GradedStage | null;
  attributionVerdict: AttributionVerdict | null;
  rating: Rating | null;
  note: string | null;
  /** Set: straight into the inbox with this context; null: the inbox waits for the prepare step. */
  prepared: ClaimContext | null;
  /** Entering `withdrawn`: the article revision that no longer has the claim. */
  withdrawnInRevision?: number | null;
}

/** A write that goes with a move, in its statement: built for the CTE `moved` and parameters from `firstParam`. */
export type AlongWithMove = (moved: string, firstParam: number) => SqlFragment;

/**
 * The review workflow's SQL on claims, reviews and consensus_outcomes. Every
 * change is conditional on the version read (or runs under the row lock), in
 * the caller's transaction.
 */
@Injectable()
export class ClaimWorkflowRepository {
  async lock(manager: EntityManager, claimId: string): Promise<WorkflowClaim | undefined> {
    const [row] = await manager.query<WorkflowClaim[]>(`SELECT ${WORKFLOW_CLAIM_COLUMNS} FROM claims c WHERE c.id = $1 FOR UPDATE OF c`, [claimId]);
    return row;
  }

  async read(manager: EntityManager, claimId: string): Promise<WorkflowClaim | undefined> {
    const [row] = await manager.query<WorkflowClaim[]>(`SELECT ${WORKFLOW_CLAIM_COLUMNS} FROM claims c WHERE c.id = $1`, [claimId]);
    return row;
  }

  /**
   * A new status and round: leases end. Returns the new round, or undefined
   * when the version moved on. `also` are the writes that go with the move
   * (its audit and domain events, owned by their tables' modules), in the
   * same statement: each gets the name of the CTE holding the moved row and
   * the number of its first parameter, and writes nothing when no row moved.
   */
  async enterRound(manager: EntityManager, claim: WorkflowClaim, entry: RoundEntry, also: AlongWithMove[] = []): Promise<number | undefined> {
    const params: unknown[] = [
      claim.id,
      claim.version,
      entry.to,
      entry.escalatedFrom,
      entry.attributionVerdict,
      entry.rating,
      entry.note,
      entry.prepared ? JSON.stringify(entry.prepared) : null,
      entry.withdrawnInRevision ?? null,
    ];
    const writes = also.map((fragmentFor, i) => {
      const fragment = fragmentFor('moved', params.length + 1);
      params.push(...fragment.params);
      return `, also_${i} AS (${fragment.sql})`;
    });
    const [moved] = await returning<{ round: number }>(
      manager,
      `WITH moved AS (
         UPDATE claims
            SET status = $3, round = round + 1, version = version + 1,
                queued_at = CASE WHEN $8::jsonb IS NULL THEN NULL ELSE now() END, context = coalesce($8::jsonb, context),
                lease_holder = NULL, lease_expires_at = NULL, lease_started_at = NULL, escalated_from = $4,
                attribution_verdict = $5, rating = $6, stage_note = $7, withdrawn_in_revision = $9, updated_at = now(),
                -- The round before is closed: its corrections are everyone's, so the inbox may order by them.
                inbox_unsourced = ${correctedUnsourcedSql('claims', 'all')}
          WHERE id = $1 AND version = $2
          RETURNING round
       )${writes.join('')}
       SELECT round FROM moved`,
      params,
    );
    return moved?.round;
  }

  /** Back into its stage's inbox for another grade; under the row lock, so it must match. */
  async requeue(manager: EntityManager, claim: WorkflowClaim): Promise<void> {
    const requeued = await returning(
      manager,
      `UPDATE claims SET queued_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [claim.id, claim.version],
    );
    if (requeued.length !== 1) throw new Error(`claim ${claim.id} changed under its row lock`);
  }

  /** Into the inbox with the prepared context; under the row lock, so it must match. */
  async queuePrepared(manager: EntityManager, claim: WorkflowClaim, context: ClaimContext): Promise<void> {
    const updated = await returning(
      manager,
      `UPDATE claims SET context = $3::jsonb, queued_at = now(), version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [claim.id, claim.version, JSON.stringify(context)],
    );
    if (updated.length !== 1) throw new Error(`claim ${claim.id} changed under its row lock`);
  }

  /**
   * Into the inbox without context (its preparation was given up), if the
   * claim is still in that round of a review stage and out of the inbox.
   */
  async queueUnprepared(manager: EntityManager, claimId: string, round: number, reason: string): Promise<boolean> {
    const queued = await returning(
      manager,
      `UPDATE claims SET queued_at = now(), context = jsonb_build_object('unavailable', $3::text),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND round = $2 AND queued_at IS NULL AND status = ANY ($4::text[])
        RETURNING id`,
      [claimId, round, reason, REVIEW_STAGES],
    );
    return queued.length > 0;
  }

  /** Back into the inbox of the review's round, if the claim is still there and out of the inbox. */
  async requeueAfterUnappliedReview(manager: EntityManager, review: ReviewRow): Promise<boolean> {
    const requeued = await returning(
      manager,
      `UPDATE claims SET queued_at = now(), version = version + 1, updated_at = now()
        WHERE id = $1 AND round = $2 AND status = $3 AND queued_at IS NULL RETURNING id`,
      [review.claim_id, review.round, review.stage],
    );
    return requeued.length > 0;
  }

  /**
   * Marks the review applied; undefined when it already was (a redelivered
   * job) or is gone. `also` (parameters from $2) runs in the same statement.
   */
  async takeReviewToApply(manager: EntityManager, reviewId: string, also: SqlFragment): Promise<ReviewRow | undefined> {
    const [review] = await returning<ReviewRow>(
      manager,
      `WITH also AS (${also.sql})
       UPDATE reviews SET applied_at = now() WHERE id = $1 AND applied_at IS NULL RETURNING *`,
      [reviewId, ...also.params],
    );
    return review;
  }

  async unappliedReview(manager: EntityManager, reviewId: string): Promise<ReviewRow | undefined> {
    const [review] = await manager.query<ReviewRow[]>(`SELECT * FROM reviews WHERE id = $1 AND applied_at IS NULL`, [reviewId]);
    return review;
  }

  /** Every grade of the claim's current round, oldest first. */
  async roundGrades(manager: EntityManager, claim: WorkflowClaim): Promise<ReviewRow[]> {
    return await manager.query<ReviewRow[]>(`SELECT * FROM reviews WHERE claim_id = $1 AND round = $2 ORDER BY created_at, id`, [
      claim.id,
      claim.round,
    ]);
  }

  /** The names (e-mail addresses) of the people among `ids`, for histories that show who did what. */
  async peopleNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM users WHERE id = ANY ($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  /** The round each of the claim's source corrections was made in, by correction id (blind grading in its history). */
  async correctionRounds(manager: EntityManager, claimId: string): Promise<Map<string, number>> {
    const rows = await manager.query<Array<{ id: string; round: number }>>(`SELECT id, round FROM source_corrections WHERE claim_id = $1`, [claimId]);
    return new Map(rows.map((r) => [r.id, r.round]));
  }

  /** Whether the person graded the claim in `fromRound` or later (null: in any round). */
  async gradedSince(manager: EntityManager, claimId: string, reviewerId: string, fromRound: number | null): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM reviews WHERE claim_id = $1 AND reviewer_id = $2 AND ($3::int IS NULL OR round >= $3) LIMIT 1`, [
      claimId,
      reviewerId,
      fromRound,
    ]);
    return rows.length > 0;
  }

  /**
   * Why `userId` may not decide the `claim` at an editors' stage by grading
   * it or by dismissing it instead: for an escalation, they graded in the
   * round it is about (with four-eyes and an escalation from approval, in any
   * round); at approval, with four-eyes, they graded it in any round (else
   * in this round). One rule for every way of deciding, so dismissing is no
   * way around it. Undefined when they may, and at the other stages.
   */
  async ownDecisionRefusal(
    manager: EntityManager,
    claim: Pick<WorkflowClaim, 'id' | 'round' | 'status' | 'escalatedFrom'>,
    userId: string,
    fourEyes: boolean,
  ): Promise<string | undefined> {
    if (claim.status !== 'escalated' && claim.status !== 'approval') return undefined;
    const lookback = graderLookback(claim.status, fourEyes, claim.escalatedFrom);
    if (!(await this.gradedSince(manager, claim.id, userId, lookback === null ? null : claim.round - lookback))) return undefined;
    if (claim.status === 'approval') {
      return lookback === null
        ? 'you graded this claim (four-eyes): another editor decides its approval'
        : 'you graded this approval round; another editor decides it';
    }
    return lookback === null
      ? 'you graded this claim (four-eyes): another editor resolves its approval'
      : 'you graded in the round this escalation is about; another editor resolves it';
  }

  async latestOwnReview(manager: EntityManager, claimId: string, stage: string, reviewerId: string): Promise<ReviewRow | undefined> {
    const [row] = await manager.query<ReviewRow[]>(
      `SELECT * FROM reviews WHERE claim_id = $1 AND stage = $2 AND reviewer_id = $3 ORDER BY round DESC LIMIT 1`,
      [claimId, stage, reviewerId],
    );
    return row;
  }

  async recordConsensus(manager: EntityManager, claim: WorkflowClaim, stage: GradedStage, agreed: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO consensus_outcomes (claim_id, round, stage, agreed) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [claim.id, claim.round, stage, agreed],
    );
  }
}
