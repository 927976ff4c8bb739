import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, type JobOutcome } from '../queue/index.js';
import { ClaimContextService } from './claim-context.service.js';
import { ClaimTransitions, queuedFacts } from './claim-transitions.service.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { isReviewStage } from './workflow.js';

/**
 * Readies a claim for its stage (earlier verdicts on the same text, the cited
 * outlets' track records) and puts it in the stage's inbox. Keyed by the
 * claim's round: preparing a round the claim has left does nothing.
 */
@Injectable()
export class PreparationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claims: ClaimWorkflowRepository,
    private readonly outbox: OutboxService,
    private readonly transitions: ClaimTransitions,
    private readonly context: ClaimContextService,
  ) {}

  async prepare(claimId: string, round: number): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await this.outbox.complete(manager, JobName.PrepareClaim, { claimId, round });
      const claim = await this.claims.lock(manager, claimId);
      if (!claim || claim.round !== round || claim.queuedAt !== null || !isReviewStage(claim.status)) return 'skipped';
      const context = await this.context.gather(manager, claimId);
      await this.claims.queuePrepared(manager, claim, context);
      await this.transitions.record(manager, claimId, 'claim.queued', SYSTEM_ACTOR, null, {
        after: queuedFacts(claim.status, round, context),
      });
      return 'done';
    });
  }

  /**
   * The preparation was given up (it kept crashing or stalling its worker):
   * the claim goes into its inbox without context rather than never reaching
   * a reviewer.
   */
  async giveUp(claimId: string, round: number, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.claims.queueUnprepared(manager, claimId, round, reason))) return;
      await this.transitions.record(manager, claimId, 'claim.queued', SYSTEM_ACTOR, null, { after: { round, contextUnavailable: reason } });
    });
  }
}
