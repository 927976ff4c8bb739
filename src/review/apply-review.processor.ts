import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { returning } from '../database/sql.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { counted } from './job-metrics.js';
import { JobName, WorkerHost, jobIdFor, type JobHandler, type JobPayloads } from '../queue/index.js';
import { ClaimTransitions, type ClaimRow, type Move, type PendingJob } from './claim-transitions.service.js';
import { ReviewRow, gradeOf } from './review-row.js';
import { agree, isReviewStage, nextStatus, type GradedStage } from './workflow.js';
import { ClaimContextService } from './claim-context.service.js';

type ApplyJob = Job<JobPayloads[typeof JobName.ApplyReview], unknown, typeof JobName.ApplyReview>;

/**
 * Applies a submitted grade: waits for more grades when the stage needs
 * several, escalates on disagreement, otherwise moves the claim on (and
 * completes the article when it was the last open claim). The review row's
 * applied_at makes a redelivered job a no-op.
 */
@Injectable()
export class ApplyReviewProcessor implements JobHandler<typeof JobName.ApplyReview>, OnModuleInit {
  readonly jobName = JobName.ApplyReview;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkerHost,
    private readonly metrics: MetricsService,
    private readonly transitions: ClaimTransitions,
    private readonly context: ClaimContextService,
  ) {}

  onModuleInit(): void {
    this.workers.register(this);
  }

  async handle(job: ApplyJob): Promise<{ outcome: string }> {
    return counted(this.metrics, () => this.run(job), (r) => (r.outcome === 'skipped' ? 'skipped' : 'done'));
  }

  private async run(job: ApplyJob): Promise<{ outcome: string }> {
    const { reviewId } = job.data;
    let outcome = 'skipped';
    const jobs = await this.dataSource.transaction(async (manager) => {
      // Clears the outbox row and claims the review in one round trip. Nothing
      // back: applied already (a redelivery), or deleted with its claim.
      const [review] = await returning<ReviewRow>(
        manager,
        `WITH work_done AS (DELETE FROM outbox WHERE job_id = $2)
         UPDATE reviews SET applied_at = now() WHERE id = $1 AND applied_at IS NULL RETURNING *`,
        [reviewId, jobIdFor(JobName.ApplyReview, job.data)],
      );
      if (!review) return [];
      // The claim's row lock serialises this with every other change to the claim.
      const claim = await this.transitions.lock(manager, review.claim_id);
      if (!claim) return [];
      // An editor dismissed the claim after the grade: the grade stays on record, the move is moot.
      if (claim.round !== review.round || claim.status !== review.stage) return [];
      const result = await this.apply(manager, claim, review);
      outcome = result.outcome;
      return result.jobs;
    });
    await this.transitions.dispatch(jobs);
    return { outcome };
  }

  private async apply(manager: EntityManager, claim: ClaimRow, review: ReviewRow): Promise<{ outcome: string; jobs: PendingJob[] }> {
    const escalation = review.stage === 'escalated';
    const stage: GradedStage = escalation ? claim.escalated_from! : (review.stage as GradedStage);
    const required = escalation ? 1 : this.config.review.reviewsRequired[stage];
    const grades =
      required === 1
        ? [review]
        : ((await manager.query(`SELECT * FROM reviews WHERE claim_id = $1 AND round = $2 ORDER BY created_at, id`, [
            claim.id,
            claim.round,
          ])) as ReviewRow[]);

    if (grades.length < required) {
      // Back into the same inbox for another, independent reviewer.
      const requeued = await returning(
        manager,
        `UPDATE claims SET queued_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
        [claim.id, claim.version],
      );
      if (requeued.length !== 1) throw new Error(`claim ${claim.id} changed under its row lock`);
      await this.transitions.event(manager, claim.id, 'claim.awaiting_review', SYSTEM_ACTOR, null, {
        after: { stage: claim.status, round: claim.round, reviews: grades.length, required },
      });
      return { outcome: 'awaiting-review', jobs: [] };
    }

    const agreed = agree(stage, grades.map(gradeOf));
    if (required > 1) {
      await manager.query(
        `INSERT INTO consensus_outcomes (claim_id, round, stage, agreed) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [claim.id, claim.round, stage, agreed],
      );
    }
    const summary = grades.map((g) => ({ reviewId: g.id, reviewerId: g.reviewer_id, ...gradeOf(g) }));
    // This job is already a machine step: it prepares the next stage itself
    // instead of queueing a prepare job (one job per grade, not two).
    const move: Move = agreed
      ? this.moveFor(stage, review, summary)
      : { to: 'escalated', action: 'claim.escalated', actor: SYSTEM_ACTOR, escalatedFrom: stage, details: { grades: summary } };
    if (isReviewStage(move.to)) move.prepared = await this.context.gather(manager, claim.id);
    const jobs = await this.transitions.move(manager, claim, move);
    return { outcome: agreed ? 'advanced' : 'escalated', jobs };
  }

  private moveFor(stage: GradedStage, review: ReviewRow, grades: unknown[]): Move {
    const grade = gradeOf(review);
    const to = nextStatus(stage, grade);
    const base = { to, actor: SYSTEM_ACTOR, details: { stage, grades } };
    switch (stage) {
      case 'source_check':
        return { ...base, action: 'claim.advanced', attributionVerdict: grade.attributionVerdict };
      case 'verdict':
        return { ...base, action: 'claim.advanced', rating: grade.rating };
      case 'approval':
        return grade.decision === 'approve'
          ? { ...base, action: 'claim.published' }
          : { ...base, action: 'claim.sent_back', note: grade.note };
    }
  }

  /**
   * The reconciler gave up on applying this grade (it kept crashing or
   * stalling its worker). The grade stays on record, marked in the claim's
   * history, and the claim goes back into its inbox so another reviewer's
   * grade can move it on: a claim is never left out of every inbox.
   */
  async abandon({ reviewId }: JobPayloads[typeof JobName.ApplyReview], reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [review] = (await manager.query(`SELECT * FROM reviews WHERE id = $1 AND applied_at IS NULL`, [reviewId])) as ReviewRow[];
      if (!review) return;
      const requeued = await returning(
        manager,
        `UPDATE claims SET queued_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND round = $2 AND status = $3 AND queued_at IS NULL RETURNING id`,
        [review.claim_id, review.round, review.stage],
      );
      await this.transitions.event(manager, review.claim_id, 'review.not_applied', SYSTEM_ACTOR, null, {
        after: { reviewId, reason, backInInbox: requeued.length > 0 },
      });
    });
  }
}
