import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../audit/audit.service.js';
import { returning } from '../database/sql.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/index.js';
import type { ClaimContext } from './claim-context.service.js';
import { isReviewStage, type AttributionVerdict, type ClaimStatus, type GradedStage, type Rating } from './workflow.js';

/** A claim row as the workflow reads it, locked (FOR UPDATE) by the caller. */
export interface ClaimRow {
  id: string;
  article_id: string;
  status: ClaimStatus;
  version: number;
  round: number;
  queued_at: Date | null;
  lease_holder: string | null;
  lease_live: boolean;
  escalated_from: GradedStage | null;
  attribution_verdict: AttributionVerdict | null;
  rating: Rating | null;
  has_source: boolean;
}

const CLAIM_COLUMNS = `c.id, c.article_id, c.status, c.version, c.round, c.queued_at, c.lease_holder,
  coalesce(c.lease_expires_at > now(), false) AS lease_live, c.escalated_from, c.attribution_verdict, c.rating,
  EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id) AS has_source`;

/** Work to enqueue once the transaction that recorded it in the outbox has committed. */
export type PendingJob = { name: typeof JobName.PrepareClaim; payload: JobPayloads[typeof JobName.PrepareClaim] };

export interface Move {
  to: ClaimStatus;
  action: string;
  actor: Actor;
  requestId?: string | null;
  escalatedFrom?: GradedStage | null;
  attributionVerdict?: AttributionVerdict | null;
  rating?: Rating | null;
  /** Shown to the next reviewer: a send-back note, a dismissal reason. */
  note?: string | null;
  /** Extra facts for the audit event (the grades behind an escalation, say). */
  details?: Record<string, unknown>;
  /**
   * The new stage's context, gathered by a caller that is already a machine
   * step (a worker applying a grade): the claim goes straight into the inbox.
   * Without it a prepare job is recorded (moves made over HTTP).
   */
  prepared?: ClaimContext;
}

/** What the audit trail keeps of a claim entering an inbox. */
export function queuedFacts(stage: string, round: number, context: ClaimContext): Record<string, unknown> {
  return { stage, round, earlierVerdicts: context.earlierVerdicts.length, outlets: context.outlets.map((o) => o.outletId) };
}

/** The claim changed between our read and our write: the caller answers 409. */
export class StaleClaimError extends ConflictException {
  constructor(claimId: string) {
    super(`claim ${claimId} was changed by someone else meanwhile; fetch it again`);
  }
}

/**
 * Moves claims between states. Every move is one conditional UPDATE (WHERE
 * version = the version read), its audit event, and the outbox row for the
 * next machine step, all in the caller's transaction.
 */
@Injectable()
export class ClaimTransitions {
  constructor(private readonly outbox: OutboxService) {}

  async lock(manager: EntityManager, claimId: string): Promise<ClaimRow | undefined> {
    const [row] = (await manager.query(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id = $1 FOR UPDATE OF c`, [claimId])) as ClaimRow[];
    return row;
  }

  async read(manager: EntityManager, claimId: string): Promise<ClaimRow | undefined> {
    const [row] = (await manager.query(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id = $1`, [claimId])) as ClaimRow[];
    return row;
  }

  /**
   * Enters a new state (a new round): leases end, the inbox forgets the claim
   * until its prepare step has run. Returns the jobs to enqueue after commit.
   */
  async move(manager: EntityManager, claim: ClaimRow, move: Move): Promise<PendingJob[]> {
    const attributionVerdict = move.attributionVerdict === undefined ? claim.attribution_verdict : move.attributionVerdict;
    const rating = move.rating === undefined ? claim.rating : move.rating;
    const prepared = isReviewStage(move.to) ? move.prepared : undefined;
    const [moved] = await returning<{ round: number }>(
      manager,
      `UPDATE claims
          SET status = $3, round = round + 1, version = version + 1,
              queued_at = CASE WHEN $8::jsonb IS NULL THEN NULL ELSE now() END, context = coalesce($8::jsonb, context),
              lease_holder = NULL, lease_expires_at = NULL, escalated_from = $4,
              attribution_verdict = $5, rating = $6, stage_note = $7, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING round`,
      [
        claim.id,
        claim.version,
        move.to,
        move.escalatedFrom ?? null,
        attributionVerdict,
        rating,
        move.note ?? null,
        prepared ? JSON.stringify(prepared) : null,
      ],
    );
    if (!moved) throw new StaleClaimError(claim.id);

    await this.event(manager, claim.id, move.action, move.actor, move.requestId, {
      before: { status: claim.status, round: claim.round, attributionVerdict: claim.attribution_verdict, rating: claim.rating },
      after: {
        status: move.to,
        round: moved.round,
        attributionVerdict,
        rating,
        ...(move.escalatedFrom ? { escalatedFrom: move.escalatedFrom } : {}),
        ...(move.note ? { note: move.note } : {}),
        ...(move.details ?? {}),
      },
    });

    if (prepared) {
      await this.event(manager, claim.id, 'claim.queued', move.actor, move.requestId, {
        after: queuedFacts(move.to, moved.round, prepared),
      });
      return [];
    }
    if (isReviewStage(move.to)) {
      const payload = { claimId: claim.id, round: moved.round };
      await this.outbox.record(manager, JobName.PrepareClaim, payload);
      return [{ name: JobName.PrepareClaim, payload }];
    }
    await this.completeArticleIfDone(manager, claim.article_id);
    return [];
  }

  /**
   * The article is `completed` once every claim is published or dismissed.
   * The article row is locked first, so two transactions finishing its last
   * two claims at once cannot both miss the other's work.
   */
  async completeArticleIfDone(manager: EntityManager, articleId: string): Promise<boolean> {
    await manager.query(`SELECT id FROM articles WHERE id = $1 FOR UPDATE`, [articleId]);
    const done = await manager.query(
      `WITH done AS (
         UPDATE articles SET status = 'completed', completed_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'analyzed' AND claim_count > 0
            AND NOT EXISTS (SELECT 1 FROM claims WHERE article_id = $1 AND status NOT IN ('published', 'dismissed'))
          RETURNING id
       )
       INSERT INTO audit_events (entity_type, entity_id, action, actor_type, before, after)
       SELECT 'article', id, 'article.completed', 'system', '{"status":"analyzed"}', '{"status":"completed"}' FROM done
       RETURNING entity_id`,
      [articleId],
    ) as unknown[];
    return done.length > 0;
  }

  /** A claim of a completed article came back (an editor restored it): the article is open again. */
  async reopenArticle(manager: EntityManager, articleId: string, actor: Actor, requestId?: string | null): Promise<void> {
    await manager.query(
      `WITH reopened AS (
         UPDATE articles SET status = 'analyzed', completed_at = NULL, updated_at = now()
          WHERE id = $1 AND status = 'completed' RETURNING id
       )
       INSERT INTO audit_events (entity_type, entity_id, action, actor_type, actor_id, before, after, request_id)
       SELECT 'article', id, 'article.reopened', $2, $3, '{"status":"completed"}', '{"status":"analyzed"}', $4 FROM reopened`,
      [articleId, actor.type, actor.id, requestId ?? null],
    );
  }

  async event(
    manager: EntityManager,
    claimId: string,
    action: string,
    actor: Actor,
    requestId: string | null | undefined,
    change: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (entity_type, entity_id, action, actor_type, actor_id, before, after, request_id)
       VALUES ('claim', $1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
      [
        claimId,
        action,
        actor.type,
        actor.id,
        change.before ? JSON.stringify(change.before) : null,
        change.after ? JSON.stringify(change.after) : null,
        requestId ?? null,
      ],
    );
  }

  /** After commit; a Redis outage leaves the outbox rows to the reconciler. */
  async dispatch(jobs: PendingJob[]): Promise<void> {
    for (const job of jobs) await this.outbox.dispatch(job.name, job.payload);
  }
}
