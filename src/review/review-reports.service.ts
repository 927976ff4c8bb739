import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { unsourcedSql } from '../claims/visible-correction.sql.js';
import { claimFilterSql, type ClaimFilter } from './claim-filter.js';
import { INBOX_ORDER } from './inbox-order.sql.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { REVIEW_STAGES, gradeIsBlind, type ReviewStage } from './workflow.js';

export interface StageQueue {
  stage: ReviewStage;
  /** In the inbox, nobody holding it (an expired lease counts as waiting). */
  waiting: number;
  leased: number;
  /** Of the leased, those the viewer holds. */
  held: number;
  /** In the stage, its machine step (prepare, apply a grade) not done yet. */
  preparing: number;
  /** Age of the longest-waiting claim, in seconds; 0 when none waits. */
  oldestAgeSeconds: number;
  /** Rounds that needed several independent grades, and how many agreed. */
  agreement: { rounds: number; agreed: number };
}

export interface InboxFilter extends ClaimFilter {
  /** Only the viewer's live leases. */
  mine?: boolean;
  /** Claims to list. */
  limit: number;
}

export interface InboxClaim {
  id: string;
  text: string;
  stage: ReviewStage;
  articleId: string;
  articleTitle: string | null;
  unsourced: boolean;
  checkworthiness: number;
  leased: boolean;
  mine: boolean;
  leaseExpiresAt: Date | null;
  queuedAt: Date;
}

interface InboxClaimRow {
  id: string;
  text: string;
  status: ReviewStage;
  article_id: string;
  title: string | null;
  unsourced: boolean;
  checkworthiness: number;
  queued_at: Date;
  leased: boolean;
  mine: boolean;
  lease_expires_at: Date | null;
}

/** The filters as a WHERE clause over `claims c`; $1 is always the viewer. */
function inboxWhere(filter: InboxFilter, viewerId: string): { sql: string; params: unknown[] } {
  const own: unknown[] = [viewerId, REVIEW_STAGES];
  const filtered = claimFilterSql(filter, own.length, '$1');
  const conditions = ['c.status = ANY($2::text[])', ...filtered.conditions];
  if (filter.mine) conditions.push('c.lease_holder = $1 AND c.lease_expires_at > now()');
  return { sql: conditions.join(' AND '), params: [...own, ...filtered.params] };
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

  /** Per stage counts and the matching claims, narrowed by the inbox's filters. */
  async queues(filter: InboxFilter, viewerId: string): Promise<{ stages: StageQueue[]; claims: InboxClaim[] }> {
    const where = inboxWhere(filter, viewerId);
    const rows = await this.dataSource.query<Array<{ status: ReviewStage; waiting: number; leased: number; held: number; preparing: number; oldest: number }>>(
      `SELECT c.status,
              count(*) FILTER (WHERE c.queued_at IS NOT NULL AND coalesce(c.lease_expires_at <= now(), true))::int AS waiting,
              count(*) FILTER (WHERE c.queued_at IS NOT NULL AND c.lease_expires_at > now())::int AS leased,
              count(*) FILTER (WHERE c.queued_at IS NOT NULL AND c.lease_expires_at > now() AND c.lease_holder = $1)::int AS held,
              count(*) FILTER (WHERE c.queued_at IS NULL)::int AS preparing,
              coalesce(extract(epoch FROM now() - min(c.queued_at)
                FILTER (WHERE c.queued_at IS NOT NULL AND coalesce(c.lease_expires_at <= now(), true))), 0)::float AS oldest
         FROM claims c WHERE ${where.sql} GROUP BY c.status`,
      where.params,
    );
    const agreement = await this.dataSource.query<Array<{ stage: string; rounds: number; agreed: number }>>(
      `SELECT stage, count(*)::int AS rounds, count(*) FILTER (WHERE agreed)::int AS agreed FROM consensus_outcomes GROUP BY stage`,
    );
    const stages = REVIEW_STAGES.map((stage) => {
      const row = rows.find((r) => r.status === stage);
      const agreed = agreement.find((a) => a.stage === stage);
      return {
        stage,
        waiting: row?.waiting ?? 0,
        leased: row?.leased ?? 0,
        held: row?.held ?? 0,
        preparing: row?.preparing ?? 0,
        oldestAgeSeconds: Math.round(row?.oldest ?? 0),
        agreement: { rounds: agreed?.rounds ?? 0, agreed: agreed?.agreed ?? 0 },
      };
    });
    return { stages, claims: filter.limit > 0 ? await this.inboxClaims(filter, where) : [] };
  }

  private async inboxClaims(filter: InboxFilter, where: { sql: string; params: unknown[] }): Promise<InboxClaim[]> {
    const rows = await this.dataSource.query<InboxClaimRow[]>(
      `SELECT c.id, c.text, c.status, c.article_id, a.title, ${unsourcedSql('c', { viewer: '$1::uuid' })} AS unsourced, c.checkworthiness, c.queued_at,
              coalesce(c.lease_expires_at > now(), false) AS leased,
              coalesce(c.lease_expires_at > now() AND c.lease_holder = $1, false) AS mine,
              CASE WHEN c.lease_expires_at > now() AND c.lease_holder = $1 THEN c.lease_expires_at END AS lease_expires_at
         FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE ${where.sql} AND c.queued_at IS NOT NULL
        ORDER BY mine DESC, array_position($2::text[], c.status),
                 ${INBOX_ORDER}
        LIMIT $${where.params.length + 1}`,
      [...where.params, filter.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      stage: r.status,
      articleId: r.article_id,
      articleTitle: r.title,
      unsourced: r.unsourced,
      checkworthiness: r.checkworthiness,
      leased: r.leased,
      mine: r.mine,
      leaseExpiresAt: r.lease_expires_at,
      queuedAt: r.queued_at,
    }));
  }

  /**
   * Every audit event of the claim, oldest first, with who made each by
   * name. Blind grading: a grade of the current round by someone else than
   * `viewerId` shows only its stage and round until the round closes, and a
   * source correction of that round (part of its author's grade) only its round.
   */
  async history(claimId: string, viewerId: string): Promise<HistoryEntry[]> {
    const manager = this.dataSource.manager;
    const claim = await this.workflow.read(manager, claimId);
    if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
    const [events, correctionRounds] = await Promise.all([this.audit.history(manager, 'claim', claimId), this.workflow.correctionRounds(manager, claimId)]);
    const people = events.filter((e) => e.actorType === 'user' && e.actorId).map((e) => e.actorId!);
    const names = await this.workflow.peopleNames(manager, [...new Set(people)]);
    return events.map((e) => {
      const blinded =
        e.action === 'review.submitted'
          ? { before: e.before, after: blindGrade(e.after, e.actorId, claim.round, viewerId) }
          : e.action === 'claim.sources_corrected'
            ? blindCorrection(e, correctionRounds, claim.round, viewerId)
            : { before: e.before, after: e.after };
      return {
        id: String(e.id),
        action: e.action,
        actor: { type: e.actorType, id: e.actorId, name: (e.actorId && names.get(e.actorId)) ?? null },
        ...blinded,
        requestId: e.requestId,
        at: e.createdAt,
      };
    });
  }
}

/** A submitted grade as the viewer may see it: whole, or only its stage and round while its round is open. */
function blindGrade(after: unknown, authorId: string | null, claimRound: number, viewerId: string): unknown {
  const grade = after as { stage?: string; round?: number } | null;
  if (!grade || typeof grade.round !== 'number') return after;
  if (!gradeIsBlind({ round: grade.round, reviewerId: authorId ?? '' }, claimRound, viewerId)) return after;
  return { stage: grade.stage, round: grade.round, blind: true };
}

/**
 * A source correction as the viewer may see it: whole, or, while its round is
 * open and it is someone else's, only its round (the chain it replaced may be
 * the author's own earlier correction of the round, so it goes too).
 */
function blindCorrection(
  event: { before: unknown; after: unknown; actorId: string | null },
  rounds: Map<string, number>,
  claimRound: number,
  viewerId: string,
): { before: unknown; after: unknown } {
  const round = rounds.get((event.after as { correctionId?: string } | null)?.correctionId ?? '');
  if (round === undefined || !gradeIsBlind({ round, reviewerId: event.actorId ?? '' }, claimRound, viewerId)) {
    return { before: event.before, after: event.after };
  }
  return { before: null, after: { round, blind: true } };
}
