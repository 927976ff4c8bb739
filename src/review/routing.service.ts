import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { returning } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent, type AnyDomainEvent } from '../events/domain-events.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, type JobOutcome } from '../queue/index.js';
import { ClaimContextService } from './claim-context.service.js';
import { ClaimTransitions } from './claim-transitions.service.js';
import { edgeFor, initialStatus, statusesFrom, type ClaimStatus, type ReviewStage } from './workflow.js';

interface QueuedClaim {
  id: string;
  version: number;
  checkworthiness: number;
  has_source: boolean;
}

/** A claim an analysis has just inserted `queued`, as routing needs it. */
export interface StoredClaim {
  id: string;
  checkworthiness: number;
  hasSource: boolean;
}

/**
 * Sends an article's new claims to their first stage (the lifecycle's
 * `route`): below the check-worthiness threshold to `dismissed`, without a
 * source to `verdict` (attribution verdict `not_applicable`), otherwise to
 * `source_check`, and prepares them for it in the same transaction. Only
 * claims still `queued` move, so routing twice changes nothing.
 */
@Injectable()
export class RoutingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
    private readonly transitions: ClaimTransitions,
    private readonly context: ClaimContextService,
  ) {}

  /**
   * Routes the claims an analysis has just stored, in the analysis'
   * transaction: no job, no second transaction, and no moment when a stored
   * claim waits for routing.
   */
  async routeStored(manager: EntityManager, articleId: string, stored: StoredClaim[]): Promise<{ dismissed: number }> {
    if (stored.length === 0) return { dismissed: 0 };
    // Inserted by this transaction a moment ago: no one else can see them yet, so no read or lock first.
    const claims = stored.map((c): QueuedClaim => ({ id: c.id, version: 0, checkworthiness: c.checkworthiness, has_source: c.hasSource }));
    // The caller completes the article if nothing is left to review: it checks once for its withdrawals too.
    return { dismissed: await this.route(manager, articleId, claims, (ids) => this.context.gatherMany(manager, ids)) };
  }

  /** The route job: claims left `queued` (stored before routing moved into the analysis, or seeded). */
  async routeArticle(articleId: string): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await this.outbox.complete(manager, JobName.RouteClaims, { articleId });
      const routed = await this.routeQueued(manager, articleId, (ids) => this.context.gatherMany(manager, ids));
      return routed ? 'done' : 'skipped';
    });
  }

  /**
   * The reconciler gave up on routing (it kept crashing or stalling its
   * worker): the article's history says so, and its claims still take their
   * first stage, into the inbox without context (as a given-up preparation
   * does) rather than staying `queued` where no reviewer would see them.
   */
  async giveUp(articleId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `${this.audit.selectFragment('articles WHERE id = $1', {
          entityType: `'article'`,
          entityId: 'id',
          action: `'article.routing_failed'`,
          actorType: `'system'`,
          after: `jsonb_build_object('reason', $2::text)`,
        })}`,
        [articleId, reason],
      );
      await this.routeQueued(manager, articleId, async (ids) => new Map(ids.map((id) => [id, { unavailable: reason }])));
    });
  }

  /** Routes the article's claims still `queued`, with the contexts `contextsFor` gives; false if none were. */
  private async routeQueued(
    manager: EntityManager,
    articleId: string,
    contextsFor: (claimIds: string[]) => Promise<Map<string, unknown>>,
  ): Promise<boolean> {
    const claims = await manager.query<QueuedClaim[]>(
      `SELECT c.id, c.version, c.checkworthiness,
              EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id) AS has_source
         FROM claims c WHERE c.article_id = $1 AND c.status = ANY ($2::text[])
        ORDER BY c.ordinal FOR UPDATE OF c`,
      [articleId, statusesFrom('route')],
    );
    if (claims.length === 0) return false;
    const dismissed = await this.route(manager, articleId, claims, contextsFor);
    if (dismissed > 0) await this.transitions.completeArticleIfDone(manager, articleId);
    return true;
  }

  /**
   * One statement for all the article's claims: each moves to its first
   * stage and, being prepared here in bulk (no job per claim), straight into
   * that stage's inbox; with the audit events; then their domain events.
   * Returns how many were dismissed.
   */
  private async route(
    manager: EntityManager,
    articleId: string,
    claims: QueuedClaim[],
    contextsFor: (claimIds: string[]) => Promise<Map<string, unknown>>,
  ): Promise<number> {
    const threshold = this.config.review.dismissBelow;
    const statuses = claims.map((c) => initialStatus(c.checkworthiness, c.has_source, threshold));
    const edges = statuses.map((to) => {
      const edge = edgeFor('route', { status: 'queued' }, to);
      if (!edge) throw new Error(`the lifecycle has no route from queued to ${to}`);
      return edge;
    });
    const contexts = await contextsFor(claims.filter((_, i) => statuses[i] !== 'dismissed').map((c) => c.id));
    const moved = await returning<{ id: string; stage_note: string | null }>(
      manager,
      `WITH moved AS (
         UPDATE claims c
            SET status = t.status, round = c.round + 1, version = c.version + 1,
                queued_at = CASE WHEN t.status = 'dismissed' THEN NULL ELSE now() END, context = t.context,
                attribution_verdict = CASE WHEN t.status = 'verdict' THEN 'not_applicable' END,
                stage_note = CASE WHEN t.status = 'dismissed'
                                  THEN 'check-worthiness ' || c.checkworthiness || ' is below ' || $5::text END,
                updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::text[], $4::jsonb[], $6::text[]) AS t(id, version, status, context, action)
          WHERE c.id = t.id AND c.version = t.version
          RETURNING c.id, c.status, c.round, c.attribution_verdict, c.context, c.stage_note, t.action
       ), events AS (
         -- One insert, ordered, so "routed" precedes "queued" in the claim's history.
         ${this.audit.selectFragment(
           `moved m
           CROSS JOIN LATERAL (VALUES
             (1, m.action, '{"status":"queued"}'::jsonb,
              jsonb_build_object('status', m.status, 'round', m.round, 'attributionVerdict', m.attribution_verdict)),
             (2, 'claim.queued', NULL::jsonb,
              jsonb_build_object('stage', m.status, 'round', m.round,
                                 'earlierVerdicts', jsonb_array_length(m.context->'earlierVerdicts'),
                                 'outlets', (SELECT coalesce(jsonb_agg(o->'outletId'), '[]') FROM jsonb_array_elements(m.context->'outlets') o)))
           ) AS e(step, action, before, after)
          WHERE e.step = 1 OR m.status <> 'dismissed'
          ORDER BY m.id, e.step`,
           { entityType: `'claim'`, entityId: 'm.id', action: 'e.action', actorType: `'system'`, before: 'e.before', after: 'e.after' },
         )}
       )
       SELECT id, stage_note FROM moved`,
      [
        claims.map((c) => c.id),
        claims.map((c) => c.version),
        statuses,
        claims.map((c) => (contexts.has(c.id) ? JSON.stringify(contexts.get(c.id)) : null)),
        String(threshold),
        edges.map((e) => e.writes),
      ],
    );
    // The rows were locked FOR UPDATE above: a mismatch would be a bug, not a race.
    if (moved.length !== claims.length) throw new Error(`routed ${moved.length} of ${claims.length} claims`);
    await this.recordEvents(manager, articleId, claims, statuses, new Map(moved.map((m) => [m.id, m.stage_note])));
    return statuses.filter((s) => s === 'dismissed').length;
  }

  /** One domain event per claim, in article order: claim.routed, or claim.dismissed below the threshold. */
  private async recordEvents(
    manager: EntityManager,
    articleId: string,
    claims: QueuedClaim[],
    statuses: ClaimStatus[],
    notes: Map<string, string | null>,
  ): Promise<void> {
    await this.events.appendAll(
      manager,
      claims.map((c, i): AnyDomainEvent => {
        const claimId = c.id;
        return statuses[i] === 'dismissed'
          ? { name: DomainEvent.ClaimDismissed, payload: { claimId, articleId, from: 'queued', actorId: null, reason: notes.get(claimId) ?? null } }
          : { name: DomainEvent.ClaimRouted, payload: { claimId, articleId, stage: statuses[i] as ReviewStage } };
      }),
    );
  }
}
