import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { returning } from '../database/sql.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JOB_QUEUE, JobName, WorkerHost, jobIdFor, type JobHandler, type JobPayloads } from '../queue/index.js';
import { ClaimTransitions, type PendingJob } from './claim-transitions.service.js';
import { initialStatus } from './workflow.js';

type RouteJob = Job<JobPayloads[typeof JobName.RouteClaims], unknown, typeof JobName.RouteClaims>;

interface QueuedClaim {
  id: string;
  version: number;
  checkworthiness: number;
  has_source: boolean;
}

/**
 * Sends an article's new claims to their first stage: below the
 * check-worthiness threshold to `dismissed`, without a source to `verdict`
 * (attribution verdict `not_applicable`), otherwise to `source_check`. Only
 * claims still `queued` move, so running it twice changes nothing.
 */
@Injectable()
export class RouteClaimsProcessor implements JobHandler<typeof JobName.RouteClaims>, OnModuleInit {
  readonly jobName = JobName.RouteClaims;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkerHost,
    private readonly outbox: OutboxService,
    private readonly transitions: ClaimTransitions,
  ) {}

  onModuleInit(): void {
    this.workers.register(this);
  }

  async handle(job: RouteJob): Promise<{ routed: number }> {
    const { articleId } = job.data;
    const jobs = await this.dataSource.transaction(async (manager) => {
      const claims = (await manager.query(
        `SELECT c.id, c.version, c.checkworthiness,
                EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id) AS has_source
           FROM claims c WHERE c.article_id = $1 AND c.status = 'queued'
          ORDER BY c.ordinal FOR UPDATE OF c`,
        [articleId],
      )) as QueuedClaim[];
      const pending = claims.length > 0 ? await this.route(manager, claims) : [];
      await this.outbox.complete(manager, JobName.RouteClaims, { articleId });
      if (pending.length < claims.length) await this.transitions.completeArticleIfDone(manager, articleId);
      return pending;
    });
    await this.transitions.dispatch(jobs);
    return { routed: jobs.length };
  }

  /** One statement for all the article's claims: the moves, their audit events, their prepare work. */
  private async route(manager: EntityManager, claims: QueuedClaim[]): Promise<PendingJob[]> {
    const threshold = this.config.review.dismissBelow;
    const statuses = claims.map((c) => initialStatus(c.checkworthiness, c.has_source, threshold));
    const moved = await returning<{ id: string; status: string; round: number }>(
      manager,
      `WITH moved AS (
         UPDATE claims c
            SET status = t.status, round = c.round + 1, version = c.version + 1, queued_at = NULL,
                attribution_verdict = CASE WHEN t.status = 'verdict' THEN 'not_applicable' END,
                stage_note = CASE WHEN t.status = 'dismissed'
                                  THEN 'check-worthiness ' || c.checkworthiness || ' is below ' || $4::text END,
                updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::text[]) AS t(id, version, status)
          WHERE c.id = t.id AND c.version = t.version
          RETURNING c.id, c.status, c.round, c.attribution_verdict
       ), events AS (
         INSERT INTO audit_events (entity_type, entity_id, action, actor_type, before, after)
         SELECT 'claim', id, CASE WHEN status = 'dismissed' THEN 'claim.dismissed' ELSE 'claim.routed' END, 'system',
                '{"status":"queued"}',
                jsonb_build_object('status', status, 'round', round, 'attributionVerdict', attribution_verdict)
           FROM moved
       ), work AS (
         INSERT INTO outbox (queue, job_name, job_id, payload)
         SELECT $5, $6, 'prepare-' || id || '-' || round, jsonb_build_object('claimId', id, 'round', round)
           FROM moved WHERE status <> 'dismissed'
         ON CONFLICT (job_id) DO NOTHING
       )
       SELECT id, status, round FROM moved`,
      [claims.map((c) => c.id), claims.map((c) => c.version), statuses, String(threshold), JOB_QUEUE[JobName.PrepareClaim], JobName.PrepareClaim],
    );
    return moved
      .filter((m) => m.status !== 'dismissed')
      .map((m) => {
        const payload = { claimId: m.id, round: m.round };
        // The SQL above builds the same id; keep them in step.
        if (jobIdFor(JobName.PrepareClaim, payload) !== `prepare-${m.id}-${m.round}`) throw new Error('prepare job id rule changed');
        return { name: JobName.PrepareClaim, payload };
      });
  }
}
