import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { preparedQuery, returning } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent, type AnyDomainEvent } from '../events/domain-events.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, type JobOutcome } from '../queue/index.js';
import type { InitialReviewState } from '../claims/claims.service.js';
import { ClaimContextService, type CitedOutlet, type ClaimContext } from './claim-context.service.js';
import { ClaimTransitions, type PendingJob } from './claim-transitions.service.js';
import { edgeFor, initialStatus, reviewStageFor, statusesFrom, type ClaimStatus, type ReviewStage } from './workflow.js';

interface QueuedClaim {
  id: string;
  version: number;
  /** As PostgreSQL prints it, for the dismissal note. */
  checkworthiness: string;
  has_source: boolean;
}

/** A claim an analysis is about to store, as routing needs it. */
export interface NewClaim {
  id: string;
  checkworthiness: number;
  hasSource: boolean;
  /** The registered outlets its sources name, each with its role. */
  cited: Array<{ outletId: string; role: string }>;
}

/** Where an analysis' new claims start, decided before they are stored (planNew). */
export interface NewClaimRoutes {
  ids: string[];
  statuses: ClaimStatus[];
  /** Why each dismissed claim was dismissed; null for the others. */
  notes: (string | null)[];
  /** The routed (not dismissed) claims' contexts. */
  contexts: Map<string, ClaimContext>;
}

/** Each new claim's first workflow columns, for ClaimsService.storeAnalysis to insert. */
export function initialReviewStates({ ids, statuses, notes, contexts }: NewClaimRoutes): Map<string, InitialReviewState> {
  return new Map(
    ids.map((id, i): [string, InitialReviewState] => [
      id,
      {
        status: statuses[i],
        round: 1,
        version: 1,
        inInbox: statuses[i] !== 'dismissed',
        context: contexts.get(id) ?? null,
        attributionVerdict: statuses[i] === 'verdict' ? 'not_applicable' : null,
        stageNote: notes[i],
      },
    ]),
  );
}

/** Why routing dismissed a claim, in its stage note and its claim.dismissed event. */
const dismissalNote = (checkworthiness: string, threshold: number) => `check-worthiness ${checkworthiness} is below ${threshold}`;

/**
 * Sends an article's new claims to their first stage (the lifecycle's
 * `route`): below the check-worthiness threshold to `dismissed`, without a
 * source to `verdict` (attribution verdict `not_applicable`), otherwise to
 * `source_check`, and prepares them for it in the same transaction. An
 * analysis' new claims are stored at their first stage (planNew, then
 * announceNew); claims left `queued` are moved, and only while still
 * `queued`, so routing twice changes nothing.
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
   * Carried-over claims nobody has graded take a new analysis' sources
   * (ClaimsService.storeAnalysis). One of them at verdict that now cites a
   * source, or at source_check that now cites none, and with no reviewer's
   * correction, goes where route would now send it (the lifecycle's
   * reroute): a source found by a re-analysis is checked like any other.
   * In the analysis' transaction, its claims locked already; returns the
   * prepare jobs to enqueue after commit.
   */
  async rerouteCarriedOver(manager: EntityManager, claimIds: string[]): Promise<PendingJob[]> {
    if (claimIds.length === 0) return [];
    const misrouted = await manager.query<{ id: string }[]>(
      `SELECT c.id FROM claims c
        WHERE c.id = ANY ($1::uuid[]) AND c.status = ANY ($2::text[])
          AND (c.status = $3) = EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = c.id)
        ORDER BY c.id`,
      [claimIds, statusesFrom('reroute'), reviewStageFor(false)],
    );
    const jobs: PendingJob[] = [];
    for (const { id } of misrouted) {
      const claim = await this.transitions.lock(manager, id);
      if (!claim) continue;
      const to = reviewStageFor(claim.hasSource);
      if (to === claim.status) continue;
      const moved = await this.transitions.move(manager, claim, 'reroute', {
        to,
        actor: SYSTEM_ACTOR,
        attributionVerdict: claim.hasSource ? null : 'not_applicable',
      });
      jobs.push(...moved);
    }
    return jobs;
  }

  /**
   * Where each claim an analysis is about to store starts, with the context
   * its stage shows (the outlets it cites; earlier verdicts need the stored
   * claims and come in announceNew). Stored there at once, a new claim is
   * written once, where inserting it `queued` and moving it would write it
   * twice and check its foreign key twice.
   */
  async planNew(manager: EntityManager, claims: NewClaim[]): Promise<NewClaimRoutes> {
    const threshold = this.config.review.dismissBelow;
    // Through the lifecycle's route: a status it has no route to throws here, before anything is stored.
    const statuses = claims.map((c) => routeFromQueued(initialStatus(c.checkworthiness, c.hasSource, threshold)).to);
    const routed = claims.filter((_, i) => statuses[i] !== 'dismissed');
    const contexts = await this.context.withOutlets(manager, routed.map((c) => c.id), routed.flatMap((c) => distinctCited(c)));
    const notes = claims.map((c, i) => (statuses[i] === 'dismissed' ? dismissalNote(String(c.checkworthiness), threshold) : null));
    return { ids: claims.map((c) => c.id), statuses, notes, contexts };
  }

  /**
   * After the claims planNew routed are stored, in the same transaction:
   * published verdicts on the same text join their context, then their
   * history and domain events are written as `route` writes them. Returns
   * how many were dismissed; the caller completes the article if nothing is
   * left to review (it checks once for its withdrawals too).
   */
  async announceNew(manager: EntityManager, articleId: string, routes: NewClaimRoutes): Promise<{ dismissed: number }> {
    if (routes.ids.length === 0) return { dismissed: 0 };
    const withEarlier = await this.context.addEarlierVerdicts(manager, routes.contexts);
    if (withEarlier.length > 0) {
      await manager.query(`UPDATE claims c SET context = t.context FROM unnest($1::uuid[], $2::jsonb[]) AS t(id, context) WHERE c.id = t.id`, [
        withEarlier,
        withEarlier.map((id) => JSON.stringify(routes.contexts.get(id))),
      ]);
    }
    await preparedQuery(
      manager,
      `WITH m AS (
         SELECT c.id, c.status, c.round, c.attribution_verdict, c.context, t.action
           FROM unnest($1::uuid[], $2::text[]) AS t(id, action) JOIN claims c ON c.id = t.id
       )
       ${this.routeHistory('m')}`,
      [routes.ids, routes.statuses.map((to) => routeFromQueued(to).writes)],
    );
    await this.recordEvents(manager, articleId, routes.ids, routes.statuses, routes.notes);
    return { dismissed: routes.statuses.filter((s) => s === 'dismissed').length };
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
      `SELECT c.id, c.version, c.checkworthiness::text AS checkworthiness,
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
    const statuses = claims.map((c) => initialStatus(Number(c.checkworthiness), c.has_source, threshold));
    const edges = statuses.map((to) => routeFromQueued(to));
    const notes = claims.map((c, i) => (statuses[i] === 'dismissed' ? dismissalNote(c.checkworthiness, threshold) : null));
    const contexts = await contextsFor(claims.filter((_, i) => statuses[i] !== 'dismissed').map((c) => c.id));
    const moved = await returning<{ id: string }>(
      manager,
      `WITH moved AS (
         UPDATE claims c
            SET status = t.status, round = c.round + 1, version = c.version + 1,
                queued_at = CASE WHEN t.status = 'dismissed' THEN NULL ELSE now() END, context = t.context,
                attribution_verdict = CASE WHEN t.status = 'verdict' THEN 'not_applicable' END,
                stage_note = t.note, updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::text[], $4::jsonb[], $5::text[], $6::text[]) AS t(id, version, status, context, note, action)
          WHERE c.id = t.id AND c.version = t.version
          RETURNING c.id, c.status, c.round, c.attribution_verdict, c.context, t.action
       ), history AS (${this.routeHistory('moved m')})
       SELECT id FROM moved`,
      [
        claims.map((c) => c.id),
        claims.map((c) => c.version),
        statuses,
        claims.map((c) => (contexts.has(c.id) ? JSON.stringify(contexts.get(c.id)) : null)),
        notes,
        edges.map((e) => e.writes),
      ],
    );
    // The rows were locked FOR UPDATE above: a mismatch would be a bug, not a race.
    if (moved.length !== claims.length) throw new Error(`routed ${moved.length} of ${claims.length} claims`);
    await this.recordEvents(manager, articleId, claims.map((c) => c.id), statuses, notes);
    return statuses.filter((s) => s === 'dismissed').length;
  }

  /**
   * A routed claim's history, one insert and ordered so that "routed" (or
   * "dismissed") precedes "queued": `from` names a relation `m` of the claims
   * as they now are, with the event each move writes as `action`.
   */
  private routeHistory(from: string): string {
    return this.audit.selectFragment(
      `${from}
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
    );
  }

  /** One domain event per claim, in article order: claim.routed, or claim.dismissed below the threshold. */
  private async recordEvents(
    manager: EntityManager,
    articleId: string,
    claimIds: string[],
    statuses: ClaimStatus[],
    notes: (string | null)[],
  ): Promise<void> {
    await this.events.appendAll(
      manager,
      claimIds.map((claimId, i): AnyDomainEvent =>
        statuses[i] === 'dismissed'
          ? { name: DomainEvent.ClaimDismissed, payload: { claimId, articleId, from: 'queued', actorId: null, reason: notes[i] } }
          : { name: DomainEvent.ClaimRouted, payload: { claimId, articleId, stage: statuses[i] as ReviewStage } },
      ),
    );
  }
}

/** The lifecycle's route from `queued` to `to`; a status it has no route to is a bug. */
function routeFromQueued(to: ClaimStatus) {
  const edge = edgeFor('route', { status: 'queued' }, to);
  if (!edge) throw new Error(`the lifecycle has no route from queued to ${to}`);
  return edge;
}

/** One row per outlet and role, as the context's SELECT DISTINCT gives a stored claim's. */
function distinctCited(claim: NewClaim): CitedOutlet[] {
  const seen = new Set<string>();
  return claim.cited.flatMap(({ outletId, role }) => {
    const key = `${outletId} ${role}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ claimId: claim.id, outletId, role }];
  });
}
