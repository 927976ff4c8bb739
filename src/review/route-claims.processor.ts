import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { returning } from '../database/sql.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { counted } from './job-metrics.js';
import { JobName, WorkerHost, type JobHandler, type JobPayloads } from '../queue/index.js';
import { ClaimContextService } from './claim-context.service.js';
import { ClaimTransitions } from './claim-transitions.service.js';
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
 * (attribution verdict `not_applicable`), otherwise to `source_check`, and
 * prepares them for it in the same transaction. Only claims still `queued`
 * move, so running it twice changes nothing.
 */
@Injectable()
export class RouteClaimsProcessor implements JobHandler<typeof JobName.RouteClaims>, OnModuleInit {
  readonly jobName = JobName.RouteClaims;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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

  async handle(job: RouteJob): Promise<{ routed: number }> {
    return counted(this.metrics, () => this.run(job), (r) => (r.routed > 0 ? 'done' : 'skipped'));
  }

  private async run(job: RouteJob): Promise<{ routed: number }> {
    const { articleId } = job.data;
    return this.dataSource.transaction(async (manager) => {
      await this.outbox.complete(manager, JobName.RouteClaims, { articleId });
      const claims = (await manager.query(
        `SELECT c.id, c.version, c.checkworthiness,
                EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id) AS has_source
           FROM claims c WHERE c.article_id = $1 AND c.status = 'queued'
          ORDER BY c.ordinal FOR UPDATE OF c`,
        [articleId],
      )) as QueuedClaim[];
      if (claims.length === 0) return { routed: 0 };
      const dismissed = await this.route(manager, claims);
      if (dismissed > 0) await this.transitions.completeArticleIfDone(manager, articleId);
      return { routed: claims.length };
    });
  }

  /**
   * One statement for all the article's claims: each moves to its first
   * stage and, being prepared here in bulk (no job per claim), straight into
   * that stage's inbox; with the audit events. Returns how many were dismissed.
   */
  private async route(manager: EntityManager, claims: QueuedClaim[]): Promise<number> {
    const threshold = this.config.review.dismissBelow;
    const statuses = claims.map((c) => initialStatus(c.checkworthiness, c.has_source, threshold));
    const contexts = await this.context.gatherMany(
      manager,
      claims.filter((_, i) => statuses[i] !== 'dismissed').map((c) => c.id),
    );
    const moved = await returning<{ id: string }>(
      manager,
      `WITH moved AS (
         UPDATE claims c
            SET status = t.status, round = c.round + 1, version = c.version + 1,
                queued_at = CASE WHEN t.status = 'dismissed' THEN NULL ELSE now() END, context = t.context,
                attribution_verdict = CASE WHEN t.status = 'verdict' THEN 'not_applicable' END,
                stage_note = CASE WHEN t.status = 'dismissed'
                                  THEN 'check-worthiness ' || c.checkworthiness || ' is below ' || $5::text END,
                updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::text[], $4::jsonb[]) AS t(id, version, status, context)
          WHERE c.id = t.id AND c.version = t.version
          RETURNING c.id, c.status, c.round, c.attribution_verdict, c.context
       ), events AS (
         -- One insert, ordered, so "routed" precedes "queued" in the claim's history.
         INSERT INTO audit_events (entity_type, entity_id, action, actor_type, before, after)
         SELECT 'claim', m.id, e.action, 'system', e.before, e.after
           FROM moved m
           CROSS JOIN LATERAL (VALUES
             (1, CASE WHEN m.status = 'dismissed' THEN 'claim.dismissed' ELSE 'claim.routed' END,
              '{"status":"queued"}'::jsonb,
              jsonb_build_object('status', m.status, 'round', m.round, 'attributionVerdict', m.attribution_verdict)),
             (2, 'claim.queued', NULL::jsonb,
              jsonb_build_object('stage', m.status, 'round', m.round,
                                 'earlierVerdicts', jsonb_array_length(m.context->'earlierVerdicts'),
                                 'outlets', (SELECT coalesce(jsonb_agg(o->'outletId'), '[]') FROM jsonb_array_elements(m.context->'outlets') o)))
           ) AS e(step, action, before, after)
          WHERE e.step = 1 OR m.status <> 'dismissed'
          ORDER BY m.id, e.step
       )
       SELECT id FROM moved`,
      [
        claims.map((c) => c.id),
        claims.map((c) => c.version),
        statuses,
        claims.map((c) => (contexts.has(c.id) ? JSON.stringify(contexts.get(c.id)) : null)),
        String(threshold),
      ],
    );
    // The rows were locked FOR UPDATE above: a mismatch would be a bug, not a race.
    if (moved.length !== claims.length) throw new Error(`routed ${moved.length} of ${claims.length} claims`);
    return statuses.filter((s) => s === 'dismissed').length;
  }

  /** The reconciler gave up on routing: the article's history says so; its claims stay `queued`. */
  async abandon({ articleId }: JobPayloads[typeof JobName.RouteClaims], reason: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_events (entity_type, entity_id, action, actor_type, after)
       SELECT 'article', id, 'article.routing_failed', 'system', jsonb_build_object('reason', $2::text) FROM articles WHERE id = $1`,
      [articleId, reason],
    );
  }
}
