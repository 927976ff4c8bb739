import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { JobName, OnJob, OnJobAbandoned, isFinalFailure, type JobOutcome, type JobPayloads } from '../queue/index.js';
import { AnalysisService } from './analysis.service.js';
import { failure, FailureCode } from './failure.js';

type AnalyzeJob = Job<JobPayloads[typeof JobName.AnalyzeArticle], unknown, typeof JobName.AnalyzeArticle>;

/** The analysis queue's jobs: analyse the article; when BullMQ gives up, the article says why. */
@Injectable()
export class AnalysisProcessor {
  private readonly logger = new Logger(AnalysisProcessor.name);

  constructor(private readonly analysis: AnalysisService) {}

  @OnJob(JobName.AnalyzeArticle)
  async analyze(job: AnalyzeJob): Promise<JobOutcome> {
    const { articleId, revision } = job.data;
    try {
      return await this.analysis.analyzeArticle(articleId, revision);
    } catch (error) {
      // An engine error already marked the article failed (UnrecoverableError).
      if (isFinalFailure(job, error) && !(error instanceof UnrecoverableError)) {
        const detail = `gave up after ${job.attemptsMade + 1} attempt(s): ${(error as Error).message}`;
        await this.analysis
          .fail(articleId, failure(FailureCode.GaveUp), detail, revision)
          .catch((e) => this.logger.error(`could not record failure of ${articleId}: ${(e as Error).message}`));
      }
      throw error;
    }
  }

  @OnJobAbandoned(JobName.AnalyzeArticle)
  async abandon({ articleId, revision }: JobPayloads[typeof JobName.AnalyzeArticle], reason: string): Promise<void> {
    await this.analysis.fail(articleId, failure(FailureCode.Abandoned), reason, revision);
  }
}
