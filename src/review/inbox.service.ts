import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import type { Role } from '../auth/index.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { Claim } from '../claims/claim.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { returning } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import { ClaimTransitions } from './claim-transitions.service.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { ReviewRow } from './review-row.js';
import { REVIEW_STAGES, isReviewStage, stageNeedsEditor, type ReviewStage } from './workflow.js';

export interface Reviewer {
  userId: string;
  role: Role;
  requestId?: string | null;
}

export interface LeasedClaim {
  claim: Claim;
  stage: ReviewStage;
  round: number;
  version: number;
  context: unknown;
  note: string | null;
  /** For an escalation: the grades that disagreed. */
  disagreement: ReviewRow[];
  article: { id: string; title: string | null; url: string | null; text: string | null };
  lease: { expiresAt: Date };
}

interface LeaseRow {
  id: string;
  round: number;
  version: number;
  lease_expires_at: Date;
  context: unknown;
  stage_note: string | null;
}

/**
 * The reviewers' inbox of each stage, in PostgreSQL: `next` hands out the
 * best claim under an exclusive lease that lapses on its own (an expired
 * lease simply makes the claim eligible again; no timer, no job).
 */
@Injectable()
export class InboxService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claims: ClaimsService,
    private readonly transitions: ClaimTransitions,
    private readonly workflow: ClaimWorkflowRepository,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
  ) {}

  /** The stage's highest-priority claim, leased to the caller; undefined when there is none. */
  async next(stageParam: string, reviewer: Reviewer): Promise<LeasedClaim | undefined> {
    const stage = this.stageOf(stageParam);
    if (stageNeedsEditor(stage) && reviewer.role === 'reviewer') {
      throw new ForbiddenException(`the ${stage} stage is for editors`);
    }
    // Four-eyes: at approval, anyone who graded the claim at any stage is left out;
    // at every stage, a reviewer who already graded this round is (independent grades).
    const fourEyes = stage === 'approval' && this.config.review.fourEyes;
    const [leased] = await returning<LeaseRow>(
      this.dataSource.manager,
      `WITH picked AS (
         SELECT c.id, c.lease_holder AS previous_holder
           FROM claims c
          WHERE c.status = $1 AND c.queued_at IS NOT NULL
            AND (c.lease_expires_at IS NULL OR c.lease_expires_at <= now())
            AND NOT EXISTS (SELECT 1 FROM reviews r
                             WHERE r.claim_id = c.id AND r.reviewer_id = $2 AND (r.round = c.round OR $3))
          ORDER BY c.unsourced DESC, c.checkworthiness DESC, c.queued_at, c.id
          LIMIT 1
          FOR UPDATE OF c SKIP LOCKED
       ), leased AS (
         UPDATE claims c
            SET lease_holder = $2, lease_expires_at = now() + make_interval(secs => $4::double precision / 1000),
                version = c.version + 1, updated_at = now()
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
       )
       SELECT id, round, version, lease_expires_at, context, stage_note FROM leased`,
      [stage, reviewer.userId, fourEyes, this.config.review.leaseMs, reviewer.requestId ?? null],
    );
    if (!leased) return undefined;

    const claim = await this.claims.findById(leased.id);
    const [article] = await this.dataSource.query<LeasedClaim['article'][]>(
      `SELECT id, title, url, coalesce(analyzed_text, CASE WHEN input_format = 'text' THEN input END) AS text
         FROM articles WHERE id = $1`,
      [claim.articleId],
    );
    const disagreement =
      stage === 'escalated'
        ? await this.workflow.previousRoundGrades(this.dataSource.manager, leased.id, leased.round)
        : [];
    return {
      claim,
      stage,
      round: leased.round,
      version: leased.version,
      context: leased.context,
      note: leased.stage_note,
      disagreement,
      article: article,
      lease: { expiresAt: leased.lease_expires_at },
    };
  }

  /** The holder keeps working: the lease runs for another full period from now. */
  async extend(claimId: string, reviewer: Reviewer): Promise<{ expiresAt: Date }> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.transitions.read(manager, claimId);
      if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
      this.assertHolder(claim.leaseHolder, claim.leaseLive, reviewer);
      const [extended] = await returning<{ lease_expires_at: Date }>(
        manager,
        `UPDATE claims SET lease_expires_at = now() + make_interval(secs => $4::double precision / 1000),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND lease_holder = $3 AND lease_expires_at > now()
          RETURNING lease_expires_at`,
        [claimId, claim.version, reviewer.userId, this.config.review.leaseMs],
      );
      if (!extended) throw new ConflictException('the lease changed meanwhile; take the claim again');
      await this.transitions.record(manager, claimId, 'claim.lease_extended', userActor(reviewer), reviewer.requestId, {
        after: { leaseHolder: reviewer.userId, expiresAt: extended.lease_expires_at },
      });
      return { expiresAt: extended.lease_expires_at };
    });
  }

  /** The holder hands the claim back to its inbox, where it keeps its place. */
  async release(claimId: string, reviewer: Reviewer): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const claim = await this.transitions.read(manager, claimId);
      if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
      this.assertHolder(claim.leaseHolder, claim.leaseLive, reviewer);
      const released = await returning(
        manager,
        `UPDATE claims SET lease_holder = NULL, lease_expires_at = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND lease_holder = $3 RETURNING id`,
        [claimId, claim.version, reviewer.userId],
      );
      if (released.length === 0) throw new ConflictException('the lease changed meanwhile');
      await this.transitions.record(manager, claimId, 'claim.released', userActor(reviewer), reviewer.requestId, {
        before: { leaseHolder: reviewer.userId },
        after: { stage: claim.status, leaseHolder: null },
      });
      await this.events.append(manager, DomainEvent.ClaimReleased, {
        claimId,
        articleId: claim.articleId,
        stage: claim.status as ReviewStage,
        actorId: reviewer.userId,
      });
    });
  }

  private assertHolder(holder: string | null, live: boolean, reviewer: Reviewer): void {
    if (holder !== reviewer.userId || !live) {
      throw new ConflictException('you do not hold a lease on this claim (it expired, or someone else has it)');
    }
  }

  private stageOf(value: string): ReviewStage {
    if (!isReviewStage(value)) throw new BadRequestException(`stage must be one of: ${REVIEW_STAGES.join(', ')}`);
    return value;
  }
}

export function userActor(reviewer: Reviewer): Actor {
  return { type: 'user', id: reviewer.userId };
}
