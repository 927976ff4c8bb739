import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { REVIEW_STAGES, gradeIsBlind, type ReviewStage } from './workflow.js';

export interface StageQueue {
  stage: ReviewStage;
  /** In the inbox, nobody holding it (an expired lease counts as waiting). */
  waiting: number;
  leased: number;
  /** In the stage, its machine step (prepare, apply a grade) not done yet. */
  preparing: number;
  /** Age of the longest-waiting claim, in seconds; 0 when none waits. */
  oldestAgeSeconds: number;
  /** Rounds that needed several independent grades, and how many agreed. */
  agreement: { rounds: number; agreed: number };
}

export interface HistoryEntry {
  id: string;
  action: string;
  actor: { type: string; id: string | null; name: string | null };
  before: unknown;
  after: unknown;
  requestId: string | null;
  at: Date;
}

@Injectable()
export class ReviewReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: ClaimWorkflowRepository,
    private readonly audit: AuditService,
  ) {}

  async queues(): Promise<StageQueue[]> {
    const rows = await this.dataSource.query<Array<{ status: ReviewStage; waiting: number; leased: number; preparing: number; oldest: number }>>(
      `SELECT status,
              count(*) FILTER (WHERE queued_at IS NOT NULL AND coalesce(lease_expires_at <= now(), true))::int AS waiting,
              count(*) FILTER (WHERE queued_at IS NOT NULL AND lease_expires_at > now())::int AS leased,
              count(*) FILTER (WHERE queued_at IS NULL)::int AS preparing,
              coalesce(extract(epoch FROM now() - min(queued_at)
                FILTER (WHERE queued_at IS NOT NULL AND coalesce(lease_expires_at <= now(), true))), 0)::float AS oldest
         FROM claims WHERE status = ANY($1) GROUP BY status`,
      [REVIEW_STAGES],
    );
    const agreement = await this.dataSource.query<Array<{ stage: string; rounds: number; agreed: number }>>(
      `SELECT stage, count(*)::int AS rounds, count(*) FILTER (WHERE agreed)::int AS agreed FROM consensus_outcomes GROUP BY stage`,
    );
    return REVIEW_STAGES.map((stage) => {
      const row = rows.find((r) => r.status === stage);
      const agreed = agreement.find((a) => a.stage === stage);
      return {
        stage,
        waiting: row?.waiting ?? 0,
        leased: row?.leased ?? 0,
        preparing: row?.preparing ?? 0,
        oldestAgeSeconds: Math.round(row?.oldest ?? 0),
        agreement: { rounds: agreed?.rounds ?? 0, agreed: agreed?.agreed ?? 0 },
      };
    });
  }

  /**
   * Every audit event of the claim, oldest first, with who made each by
   * name. Blind grading: a grade of the current round by someone else than
   * `viewerId` shows only its stage and round until the round closes.
   */
  async history(claimId: string, viewerId: string): Promise<HistoryEntry[]> {
    const claim = await this.workflow.read(this.dataSource.manager, claimId);
    if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
    const events = await this.audit.history(this.dataSource.manager, 'claim', claimId);
    const people = events.filter((e) => e.actorType === 'user' && e.actorId).map((e) => e.actorId!);
    const names = await this.workflow.peopleNames(this.dataSource.manager, [...new Set(people)]);
    return events.map((e) => ({
      id: String(e.id),
      action: e.action,
      actor: { type: e.actorType, id: e.actorId, name: (e.actorId && names.get(e.actorId)) ?? null },
      before: e.before,
      after: e.action === 'review.submitted' ? blindGrade(e.after, e.actorId, claim.round, viewerId) : e.after,
      requestId: e.requestId,
      at: e.createdAt,
    }));
  }
}

/** A submitted grade as the viewer may see it: whole, or only its stage and round while its round is open. */
function blindGrade(after: unknown, authorId: string | null, claimRound: number, viewerId: string): unknown {
  const grade = after as { stage?: string; round?: number } | null;
  if (!grade || typeof grade.round !== 'number') return after;
  if (!gradeIsBlind({ round: grade.round, reviewerId: authorId ?? '' }, claimRound, viewerId)) return after;
  return { stage: grade.stage, round: grade.round, blind: true };
}
