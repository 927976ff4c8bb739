import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { returning } from '../database/sql.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { counted } from './job-metrics.js';
import { JobName, WorkerHost, type JobHandler, type JobPayloads } from '../queue/index.js';
import { ClaimContextService } from './claim-context.service.js';
import { ClaimTransitions, queuedFacts } from './claim-transitions.service.js';
import { isReviewStage } from './workflow.js';

type PrepareJob = Job<JobPayloads[typeof JobName.PrepareClaim], unknown, typeof JobName.PrepareClaim>;

/**
 * Readies a claim for its stage (earlier verdicts on the same text, the cited
 * outlets' track records) and puts it in the stage's inbox. Keyed by the
 * claim's round: a job for a round the claim has left does nothing.
 */
@Injectable()
export class PrepareClaimProcessor implements JobHandler<typeof JobName.PrepareClaim>, OnModuleInit {
  readonly jobName = JobName.PrepareClaim;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkerHost,
    private readonly metrics: MetricsService,
    private readonly outbox: OutboxService,
    private readonly transitions: ClaimTransitions,
    private readonly context: ClaimContextService,
  ) {}

  onModuleInit(): void {
    this.workers.register(this);
  }

  async handle(job: PrepareJob): Promise<{ queued: boolean }> {
    return counted(this.metrics, () => this.run(job), (r) => (r.queued ? 'done' : 'skipped'));
  }

  private async run(job: PrepareJob): Promise<{ queued: boolean }> {
    const { claimId, round } = job.data;
    return this.dataSource.transaction(async (manager) => {
      await this.outbox.complete(manager, JobName.PrepareClaim, job.data);
      const claim = await this.transitions.lock(manager, claimId);
      if (!claim || claim.round !== round || claim.queued_at !== null || !isReviewStage(claim.status)) {
        return { queued: false };
      }
      const context = await this.context.gather(manager, claimId);
      const updated = await returning(
        manager,
        `UPDATE claims SET context = $3::jsonb, queued_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [claimId, claim.version, JSON.stringify(context)],
      );
      if (updated.length !== 1) throw new Error(`claim ${claimId} changed under its row lock`);
      await this.transitions.event(manager, claimId, 'claim.queued', SYSTEM_ACTOR, null, {
        after: queuedFacts(claim.status, round, context),
      });
      return { queued: true };
    });
  }

  /**
   * The reconciler gave up on this preparation (it kept crashing or stalling
   * its worker): the claim goes into its inbox without context rather than
   * never reaching a reviewer.
   */
  async abandon({ claimId, round }: JobPayloads[typeof JobName.PrepareClaim], reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const queued = await returning(
        manager,
        `UPDATE claims SET queued_at = now(), context = jsonb_build_object('unavailable', $3::text),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND round = $2 AND queued_at IS NULL
            AND status IN ('source_check', 'verdict', 'approval', 'escalated')
          RETURNING id`,
        [claimId, round, reason],
      );
      if (queued.length === 0) return;
      await this.transitions.event(manager, claimId, 'claim.queued', SYSTEM_ACTOR, null, { after: { round, contextUnavailable: reason } });
    });
  }
}
