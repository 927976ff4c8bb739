import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { preparedQuery } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName } from '../queue/index.js';
import { ClaimTransitions, type WorkflowClaim } from './claim-transitions.service.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import type { SubmitReviewDto } from './dto/submit-review.dto.js';
import type { Reviewer } from './inbox.service.js';
import { ReviewRow, gradeOf } from './review-row.js';
import { gradeProblem, sameGrade, stageNeedsEditor, type GradedStage, type Grade } from './workflow.js';

export interface Submitted {
  review: ReviewRow;
  /** true when this exact grade had already been recorded: nothing was applied again. */
  replayed: boolean;
}

/**
 * Records a grade from the lease holder. The claim is taken out of the inbox
 * (lease ended, queued_at cleared) by a conditional UPDATE on the version
 * read, in the statement that inserts the review, its audit and domain
 * events and the apply job's outbox row: of concurrent submissions exactly one wins.
 */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    private readonly outbox: OutboxService,
    private readonly claims: ClaimWorkflowRepository,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(claimId: string, dto: SubmitReviewDto, reviewer: Reviewer): Promise<Submitted> {
    const grade = gradeFrom(dto);
    const direct = await this.recordDirectly(claimId, dto, grade, reviewer);
    if (direct) return direct;
    const claim = await this.transitions.read(this.dataSource.manager, claimId);
    if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
    if (stageNeedsEditor(dto.stage) && reviewer.role === 'reviewer') {
      throw new ForbiddenException(`the ${dto.stage} stage is for editors`);
    }
    this.validate(claim, dto, grade);
    if (dto.stage === 'escalated') {
      const refusal = await this.claims.ownDecisionRefusal(this.dataSource.manager, claim, reviewer.userId, this.config.review.fourEyes);
      if (refusal) throw new ForbiddenException(refusal);
    }

    const holds = claim.leaseHolder === reviewer.userId && claim.leaseLive && claim.status === dto.stage;
    if (holds) {
      const review = await this.record(claim, dto, grade, reviewer);
      if (review) return this.recorded(review);
    }
    // No lease, or we lost the race: if this very grade is already on record
    // (a retried request), answer with it; otherwise the caller is too late.
    const earlier = await this.claims.latestOwnReview(this.dataSource.manager, claimId, dto.stage, reviewer.userId);
    // Back at this stage in a later round (sent back, restored): that grade was for a
    // closed round, and this round still needs one; answering with it would say it was recorded.
    const closed = earlier !== undefined && claim.status === dto.stage && earlier.round < claim.round;
    if (earlier && !closed && sameGrade(gradeOf(earlier), grade)) return { review: earlier, replayed: true };
    if (claim.status !== dto.stage) throw new ConflictException(`claim is at stage ${claim.status}, not ${dto.stage}`);
    throw new ConflictException('you do not hold the lease on this claim (it expired, someone else graded it, or it changed)');
  }

  /**
   * The common case in one round trip: a valid grade of a review stage from
   * a person who may grade it there is recorded on the strength of the
   * UPDATE's own conditions (the claim at that stage, leased to them, the
   * lease live), without reading the claim first. Undefined when it cannot be
   * or was not recorded: `submit` then reads the claim and answers as it
   * always did (404, 403, 400, 409, or a replayed grade), so nothing this
   * skips decides an outcome here. Escalations are left to that path: their
   * rules come from the claim (the stage that disagreed), and their graders
   * are checked against the disputed round.
   */
  private async recordDirectly(claimId: string, dto: SubmitReviewDto, grade: Grade, reviewer: Reviewer): Promise<Submitted | undefined> {
    if (dto.stage === 'escalated' || (stageNeedsEditor(dto.stage) && reviewer.role === 'reviewer')) return undefined;
    if (gradeProblem(dto.stage, grade)) return undefined;
    const review = await this.record({ id: claimId, version: null }, dto, grade, reviewer);
    return review && this.recorded(review);
  }

  /** After commit; a Redis outage leaves the outbox row to the reconciler. */
  private async recorded(review: ReviewRow): Promise<Submitted> {
    await this.outbox.dispatch(JobName.ApplyReview, { reviewId: review.id });
    return { review, replayed: false };
  }

  private validate(claim: WorkflowClaim, dto: SubmitReviewDto, grade: Grade): void {
    // An escalation is resolved by the rules of the stage whose reviewers disagreed.
    const rules: GradedStage | null = dto.stage === 'escalated' ? (claim.status === 'escalated' ? claim.escalatedFrom : null) : dto.stage;
    if (!rules) throw new ConflictException(`claim is at stage ${claim.status}, not escalated`);
    const problem = gradeProblem(rules, grade);
    if (problem) throw new BadRequestException(problem);
  }

  /**
   * One statement, hence one atomic transaction and one round trip: the
   * conditional UPDATE that ends the lease (the claim at the grade's stage,
   * leased to the grader, the lease live; and at the version read, when it
   * was read), the review, its audit event and the apply job's outbox row.
   * When the UPDATE matches nothing, nothing is written.
   */
  private async record(
    claim: { id: string; version: number | null },
    dto: SubmitReviewDto,
    grade: Grade,
    reviewer: Reviewer,
  ): Promise<ReviewRow | undefined> {
    const reviewId = randomUUID();
    const params: unknown[] = [
      claim.id,
      claim.version,
      dto.stage,
      reviewer.userId,
      grade.attributionVerdict ?? null,
      grade.rating ?? null,
      grade.decision ?? null,
      grade.decision === 'send_back' ? (grade.returnTo ?? 'verdict') : null,
      JSON.stringify(grade.evidence ?? []),
      grade.note ?? null,
      reviewer.requestId ?? null,
      reviewId,
    ];
    const work = this.outbox.insertFragment(JobName.ApplyReview, { reviewId }, 'review', params.length + 1);
    params.push(...work.params);
    // Prepared, like next's statement: the grade of every lease, planned once per connection.
    const [review] = await preparedQuery<ReviewRow>(
      this.dataSource,
      `WITH taken AS (
         UPDATE claims SET lease_holder = NULL, lease_expires_at = NULL, lease_started_at = NULL, queued_at = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND ($2::int IS NULL OR version = $2::int) AND status = $3 AND lease_holder = $4 AND lease_expires_at > now()
          RETURNING id, article_id, round
       ), review AS (
         INSERT INTO reviews (id, claim_id, stage, round, reviewer_id, attribution_verdict, rating, decision, return_to, evidence, note)
         SELECT $12, id, $3, round, $4, $5, $6, $7, $8, $9::jsonb, $10 FROM taken
         RETURNING *
       ), audit AS (
         ${this.audit.selectFragment('review', {
           entityType: `'claim'`,
           entityId: 'claim_id',
           action: `'review.submitted'`,
           actorType: `'user'`,
           actorId: '$4',
           before: `jsonb_build_object('stage', stage, 'round', round, 'leaseHolder', reviewer_id)`,
           after: `jsonb_build_object('reviewId', id, 'stage', stage, 'round', round, 'attributionVerdict', attribution_verdict,
                                      'rating', rating, 'decision', decision, 'returnTo', return_to, 'evidence', evidence, 'note', note)`,
           requestId: '$11',
         })}
       ), event AS (
         ${this.events.selectFragment(DomainEvent.ClaimGraded, 'review JOIN taken ON taken.id = review.claim_id', {
           claimId: 'review.claim_id',
           articleId: 'taken.article_id',
           stage: 'review.stage',
           reviewId: 'review.id',
           actorId: 'review.reviewer_id',
           attributionVerdict: 'review.attribution_verdict',
           rating: 'review.rating',
           decision: 'review.decision',
         })}
       ), work AS (${work.sql})
       SELECT * FROM review`,
      params,
    );
    // The statement was its own transaction: committed.
    if (review) this.events.written(this.dataSource.manager);
    return review;
  }

}

function gradeFrom(dto: SubmitReviewDto): Grade {
  return {
    attributionVerdict: dto.attributionVerdict ?? null,
    rating: dto.rating ?? null,
    decision: dto.decision ?? null,
    returnTo: dto.decision === 'send_back' ? (dto.returnTo ?? 'verdict') : (dto.returnTo ?? null),
    evidence: (dto.evidence ?? []).map((e) => ({
      url: e.url,
      ...(e.quote !== undefined ? { quote: e.quote } : {}),
      ...(e.archivedUrl !== undefined ? { archivedUrl: e.archivedUrl } : {}),
    })),
    note: dto.note ?? null,
  };
}
