import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../audit/audit.service.js';
import type { Role } from '../auth/index.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { Claim } from '../claims/claim.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import type { ClaimFilter } from './claim-filter.js';
import { ClaimTransitions } from './claim-transitions.service.js';
import { LeaseRepository } from './lease.repository.js';
import type { NamedReviewRow } from './review-row.js';
import { REVIEW_STAGES, graderLookback, isReviewStage, stageNeedsEditor, type ReviewStage } from './workflow.js';

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
  disagreement: NamedReviewRow[];
  /** Every grade of the claim's closed rounds, oldest first, with who gave it. */
  earlierStages: NamedReviewRow[];
  article: { id: string; title: string | null; url: string | null; text: string | null };
  lease: { expiresAt: Date };
}

/** A claim whose lease a person holds, as far as handing it back is concerned. */
type HeldClaim = Pick<Claim, 'id' | 'articleId' | 'version' | 'status'>;

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
    private readonly leases: LeaseRepository,
    private readonly events: DomainEventsRepository,
  ) {}

  /**
   * The stage's highest-priority claim, leased to the caller; undefined when
   * there is none. One live lease per person and stage: a caller who already
   * holds one gets that claim back instead of another, unless they skip it
   * (`skip` = its id): then it goes back to its inbox and the caller gets the
   * best claim after it. With `filter`, only a claim the inbox's filters keep
   * (a lease already held is answered whatever it is).
   */
  async next(stageParam: string, reviewer: Reviewer, skip?: string, filter: ClaimFilter = {}): Promise<LeasedClaim | undefined> {
    const stage = this.stageOf(stageParam);
    if (stageNeedsEditor(stage) && reviewer.role === 'reviewer') {
      throw new ForbiddenException(`the ${stage} stage is for editors`);
    }
    const leased = await this.leases.take(this.dataSource, {
      stage,
      userId: reviewer.userId,
      // Independent grades, nobody settles their own dispute, four-eyes at approval.
      lookback: graderLookback(stage, this.config.review.fourEyes),
      approvalEscalationLookback: graderLookback(stage, this.config.review.fourEyes, 'approval'),
      leaseMs: this.config.review.leaseMs,
      requestId: reviewer.requestId ?? null,
      skip: skip ?? null,
      filter,
    });
    if (!leased) return undefined;

    const claim = await this.claims.findById(leased.id, reviewer.userId);
    const { earlierStages } = leased;
    const disagreement = stage === 'escalated' ? earlierStages.filter((g) => g.round === leased.round - 1) : [];
    return {
      claim,
      stage,
      round: leased.round,
      version: leased.version,
      context: leased.context,
      note: leased.stageNote,
      disagreement,
      earlierStages,
      article: leased.article,
      lease: { expiresAt: leased.leaseExpiresAt },
    };
  }

  /**
   * The holder keeps working: the lease runs for another full period from
   * now, up to REVIEW_LEASE_MAX_MS from when it was taken. At that age the
   * extension is refused and the lease ends: the claim goes back to its inbox.
   */
  async extend(claimId: string, reviewer: Reviewer): Promise<{ expiresAt: Date }> {
    const { leaseMs, leaseMaxMs } = this.config.review;
    const outcome = await this.dataSource.transaction(async (manager) => {
      const lease = await this.leases.state(manager, claimId, leaseMaxMs);
      if (!lease) throw new NotFoundException(`claim ${claimId} not found`);
      if (lease.leaseHolder === reviewer.userId && lease.pastMaxAge) {
        // The lease ends, committed even though the caller gets a 409.
        await this.handBack(manager, lease, reviewer, 'max_age');
        return 'past-max-age' as const;
      }
      this.assertHolder(lease.leaseHolder, lease.leaseLive, reviewer);
      const expiresAt = await this.leases.extend(manager, lease, reviewer.userId, leaseMs, leaseMaxMs);
      if (!expiresAt) throw new ConflictException('the lease changed meanwhile; take the claim again');
      await this.transitions.record(manager, claimId, 'claim.lease_extended', userActor(reviewer), reviewer.requestId, {
        after: { leaseHolder: reviewer.userId, expiresAt },
      });
      return { expiresAt };
    });
    if (outcome === 'past-max-age') {
      throw new ConflictException(
        `this lease was taken ${formatDuration(leaseMaxMs)} ago, the longest a lease may last (REVIEW_LEASE_MAX_MS); ` +
          'it has ended and the claim is back in its inbox',
      );
    }
    return outcome;
  }

  /** The holder hands the claim back to its inbox, where it keeps its place. */
  async release(claimId: string, reviewer: Reviewer): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const lease = await this.leases.state(manager, claimId, this.config.review.leaseMaxMs);
      if (!lease) throw new NotFoundException(`claim ${claimId} not found`);
      this.assertHolder(lease.leaseHolder, lease.leaseLive, reviewer);
      if (!(await this.handBack(manager, lease, reviewer))) throw new ConflictException('the lease changed meanwhile');
    });
  }

  /** The lease ends (released, or skipped) with its audit and domain events; false when it changed meanwhile. */
  private async handBack(manager: EntityManager, claim: HeldClaim, reviewer: Reviewer, reason?: 'max_age'): Promise<boolean> {
    if (!(await this.leases.end(manager, claim, reviewer.userId))) return false;
    const after = reason ? { reason, maxAgeMs: this.config.review.leaseMaxMs } : {};
    await this.transitions.record(manager, claim.id, reason ? 'claim.lease_ended' : 'claim.released', userActor(reviewer), reviewer.requestId, {
      before: { leaseHolder: reviewer.userId },
      after: { stage: claim.status, leaseHolder: null, ...after },
    });
    await this.events.append(manager, DomainEvent.ClaimReleased, {
      claimId: claim.id,
      articleId: claim.articleId,
      stage: claim.status as ReviewStage,
      actorId: reviewer.userId,
    });
    return true;
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

/** "2 h", "90 min", "45 s": how long REVIEW_LEASE_MAX_MS is, for the refusal's message. */
function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 1000)} s`;
}

export function userActor(reviewer: Reviewer): Actor {
  return { type: 'user', id: reviewer.userId };
}
