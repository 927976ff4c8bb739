import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service.js';
import { JOB_QUEUE, JobName, jobIdFor } from '../queue/index.js';
import { ClaimTransitions, type ClaimRow } from './claim-transitions.service.js';
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
 * read, in the statement that inserts the review, its audit event and the
 * apply job's outbox row: of concurrent submissions exactly one wins.
 */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    private readonly outbox: OutboxService,
  ) {}

  async submit(claimId: string, dto: SubmitReviewDto, reviewer: Reviewer): Promise<Submitted> {
    const claim = await this.transitions.read(this.dataSource.manager, claimId);
    if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
    if (stageNeedsEditor(dto.stage) && reviewer.role === 'reviewer') {
      throw new ForbiddenException(`the ${dto.stage} stage is for editors`);
    }
    const grade = gradeFrom(dto);
    this.validate(claim, dto, grade);

    const holds = claim.lease_holder === reviewer.userId && claim.lease_live && claim.status === dto.stage;
    if (holds) {
      const review = await this.record(claim, dto, grade, reviewer);
      if (review) {
        await this.outbox.dispatch(JobName.ApplyReview, { reviewId: review.id });
        return { review, replayed: false };
      }
    }
    // No lease, or we lost the race: if this very grade is already on record
    // (a retried request), answer with it; otherwise the caller is too late.
    const earlier = await this.latestOwnReview(claimId, dto.stage, reviewer.userId);
    if (earlier && sameGrade(gradeOf(earlier), grade)) return { review: earlier, replayed: true };
    if (claim.status !== dto.stage) throw new ConflictException(`claim is at stage ${claim.status}, not ${dto.stage}`);
    throw new ConflictException('you do not hold the lease on this claim (it expired, someone else graded it, or it changed)');
  }

  private validate(claim: ClaimRow, dto: SubmitReviewDto, grade: Grade): void {
    // An escalation is resolved by the rules of the stage whose reviewers disagreed.
    const rules: GradedStage | null = dto.stage === 'escalated' ? (claim.status === 'escalated' ? claim.escalated_from : null) : dto.stage;
    if (!rules) throw new ConflictException(`claim is at stage ${claim.status}, not escalated`);
    const problem = gradeProblem(rules, grade);
    if (problem) throw new BadRequestException(problem);
  }

  /**
   * One statement, hence one atomic transaction and one round trip: the
   * conditional UPDATE that ends the lease (only for the version read, while
   * the lease is live), the review, its audit event and the apply job's
   * outbox row. When the UPDATE matches nothing, nothing is written.
   */
  private async record(claim: ClaimRow, dto: SubmitReviewDto, grade: Grade, reviewer: Reviewer): Promise<ReviewRow | undefined> {
    const [review] = (await this.dataSource.query(
      `WITH taken AS (
         UPDATE claims SET lease_holder = NULL, lease_expires_at = NULL, queued_at = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = $3 AND lease_holder = $4 AND lease_expires_at > now()
          RETURNING id, round
       ), review AS (
         INSERT INTO reviews (claim_id, stage, round, reviewer_id, attribution_verdict, rating, decision, return_to, evidence, note)
         SELECT id, $3, round, $4, $5, $6, $7, $8, $9::jsonb, $10 FROM taken
         RETURNING *
       ), event AS (
         INSERT INTO audit_events (entity_type, entity_id, action, actor_type, actor_id, before, after, request_id)
         SELECT 'claim', claim_id, 'review.submitted', 'user', $4,
                jsonb_build_object('stage', stage, 'round', round, 'leaseHolder', reviewer_id),
                jsonb_build_object('reviewId', id, 'stage', stage, 'round', round, 'attributionVerdict', attribution_verdict,
                                   'rating', rating, 'decision', decision, 'returnTo', return_to, 'evidence', evidence, 'note', note),
                $11
           FROM review
       ), work AS (
         INSERT INTO outbox (queue, job_name, job_id, payload)
         SELECT $12, $13, $14 || id, jsonb_build_object('reviewId', id) FROM review
       )
       SELECT * FROM review`,
      [
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
        JOB_QUEUE[JobName.ApplyReview],
        JobName.ApplyReview,
        APPLY_JOB_ID_PREFIX,
      ],
    )) as ReviewRow[];
    return review;
  }

  private async latestOwnReview(claimId: string, stage: string, reviewerId: string): Promise<ReviewRow | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT * FROM reviews WHERE claim_id = $1 AND stage = $2 AND reviewer_id = $3 ORDER BY round DESC LIMIT 1`,
      [claimId, stage, reviewerId],
    )) as ReviewRow[];
    return row;
  }
}

// The statement above builds apply jobs' ids in SQL; it must match jobIdFor.
const APPLY_JOB_ID_PREFIX = jobIdFor(JobName.ApplyReview, { reviewId: '' });

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
