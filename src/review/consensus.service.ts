import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, type JobOutcome } from '../queue/index.js';
import { ClaimContextService } from './claim-context.service.js';
import { ClaimTransitions, type Move, type PendingJob } from './claim-transitions.service.js';
import { ClaimWorkflowRepository, type WorkflowClaim } from './claim-workflow.repository.js';
import { gradeOf, type ReviewRow } from './review-row.js';
import { agree, gradeEvent, isReviewStage, nextStatus, type GradedStage, type LifecycleEvent } from './workflow.js';

/** What applying a grade did. */
export type Applied = 'skipped' | 'awaiting-review' | 'advanced' | 'escalated';

/**
 * Applies a submitted grade: waits for more grades when the stage needs
 * several, escalates on disagreement, otherwise moves the claim on (and
 * completes the article when it was the last open claim). The review row's
 * applied_at makes a repeated application a no-op.
 */
@Injectable()
export class ConsensusService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claims: ClaimWorkflowRepository,
    private readonly transitions: ClaimTransitions,
    private readonly context: ClaimContextService,
    private readonly outbox: OutboxService,
  ) {}

  async applyReview(reviewId: string): Promise<Applied> {
    let applied: Applied = 'skipped';
    const jobs = await this.dataSource.transaction(async (manager) => {
      // Clears the outbox row and claims the review in one round trip. Nothing
      // back: applied already (a redelivery), or deleted with its claim.
      const workDone = this.outbox.completeFragment(JobName.ApplyReview, { reviewId }, 2);
      const review = await this.claims.takeReviewToApply(manager, reviewId, workDone);
      if (!review) return [];
      // The claim's row lock serialises this with every other change to the claim.
      const claim = await this.claims.lock(manager, review.claim_id);
      if (!claim) return [];
      // An editor dismissed the claim after the grade: the grade stays on record, the move is moot.
      if (claim.round !== review.round || claim.status !== review.stage) return [];
      const result = await this.apply(manager, claim, review);
      applied = result.applied;
      return result.jobs;
    });
    await this.transitions.dispatch(jobs);
    return applied;
  }

  /**
   * The grade could not be applied (the work kept crashing or stalling its
   * worker). It stays on record, marked in the claim's history, and the claim
   * goes back into its inbox so another reviewer's grade can move it on: a
   * claim is never left out of every inbox.
   */
  async giveUp(reviewId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.claims.unappliedReview(manager, reviewId);
      if (!review) return;
      const backInInbox = await this.claims.requeueAfterUnappliedReview(manager, review);
      await this.transitions.record(manager, review.claim_id, 'review.not_applied', SYSTEM_ACTOR, null, {
        after: { reviewId, reason, backInInbox },
      });
    });
  }

  private async apply(manager: EntityManager, claim: WorkflowClaim, review: ReviewRow): Promise<{ applied: Applied; jobs: PendingJob[] }> {
    const escalation = review.stage === 'escalated';
    const stage: GradedStage = escalation ? claim.escalatedFrom! : (review.stage as GradedStage);
    const required = escalation ? 1 : this.config.review.reviewsRequired[stage];
    const grades = required === 1 ? [review] : await this.claims.roundGrades(manager, claim);

    if (grades.length < required) {
      // Back into the same inbox for another, independent reviewer.
      await this.claims.requeue(manager, claim);
      await this.transitions.record(manager, claim.id, 'claim.awaiting_review', SYSTEM_ACTOR, null, {
        after: { stage: claim.status, round: claim.round, reviews: grades.length, required },
      });
      return { applied: 'awaiting-review', jobs: [] };
    }

    const agreed = agree(stage, grades.map(gradeOf));
    if (required > 1) await this.claims.recordConsensus(manager, claim, stage, agreed);
    const summary = grades.map((g) => ({ reviewId: g.id, reviewerId: g.reviewer_id, ...gradeOf(g) }));
    const [event, move]: [LifecycleEvent, Move] = agreed
      ? [gradeEvent(review.stage, gradeOf(review)), this.moveFor(stage, review, summary)]
      : ['escalate', { to: 'escalated', actor: SYSTEM_ACTOR, escalatedFrom: stage, details: { grades: summary } }];
    // This is already a machine step: it prepares the next stage itself
    // instead of queueing a prepare job (one job per grade, not two).
    if (isReviewStage(move.to)) move.prepared = await this.context.gather(manager, claim.id);
    const jobs = await this.transitions.move(manager, claim, event, move);
    return { applied: agreed ? 'advanced' : 'escalated', jobs };
  }

  /** Where the agreed grade takes the claim, and what it carries along. */
  private moveFor(stage: GradedStage, review: ReviewRow, grades: unknown[]): Move {
    const grade = gradeOf(review);
    const base: Move = { to: nextStatus(stage, grade), actor: SYSTEM_ACTOR, details: { stage, grades } };
    switch (stage) {
      case 'source_check':
        return { ...base, attributionVerdict: grade.attributionVerdict };
      case 'verdict':
        return { ...base, rating: grade.rating };
      case 'approval':
        return grade.decision === 'approve' ? base : { ...base, note: grade.note };
    }
  }
}

/** The outcome WorkerHost counts for an application. */
export function outcomeOf(applied: Applied): JobOutcome {
  return applied === 'skipped' ? 'skipped' : 'done';
}
