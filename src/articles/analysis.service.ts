import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { analyze, type AnalysisResult } from '../analysis/index.js';
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

interface PendingArticle {
  status: ArticleStatus;
  input_format: 'text' | 'html';
  input: string;
}

const MAX_REASON = 500;

/**
 * Runs the analysis engine on one article and stores its claims. Safe to run
 * any number of times for the same article: an analysed article is skipped,
 * and claims are replaced, not appended, in the transaction that marks it done.
 */
@Injectable()
export class AnalysisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OutletRegistryCache,
    private readonly claims: ClaimsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
    private readonly metrics: MetricsService,
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

  private async analyze(articleId: string, article: PendingArticle): Promise<AnalysisResult> {
    const registry = await this.registry.get();
    const stop = this.metrics.analysisDuration.startTimer();
    try {
      return analyze(article.input_format === 'html' ? { html: article.input } : { text: article.input }, registry);
    } catch (error) {
      // The engine is pure: the same input fails the same way, so retrying is pointless.
      const reason = `analysis error: ${(error as Error).message}`;
      await this.fail(articleId, reason);
      throw new UnrecoverableError(reason);
    } finally {
      stop();
    }
  }

  /**
   * One transaction, two statements: the first marks the article analysed
   * (only if still pending: the row lock also serialises two deliveries of
   * the same job), removes any earlier claims, clears the outbox row, records
   * the review workflow's routing work, the audit event and the domain event;
   * the second inserts claims and sources.
   */
  private async store(articleId: string, article: PendingArticle, result: AnalysisResult): Promise<JobOutcome> {
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
      JSON.stringify({ status: 'analyzed', claims: result.claims.length, unsourced }),
      PENDING,
    ];
    const fragment = (f: SqlFragment) => (params.push(...f.params), f.sql);
    const workDone = fragment(this.outbox.completeFragment(JobName.AnalyzeArticle, { articleId }, params.length + 1));
    // Hands the claims to the review workflow (src/review/): routed once stored.
    const reviewWork = fragment(this.outbox.insertFragment(JobName.RouteClaims, { articleId }, 'article', params.length + 1));
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
           UPDATE articles
              SET status = 'analyzed', failure_reason = NULL, analyzed_text = $2,
                  title = coalesce(title, $3), byline = $4, claim_count = $5, unsourced_claim_count = $6,
                  excluded = $7::jsonb, unregistered_sources = $8::jsonb,
                  analyzed_at = clock_timestamp(), updated_at = now()
            WHERE id = $1 AND status = ANY ($10::text[])
           RETURNING id
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
         ), event AS (${event})
         SELECT id FROM article`,
        params,
      );
      // Already analysed or failed by another delivery: its outbox row is gone with it.
      if (updated.length === 0) return false;
      await this.claims.insertForArticle(manager, articleId, result.claims);
      return true;
    });
    if (stored) void this.outbox.dispatch(JobName.RouteClaims, { articleId });
    return stored ? 'done' : 'skipped';
  }

  /** Final failure: the article says why, and its work leaves the outbox. */
  async fail(articleId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = await returning(
        manager,
        `UPDATE articles SET status = 'failed', failure_reason = $2, updated_at = now()
          WHERE id = $1 AND status = ANY ($3::text[]) RETURNING id`,
        [articleId, reason.slice(0, MAX_REASON), PENDING],
      );
      await this.outbox.complete(manager, JobName.AnalyzeArticle, { articleId });
      if (rows.length === 0) return;
      await this.audit.record(manager, {
        entityType: 'article',
        entityId: articleId,
        action: 'article.failed',
        actor: SYSTEM_ACTOR,
        after: { status: 'failed', reason },
      });
      await this.events.append(manager, DomainEvent.ArticleFailed, { articleId, reason: reason.slice(0, MAX_REASON) });
    });
  }
}
