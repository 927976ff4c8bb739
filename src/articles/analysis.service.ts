import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnalysisResult } from '../analysis/index.js';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import type { IndexedText } from '../claims/claim-search.js';
import { ClaimsService, type CarryOverPlan } from '../claims/claims.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { OutletRegistryCache } from '../outlets/outlet-registry.cache.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { JobName, type JobOutcome, type JobPayloads } from '../queue/index.js';
import { ClaimTransitions } from '../review/claim-transitions.service.js';
import { initialReviewStates, RoutingService, type NewClaim } from '../review/routing.service.js';
import { preparedQuery, returning, type SqlFragment } from '../database/sql.js';
import { DomainEvent } from '../events/domain-events.js';
import { PENDING_ARTICLE_STATUSES as PENDING, type ArticleStatus } from './article.entity.js';
import { ArticleRevisionsRepository } from './article-revisions.repository.js';
import { EnginePool } from './engine/engine-pool.js';
import { failure, FailureCode, type Failure } from './failure.js';

interface PendingArticle {
  status: ArticleStatus;
  input_format: 'text' | 'html';
  input: string;
  revision: number;
}

interface Analysed {
  result: AnalysisResult;
  truncatedClaims: number;
  /** Each claim's fingerprint and search entry, computed in the engine thread. */
  indexed: IndexedText[];
}

/**
 * Runs the analysis engine on one revision of an article and stores its
 * claims. Safe to run any number of times: an analysed article is skipped,
 * a job for a revision that is no longer current does nothing, and claims
 * are carried over by text (ClaimsService.storeAnalysis), never appended twice.
 */
@Injectable()
export class AnalysisService {
  private readonly logger = new Logger(AnalysisService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OutletRegistryCache,
    private readonly claims: ClaimsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
    private readonly metrics: MetricsService,
    private readonly engine: EnginePool,
    private readonly transitions: ClaimTransitions,
    private readonly revisions: ArticleRevisionsRepository,
    private readonly routing: RoutingService,
  ) {}

  /** Analyses a pending article; 'skipped' when it no longer is (a duplicate job). Throws to have BullMQ retry. */
  async analyzeArticle(articleId: string, revision?: number): Promise<JobOutcome> {
    const job = { articleId, revision };
    const [article] = await preparedQuery<PendingArticle>(
      this.dataSource,
      `UPDATE articles SET status = 'analyzing', analysis_attempts = analysis_attempts + 1, updated_at = now()
        WHERE id = $1 AND status = ANY ($2::text[]) AND ($3::int IS NULL OR revision = $3)
        RETURNING status, input_format, input, revision`,
      [articleId, PENDING, revision ?? null],
    );
    if (!article) {
      // Already analysed or failed (a duplicate job), revised since, or deleted: nothing to do but clear the outbox.
      await this.outbox.complete(this.dataSource.manager, JobName.AnalyzeArticle, job);
      return 'skipped';
    }

    const result = await this.analyze(articleId, article);
    return this.store(articleId, article, result, job);
  }

  /**
   * In an engine thread, under a hard time limit. A timeout, a crashed
   * thread or an input the engine refuses fails the article at once: the
   * engine is deterministic, so another attempt would end the same way.
   */
  private async analyze(articleId: string, article: PendingArticle): Promise<Analysed> {
    const registry = await this.registry.snapshot();
    const stop = this.metrics.analysisDuration.startTimer();
    const outcome = await this.engine.analyze(article.input_format, article.input, registry).finally(stop);
    if (outcome.kind === 'analyzed') return outcome;
    const reason = outcome.kind === 'rejected' ? failure(outcome.code) : failure(FailureCode.EngineError);
    const detail = outcome.kind === 'rejected' ? outcome.detail : 'engine asked for a registry twice';
    await this.fail(articleId, reason, detail, article.revision);
    throw new UnrecoverableError(`${reason.code}: ${detail}`);
  }

  /**
   * One transaction: the article's standing claims are locked first (as every
   * transaction locks claims before their article); then one statement marks
   * the article analysed (only if still pending and at this revision: the row
   * lock also serialises two deliveries of the same job), clears the outbox
   * row, and records the audit event and the domain event; then the claims
   * are carried over (ClaimsService.storeAnalysis), the new ones stored at
   * the first stage the lifecycle's route gives them (RoutingService.planNew,
   * then announceNew), the ones gone withdrawn, and the revision's record
   * written.
   */
  private async store(articleId: string, article: PendingArticle, analysed: Analysed, job: JobPayloads[typeof JobName.AnalyzeArticle]): Promise<JobOutcome> {
    const { result, indexed } = analysed;
    const { revision } = article;
    const stored = await this.dataSource.transaction(async (manager) => {
      const standing = await this.claims.lockStanding(manager, articleId);
      // Planned before the statement: its event says what carried over.
      const plan = this.claims.planCarryOver(standing, indexed);
      const updated = await this.markAnalysed(manager, articleId, article, analysed, plan, job, standing.length > 0);
      if (!updated) return undefined; // already analysed or failed by another delivery, or revised since
      if (standing.length > 0) await this.revisions.snapshotSuperseded(manager, articleId, revision);
      const routes = await this.routing.planNew(manager, newClaims(plan, result));
      await this.claims.storeAnalysis(manager, articleId, revision, standing, { claims: result.claims, indexed }, plan, initialReviewStates(routes));
      const carriedOver = plan.continues.filter((id): id is string => id !== null);
      const jobs = await this.routing.rerouteCarriedOver(manager, carriedOver);
      for (const claimId of plan.removed) await this.withdraw(manager, claimId, revision);
      const { dismissed } = await this.routing.announceNew(manager, articleId, routes);
      await this.revisions.recordAnalysis(manager, articleId, revision, plan);
      // Everything left may already be at an end state: every new claim dismissed, or a revision that only removed claims.
      if (standing.length > 0 || dismissed > 0) await this.transitions.completeArticleIfDone(manager, articleId);
      return jobs;
    });
    if (stored) await this.transitions.dispatch(stored);
    return stored ? 'done' : 'skipped';
  }

  /** The claim's text is gone from the article: withdrawn, through the lifecycle (its lease ends). */
  private async withdraw(manager: EntityManager, claimId: string, revision: number): Promise<void> {
    const claim = await this.transitions.lock(manager, claimId);
    if (!claim) throw new Error(`claim ${claimId} vanished under its row lock`);
    await this.transitions.move(manager, claim, 'withdraw', { to: 'withdrawn', actor: SYSTEM_ACTOR, withdrawnInRevision: revision });
  }

  /** The statement that marks the article analysed; false when it no longer waits for this analysis. */
  private async markAnalysed(
    manager: EntityManager,
    articleId: string,
    article: PendingArticle,
    analysed: Analysed,
    plan: CarryOverPlan,
    job: JobPayloads[typeof JobName.AnalyzeArticle],
    hadClaims: boolean,
  ): Promise<boolean> {
    const { result, truncatedClaims } = analysed;
    const unsourced = result.claims.filter((c) => c.sources.length === 0 && !c.anonymous).length;
    const params: unknown[] = [
      articleId,
      // For text input the analysed text is the input itself: no second copy.
      article.input_format === 'text' && result.text === article.input ? null : result.text,
      result.title ?? null,
      result.byline ?? null,
      result.claims.length,
      unsourced,
      JSON.stringify(result.excluded),
      JSON.stringify(result.unregisteredSources),
      JSON.stringify({ status: 'analyzed', revision: article.revision, claims: result.claims.length, unsourced, truncatedClaims }),
      PENDING,
      truncatedClaims,
      article.revision,
      // No claims, and none before to withdraw: complete at once.
      hadClaims,
    ];
    const fragment = (f: SqlFragment) => (params.push(...f.params), f.sql);
    const workDone = fragment(this.outbox.completeFragment(JobName.AnalyzeArticle, job, params.length + 1));
    // "completed" only when the statement finds nothing to review, and after "analyzed".
    const events = fragment(
      this.events.insertAllFragment(
        [
          {
            name: DomainEvent.ArticleAnalyzed,
            payload: {
              articleId,
              claimCount: result.claims.length,
              unsourcedClaimCount: unsourced,
              revision: article.revision,
              carriedOver: plan.carriedOver,
              added: plan.added,
              withdrawn: plan.removed.length,
            },
          },
          { name: DomainEvent.ArticleCompleted, payload: { articleId } },
        ],
        'article a',
        params.length + 1,
        `e.i = 1 OR a.status = 'completed'`,
      ),
    );
    const updated = await preparedQuery(
      manager,
      `WITH article AS (
         -- Nothing to review: an article without claims is complete at once.
         UPDATE articles
            SET status = CASE WHEN $5 = 0 AND NOT $13 THEN 'completed' ELSE 'analyzed' END,
                completed_at = CASE WHEN $5 = 0 AND NOT $13 THEN clock_timestamp() END,
                failure_reason = NULL, failure_code = NULL, analyzed_text = $2,
                title = coalesce(title, $3), byline = $4, claim_count = $5, unsourced_claim_count = $6,
                excluded = $7::jsonb, unregistered_sources = $8::jsonb, claims_truncated = $11,
                analyzed_at = clock_timestamp(), updated_at = now()
          WHERE id = $1 AND status = ANY ($10::text[]) AND revision = $12
         RETURNING id, status
       ), work_done AS (${workDone}),
       audit AS (
         -- One insert, ordered, so "analyzed" precedes "completed" in the article's history.
         ${this.audit.selectFragment(
           `article a
           CROSS JOIN LATERAL (VALUES
             (1, 'article.analyzed', NULL::jsonb, $9::jsonb),
             (2, 'article.completed', '{"status":"analyzed"}'::jsonb, '{"status":"completed"}'::jsonb)
           ) AS e(step, action, before, after)
          WHERE e.step = 1 OR a.status = 'completed'
          ORDER BY e.step`,
           { entityType: `'article'`, entityId: 'a.id', action: 'e.action', actorType: `'system'`, before: 'e.before', after: 'e.after' },
         )}
       ), events AS (${events})
       SELECT id, status FROM article`,
      params,
    );
    if (updated.length === 0) return false;
    this.events.written(manager);
    return true;
  }

  /**
   * Final failure: the article says why with a stable code and a message for
   * the caller; the internal detail goes to the log only. Its work leaves the outbox.
   */
  async fail(articleId: string, reason: Failure, detail: string, revision?: number): Promise<void> {
    this.logger.warn({ articleId, revision, code: reason.code, detail }, 'analysis failed');
    await this.dataSource.transaction(async (manager) => {
      // A failed analysis of a revision that is no longer current fails nothing.
      const rows = await returning(
        manager,
        `UPDATE articles SET status = 'failed', failure_code = $4, failure_reason = $2, updated_at = now()
          WHERE id = $1 AND status = ANY ($3::text[]) AND ($5::int IS NULL OR revision = $5) RETURNING id`,
        [articleId, reason.message, PENDING, reason.code, revision ?? null],
      );
      await this.outbox.complete(manager, JobName.AnalyzeArticle, { articleId, revision });
      if (rows.length === 0) return;
      await this.audit.record(manager, {
        entityType: 'article',
        entityId: articleId,
        action: 'article.failed',
        actor: SYSTEM_ACTOR,
        after: { status: 'failed', code: reason.code },
      });
      await this.events.append(manager, DomainEvent.ArticleFailed, { articleId, reason: reason.message });
    });
  }
}

/** The analysed claims that continue no standing claim, as routing needs them. */
function newClaims(plan: CarryOverPlan, result: AnalysisResult): NewClaim[] {
  return plan.continues.flatMap((continued, index) => {
    if (continued !== null) return [];
    const claim = result.claims[index];
    const cited = claim.sources.flatMap((s) => (s.registered && s.outletId ? [{ outletId: s.outletId, role: s.role }] : []));
    return [{ id: plan.ids[index], checkworthiness: claim.checkworthiness, hasSource: claim.sources.length > 0, cited }];
  });
}
