import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { ClaimTransitions, type WorkflowClaim, type PendingJob } from './claim-transitions.service.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { userActor, type Reviewer } from './inbox.service.js';
import { canStart } from './workflow.js';

/** Editors' overrides: dismiss a claim with a reason, bring a dismissed one back. */
@Injectable()
export class EditorialService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    private readonly claims: ClaimWorkflowRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dismiss(claimId: string, reason: string, editor: Reviewer): Promise<void> {
    await this.change(claimId, async (manager, claim) => {
      if (!canStart('dismiss', claim.status)) throw new ConflictException(`claim is already ${claim.status}`);
      // Dismissing an escalation or a claim at approval decides it as a grade would: the same editors may not.
      const refusal = await this.claims.ownDecisionRefusal(manager, claim, editor.userId, this.config.review.fourEyes);
      if (refusal) throw new ForbiddenException(refusal);
      return this.transitions.move(manager, claim, 'dismiss', {
        to: 'dismissed',
        actor: userActor(editor),
        requestId: editor.requestId,
        note: reason,
      });
    });
  }

  /** Back to the first stage it would have had, whatever its check-worthiness. */
  async restore(claimId: string, editor: Reviewer): Promise<void> {
    await this.change(claimId, async (manager, claim) => {
      if (!canStart('restore', claim.status)) throw new ConflictException(`claim is ${claim.status}, not dismissed`);
      const jobs = await this.transitions.move(manager, claim, 'restore', {
        to: claim.hasSource ? 'source_check' : 'verdict',
        actor: userActor(editor),
        requestId: editor.requestId,
        attributionVerdict: claim.hasSource ? claim.attributionVerdict : 'not_applicable',
      });
      // After the claim's row: every transaction locks claims before their article, so none deadlock.
      await this.transitions.reopenArticle(manager, claim.articleId, userActor(editor), editor.requestId);
      return jobs;
    });
  }

  private async change(
    claimId: string,
    work: (manager: Parameters<ClaimTransitions['move']>[0], claim: WorkflowClaim) => Promise<PendingJob[]>,
  ): Promise<void> {
    const jobs = await this.dataSource.transaction(async (manager) => {
      // Optimistic: read, then the move's UPDATE ... WHERE version = the version read.
      const claim = await this.transitions.read(manager, claimId);
      if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
      return work(manager, claim);
    });
    await this.transitions.dispatch(jobs);
  }
}
