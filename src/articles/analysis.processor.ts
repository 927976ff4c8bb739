import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { analyze, type AnalysisResult } from '../analysis/index.js';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { ClaimsService } from '../claims/claims.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { OutletRegistryCache } from '../outlets/outlet-registry.cache.js';
import { JOB_QUEUE, JobName, QueueName, WorkerHost, jobIdFor, type JobHandler, type JobPayloads } from '../queue/index.js';
import { returning } from '../database/sql.js';
import type { ArticleStatus } from './article.entity.js';

type AnalyzeJob = Job<JobPayloads[typeof JobName.AnalyzeArticle], unknown, typeof JobName.AnalyzeArticle>;

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
export class AnalysisProcessor implements JobHandler<typeof JobName.AnalyzeArticle>, OnModuleInit {
  readonly jobName = JobName.AnalyzeArticle;
  private readonly logger = new Logger(AnalysisProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workers: WorkerHost,
    private readonly registry: OutletRegistryCache,
    private readonly claims: ClaimsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    this.workers.register(this);
  }

  async handle(job: AnalyzeJob): Promise<{ claims: number } | { skipped: string }> {
    try {
      const outcome = await this.run(job);
      this.metrics.jobsProcessed.inc({ queue: QueueName.Analysis, outcome: 'skipped' in outcome ? 'skipped' : 'done' });
      return outcome;
    } catch (error) {
      const final = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (final && !(error instanceof UnrecoverableError)) {
        await this.markFailed(job.data.articleId, `gave up after ${job.attemptsMade + 1} attempt(s): ${(error as Error).message}`)
          .catch((e) => this.logger.error(`could not record failure of ${job.data.articleId}: ${(e as Error).message}`));
      }
      this.metrics.jobsProcessed.inc({ queue: QueueName.Analysis, outcome: final ? 'failed' : 'retry' });
      throw error;
    }
  }

  private async run(job: AnalyzeJob): Promise<{ claims: number } | { skipped: string }> {
    const { articleId } = job.data;
    const [article] = await returning<PendingArticle>(
      this.dataSource.manager,
      `UPDATE articles SET status = 'analyzing', analysis_attempts = analysis_attempts + 1, updated_at = now()
        WHERE id = $1 AND status IN ('received', 'analyzing')
        RETURNING status, input_format, input`,
      [articleId],
    );
    if (!article) {
      // Already analysed or failed (a duplicate job), or deleted: nothing to do but clear the outbox.
      await this.outbox.complete(this.dataSource.manager, JobName.AnalyzeArticle, { articleId });
      return { skipped: 'article not pending' };
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
      await this.markFailed(articleId, reason);
      throw new UnrecoverableError(reason);
    } finally {
      stop();
    }
  }

  /**
   * One transaction, two statements: the first marks the article analysed
   * (only if still pending: the row lock also serialises two deliveries of
   * the same job), removes any earlier claims, clears the outbox row, records
   * the review workflow's routing work and the audit event; the second
   * inserts claims and sources.
   */
  private async store(articleId: string, article: PendingArticle, result: AnalysisResult): Promise<{ claims: number } | { skipped: string }> {
    const unsourced = result.claims.filter((c) => c.sources.length === 0 && !c.anonymous).length;
    const outcome = await this.dataSource.transaction(async (manager) => {
      const updated = await manager.query(
        `WITH article AS (
           UPDATE articles
              SET status = 'analyzed', failure_reason = NULL, analyzed_text = $2,
                  title = coalesce(title, $3), byline = $4, claim_count = $5, unsourced_claim_count = $6,
                  excluded = $7::jsonb, unregistered_sources = $8::jsonb,
                  analyzed_at = clock_timestamp(), updated_at = now()
            WHERE id = $1 AND status IN ('received', 'analyzing')
           RETURNING id
         ), earlier_claims AS (
           DELETE FROM claims WHERE article_id IN (SELECT id FROM article)
         ), work_done AS (
           DELETE FROM outbox WHERE job_id = $9
         ), review_work AS (
           -- Hands the claims to the review workflow (src/review/): routed once stored.
           INSERT INTO outbox (queue, job_name, job_id, payload)
           SELECT $11, $12, $13, $14::jsonb FROM article
           ON CONFLICT (job_id) DO NOTHING
         ), event AS (
           INSERT INTO audit_events (entity_type, entity_id, action, actor_type, after)
           SELECT 'article', id, 'article.analyzed', 'system', $10::jsonb FROM article
         )
         SELECT id FROM article`,
        [
          articleId,
          // For text input the analysed text is the input itself: no second copy.
          article.input_format === 'text' && result.text === article.input ? null : result.text,
          result.title ?? null,
          result.byline ?? null,
          result.claims.length,
          unsourced,
          JSON.stringify(result.excluded),
          JSON.stringify(result.unregisteredSources),
          jobIdFor(JobName.AnalyzeArticle, { articleId }),
          JSON.stringify({ status: 'analyzed', claims: result.claims.length, unsourced }),
          JOB_QUEUE[JobName.RouteClaims],
          JobName.RouteClaims,
          jobIdFor(JobName.RouteClaims, { articleId }),
          JSON.stringify({ articleId }),
        ],
      ) as unknown[];
      // Already analysed or failed by another delivery: its outbox row is gone with it.
      if (updated.length === 0) return { skipped: 'article not pending' };
      await this.claims.insertForArticle(manager, articleId, result.claims);
      return { claims: result.claims.length };
    });
    if ('claims' in outcome) void this.outbox.dispatch(JobName.RouteClaims, { articleId });
    return outcome;
  }

  async abandon({ articleId }: JobPayloads[typeof JobName.AnalyzeArticle], reason: string): Promise<void> {
    await this.markFailed(articleId, reason);
  }

  /** Final failure: the article says why, and its work leaves the outbox. */
  private async markFailed(articleId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = await returning(
        manager,
        `UPDATE articles SET status = 'failed', failure_reason = $2, updated_at = now()
          WHERE id = $1 AND status IN ('received', 'analyzing') RETURNING id`,
        [articleId, reason.slice(0, MAX_REASON)],
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
    });
  }
}
