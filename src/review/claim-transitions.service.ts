import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ArticleCompletionRepository } from '../articles/article-completion.repository.js';
import { AuditService, type Actor, type AuditEntry } from '../audit/audit.service.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import type { AnyDomainEvent } from '../events/domain-events.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, type JobPayloads } from '../queue/index.js';
import type { ClaimContext } from './claim-context.service.js';
import { ClaimWorkflowRepository, type WorkflowClaim } from './claim-workflow.repository.js';
import {
  END_STATUSES,
  edgeFor,
  isReviewStage,
  type AttributionVerdict,
  type ClaimStatus,
  type Edge,
  type GradedStage,
  type LifecycleEvent,
  type Rating,
  type ReviewStage,
} from './workflow.js';

export type { WorkflowClaim } from './claim-workflow.repository.js';

/** Work to enqueue once the transaction that recorded it in the outbox has committed. */
export type PendingJob = { name: typeof JobName.PrepareClaim; payload: JobPayloads[typeof JobName.PrepareClaim] };

export interface Move {
  to: ClaimStatus;
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
  /** A withdrawal: the article revision that no longer has the claim. */
  withdrawnInRevision?: number;
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

/** A move the lifecycle table (workflow.ts) does not have. */
export class IllegalMoveError extends ConflictException {
  constructor(claim: WorkflowClaim, event: LifecycleEvent, to: ClaimStatus) {
    const at = claim.status === 'escalated' && claim.escalatedFrom ? `escalated (from ${claim.escalatedFrom})` : claim.status;
    super(`claim ${claim.id} cannot ${event.replace('_', ' ')} from ${at} to ${to}`);
  }
}

/**
 * Moves claims along the lifecycle of workflow.ts. Every move is one
 * conditional UPDATE (WHERE version = the version read), its audit event,
 * its domain event, and the outbox row for the next machine step, all in the
 * caller's transaction.
 */
@Injectable()
export class ClaimTransitions {
  constructor(
    private readonly claims: ClaimWorkflowRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
    private readonly articles: ArticleCompletionRepository,
  ) {}

  lock(manager: EntityManager, claimId: string): Promise<WorkflowClaim | undefined> {
    return this.claims.lock(manager, claimId);
  }

  read(manager: EntityManager, claimId: string): Promise<WorkflowClaim | undefined> {
    return this.claims.read(manager, claimId);
  }

  /**
   * Makes the lifecycle event `event` take the claim to `move.to`, if the
   * lifecycle has that edge: a new round (leases end; the inbox forgets the
   * claim until its prepare step has run). Returns the jobs to enqueue after commit.
   */
  async move(manager: EntityManager, claim: WorkflowClaim, event: LifecycleEvent, move: Move): Promise<PendingJob[]> {
    const edge = edgeFor(event, { status: claim.status, escalatedFrom: claim.escalatedFrom }, move.to);
    if (!edge) throw new IllegalMoveError(claim, event, move.to);
    const attributionVerdict = move.attributionVerdict === undefined ? claim.attributionVerdict : move.attributionVerdict;
    const rating = move.rating === undefined ? claim.rating : move.rating;
    const prepared = isReviewStage(move.to) ? move.prepared : undefined;
    // Every move bumps the version with the round, so at the version read the round is the one read.
    const round = claim.round + 1;
    const audit = this.auditOfMove(claim, edge, move, { round, attributionVerdict, rating, prepared });
    const domainEvent = domainEventOf(edge, claim, move, { attributionVerdict, rating });
    // One statement: the move, its audit events and its domain event.
    const moved = await this.claims.enterRound(
      manager,
      claim,
      {
        to: move.to,
        escalatedFrom: move.escalatedFrom ?? null,
        attributionVerdict,
        rating,
        note: move.note ?? null,
        prepared: prepared ?? null,
        withdrawnInRevision: move.withdrawnInRevision ?? null,
      },
      [
        (from, firstParam) => this.audit.entriesFragment(audit, from, firstParam),
        (from, firstParam) => this.events.insertFragment(domainEvent.name, domainEvent.payload, from, firstParam),
      ],
    );
    if (moved === undefined) throw new StaleClaimError(claim.id);
    if (moved !== round) throw new Error(`claim ${claim.id} entered round ${moved}, not ${round}: its round moved without its version`);
    this.events.written(manager);

    if (prepared) return [];
    if (isReviewStage(move.to)) {
      const payload = { claimId: claim.id, round };
      await this.outbox.record(manager, JobName.PrepareClaim, payload);
      return [{ name: JobName.PrepareClaim, payload }];
    }
    await this.completeArticleIfDone(manager, claim.articleId);
    return [];
  }

  /** The move's audit events: the move itself, then the claim entering its new inbox when it is prepared already. */
  private auditOfMove(
    claim: WorkflowClaim,
    edge: Edge,
    move: Move,
    result: { round: number; attributionVerdict: AttributionVerdict | null; rating: Rating | null; prepared: ClaimContext | undefined },
  ): AuditEntry[] {
    const { round, attributionVerdict, rating, prepared } = result;
    const entry = { entityType: 'claim', entityId: claim.id, actor: move.actor, requestId: move.requestId ?? null };
    const moved: AuditEntry = {
      ...entry,
      action: edge.writes,
      before: { status: claim.status, round: claim.round, attributionVerdict: claim.attributionVerdict, rating: claim.rating },
      after: {
        status: move.to,
        round,
        attributionVerdict,
        rating,
        ...(move.escalatedFrom ? { escalatedFrom: move.escalatedFrom } : {}),
        ...(move.note ? { note: move.note } : {}),
        ...(move.withdrawnInRevision ? { withdrawnInRevision: move.withdrawnInRevision } : {}),
        ...(move.details ?? {}),
      },
    };
    if (!prepared) return [moved];
    return [moved, { ...entry, action: 'claim.queued', before: null, after: queuedFacts(move.to, round, prepared) }];
  }

  /** The article is `completed` once every claim is at an end state (see ArticleCompletionRepository). */
  completeArticleIfDone(manager: EntityManager, articleId: string): Promise<boolean> {
    return this.articles.completeIfDone(manager, articleId, END_STATUSES);
  }

  /** A claim of a completed article came back (an editor restored it): the article is open again. */
  reopenArticle(manager: EntityManager, articleId: string, actor: Actor, requestId?: string | null): Promise<void> {
    return this.articles.reopen(manager, articleId, actor, requestId);
  }

  /** An audit event of the claim (the history GET /v1/claims/:id/history shows). */
  async record(
    manager: EntityManager,
    claimId: string,
    action: string,
    actor: Actor,
    requestId: string | null | undefined,
    change: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
  ): Promise<void> {
    await this.audit.record(manager, { entityType: 'claim', entityId: claimId, action, actor, requestId, ...change });
  }

  /** After commit; a Redis outage leaves the outbox rows to the reconciler. */
  async dispatch(jobs: PendingJob[]): Promise<void> {
    for (const job of jobs) await this.outbox.dispatch(job.name, job.payload);
  }
}

/** The domain event a move along `edge` writes, with the facts its payload carries. */
function domainEventOf(
  edge: Edge,
  claim: WorkflowClaim,
  move: Move,
  result: { attributionVerdict: AttributionVerdict | null; rating: Rating | null },
): AnyDomainEvent {
  const ids = { claimId: claim.id, articleId: claim.articleId };
  const actorId = move.actor.id;
  const from = claim.status as ReviewStage;
  const to = move.to as ReviewStage;
  switch (edge.writes) {
    case 'claim.routed':
      return { name: edge.writes, payload: { ...ids, stage: to } };
    case 'claim.advanced':
      return { name: edge.writes, payload: { ...ids, from, stage: to, actorId } };
    case 'claim.escalated':
      return { name: edge.writes, payload: { ...ids, from: move.escalatedFrom!, stage: 'escalated' } };
    case 'claim.sent_back':
      return { name: edge.writes, payload: { ...ids, from, stage: to, actorId, note: move.note ?? null } };
    case 'claim.published':
      return { name: edge.writes, payload: { ...ids, actorId, ...result } };
    case 'claim.dismissed':
      return { name: edge.writes, payload: { ...ids, from: claim.status, actorId, reason: move.note ?? null } };
    case 'claim.restored':
      return { name: edge.writes, payload: { ...ids, stage: to, actorId: actorId! } };
    case 'claim.withdrawn':
      if (!move.withdrawnInRevision) throw new Error('a withdrawal names the revision that removed the claim');
      return { name: edge.writes, payload: { ...ids, from: claim.status, actorId, revision: move.withdrawnInRevision } };
    default:
      throw new Error(`the lifecycle edge to ${edge.to} writes ${edge.writes}, which is not a claim move`);
  }
}
