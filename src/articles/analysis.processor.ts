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
import { JobName, QueueName, WorkerHost, type JobHandler, type JobPayloads } from '../queue/index.js';
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

  private async store(articleId: string, article: PendingArticle, result: AnalysisResult): Promise<{ claims: number } | { skipped: string }> {
    return this.dataSource.transaction(async (manager) => {
      // The row lock serialises two deliveries of the same job.
      const [locked] = (await manager.query(`SELECT status FROM articles WHERE id = $1 FOR UPDATE`, [articleId])) as Array<{
        status: ArticleStatus;
      }>;
      if (!locked || locked.status === 'analyzed' || locked.status === 'failed') {
        await this.outbox.complete(manager, JobName.AnalyzeArticle, { articleId });
        return { skipped: 'article not pending' };
      }
      const counts = await this.claims.replaceForArticle(manager, articleId, result.claims);
      await manager.query(
        `UPDATE articles
            SET status = 'analyzed', failure_reason = NULL, analyzed_text = $2,
                title = coalesce(title, $3), byline = $4, claim_count = $5, unsourced_claim_count = $6,
                excluded = $7::jsonb, unregistered_sources = $8::jsonb, analyzed_at = clock_timestamp(), updated_at = now()
          WHERE id = $1`,
        [
          articleId,
          // For text input the analysed text is the input itself: no second copy.
          article.input_format === 'text' && result.text === article.input ? null : result.text,
          result.title ?? null,
          result.byline ?? null,
          counts.claims,
          counts.unsourced,
          JSON.stringify(result.excluded),
          JSON.stringify(result.unregisteredSources),
        ],
      );
      await this.outbox.complete(manager, JobName.AnalyzeArticle, { articleId });
      await this.audit.record(manager, {
        entityType: 'article',
        entityId: articleId,
        action: 'article.analyzed',
        actor: SYSTEM_ACTOR,
        before: { status: locked.status },
        after: { status: 'analyzed', claims: counts.claims, unsourced: counts.unsourced },
      });
      return { claims: counts.claims };
    });
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
