import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { AnalysisResult } from '../analysis/index.js';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { ClaimsService } from '../claims/claims.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { OutletRegistryCache } from '../outlets/outlet-registry.cache.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { JobName, type JobOutcome } from '../queue/index.js';
import { returning, type SqlFragment } from '../database/sql.js';
import { DomainEvent } from '../events/domain-events.js';
import { PENDING_ARTICLE_STATUSES as PENDING, type ArticleStatus } from './article.entity.js';
import { EnginePool } from './engine/engine-pool.js';
import { failure, FailureCode, type Failure } from './failure.js';

interface PendingArticle {
  status: ArticleStatus;
  input_format: 'text' | 'html';
  input: string;
}

interface Analysed {
  result: AnalysisResult;
  truncatedClaims: number;
}

/**
 * Runs the analysis engine on one article and stores its claims. Safe to run
 * any number of times for the same article: an analysed article is skipped,
 * and claims are replaced, not appended, in the transaction that marks it done.
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
  ) {}

  /** Analyses a pending article; 'skipped' when it no longer is (a duplicate job). Throws to have BullMQ retry. */
  async analyzeArticle(articleId: string): Promise<JobOutcome> {
    const [article] = await returning<PendingArticle>(
      this.dataSource.manager,
      `UPDATE articles SET status = 'analyzing', analysis_attempts = analysis_attempts + 1, updated_at = now()
        WHERE id = $1 AND status = ANY ($2::text[])
        RETURNING status, input_format, input`,
      [articleId, PENDING],
    );
    if (!article) {
      // Already analysed or failed (a duplicate job), or deleted: nothing to do but clear the outbox.
      await this.outbox.complete(this.dataSource.manager, JobName.AnalyzeArticle, { articleId });
      return 'skipped';
    }

    const result = await this.analyze(articleId, article);
    return this.store(articleId, article, result);
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
    await this.fail(articleId, reason, detail);
    throw new UnrecoverableError(`${reason.code}: ${detail}`);
  }

  /**
   * One transaction, two statements: the first marks the article analysed
   * (only if still pending: the row lock also serialises two deliveries of
   * the same job), removes any earlier claims, clears the outbox row, records
   * the review workflow's routing work, the audit event and the domain event;
   * the second inserts claims and sources.
   */
  private async store(articleId: string, article: PendingArticle, analysed: Analysed): Promise<JobOutcome> {
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
      JSON.stringify({ status: 'analyzed', claims: result.claims.length, unsourced, truncatedClaims }),
      PENDING,
      truncatedClaims,
    ];
    const fragment = (f: SqlFragment) => (params.push(...f.params), f.sql);
    const workDone = fragment(this.outbox.completeFragment(JobName.AnalyzeArticle, { articleId }, params.length + 1));
    // Hands the claims to the review workflow (src/review/): routed once stored.
    const analyzedOnly = `(SELECT id FROM article WHERE status = 'analyzed') AS analyzed`;
    const completedOnly = `(SELECT id FROM article WHERE status = 'completed') AS completed`;
    const reviewWork = fragment(this.outbox.insertFragment(JobName.RouteClaims, { articleId }, analyzedOnly, params.length + 1));
    const completedEvent = fragment(this.events.insertFragment(DomainEvent.ArticleCompleted, { articleId }, completedOnly, params.length + 1));
    const event = fragment(
      this.events.insertFragment(
        DomainEvent.ArticleAnalyzed,
        { articleId, claimCount: result.claims.length, unsourcedClaimCount: unsourced },
        'article',
        params.length + 1,
      ),
    );
    const stored = await this.dataSource.transaction(async (manager) => {
      const updated = await manager.query<unknown[]>(
        `WITH article AS (
           -- Nothing to review: an article without claims is complete at once.
           UPDATE articles
              SET status = CASE WHEN $5 = 0 THEN 'completed' ELSE 'analyzed' END,
                  completed_at = CASE WHEN $5 = 0 THEN clock_timestamp() END,
                  failure_reason = NULL, failure_code = NULL, analyzed_text = $2,
                  title = coalesce(title, $3), byline = $4, claim_count = $5, unsourced_claim_count = $6,
                  excluded = $7::jsonb, unregistered_sources = $8::jsonb, claims_truncated = $11,
                  analyzed_at = clock_timestamp(), updated_at = now()
            WHERE id = $1 AND status = ANY ($10::text[])
           RETURNING id, status
         ), earlier_claims AS (
           DELETE FROM claims WHERE article_id IN (SELECT id FROM article)
         ), work_done AS (${workDone}),
         review_work AS (${reviewWork}),
         audit AS (
           ${this.audit.selectFragment('article', {
             entityType: `'article'`,
             entityId: 'id',
             action: `'article.analyzed'`,
             actorType: `'system'`,
             after: '$9',
           })}
         ), event AS (${event}),
         completed_audit AS (
           INSERT INTO audit_events (entity_type, entity_id, action, actor_type, before, after)
           SELECT 'article', id, 'article.completed', 'system', '{"status":"analyzed"}', '{"status":"completed"}' FROM ${completedOnly}
         ), completed_event AS (${completedEvent})
         SELECT id, status FROM article`,
        params,
      );
      // Already analysed or failed by another delivery: its outbox row is gone with it.
      if (updated.length === 0) return false;
      await this.claims.insertForArticle(manager, articleId, result.claims);
      return true;
    });
    if (stored && result.claims.length > 0) void this.outbox.dispatch(JobName.RouteClaims, { articleId });
    return stored ? 'done' : 'skipped';
  }

  /**
   * Final failure: the article says why with a stable code and a message for
   * the caller; the internal detail goes to the log only. Its work leaves the outbox.
   */
  async fail(articleId: string, reason: Failure, detail: string): Promise<void> {
    this.logger.warn({ articleId, code: reason.code, detail }, 'analysis failed');
    await this.dataSource.transaction(async (manager) => {
      const rows = await returning(
        manager,
        `UPDATE articles SET status = 'failed', failure_code = $4, failure_reason = $2, updated_at = now()
          WHERE id = $1 AND status = ANY ($3::text[]) RETURNING id`,
        [articleId, reason.message, PENDING, reason.code],
      );
      await this.outbox.complete(manager, JobName.AnalyzeArticle, { articleId });
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
