import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName, OnJob, OnJobAbandoned, type JobOutcome, type JobPayloads } from '../queue/index.js';
import { ConsensusService, outcomeOf } from './consensus.service.js';
import { PreparationService } from './preparation.service.js';
import { RoutingService } from './routing.service.js';

type VerificationJob<J extends JobName> = Job<JobPayloads[J], unknown, J>;

/** The machine steps of the review workflow (the `verification` queue); the work is the services'. */
@Injectable()
export class VerificationProcessor {
  constructor(
    private readonly routing: RoutingService,
    private readonly preparation: PreparationService,
    private readonly consensus: ConsensusService,
  ) {}

  @OnJob(JobName.RouteClaims)
  route(job: VerificationJob<typeof JobName.RouteClaims>): Promise<JobOutcome> {
    return this.routing.routeArticle(job.data.articleId);
  }

  @OnJob(JobName.PrepareClaim)
  prepare(job: VerificationJob<typeof JobName.PrepareClaim>): Promise<JobOutcome> {
    return this.preparation.prepare(job.data.claimId, job.data.round);
  }

  @OnJob(JobName.ApplyReview)
  async apply(job: VerificationJob<typeof JobName.ApplyReview>): Promise<JobOutcome> {
    return outcomeOf(await this.consensus.applyReview(job.data.reviewId));
  }

  /** Routing given up: the article's history says so; its claims stay `queued`. */
  @OnJobAbandoned(JobName.RouteClaims)
  abandonRoute({ articleId }: JobPayloads[typeof JobName.RouteClaims], reason: string): Promise<void> {
    return this.routing.giveUp(articleId, reason);
  }

  @OnJobAbandoned(JobName.PrepareClaim)
  abandonPrepare({ claimId, round }: JobPayloads[typeof JobName.PrepareClaim], reason: string): Promise<void> {
    return this.preparation.giveUp(claimId, round, reason);
  }

  @OnJobAbandoned(JobName.ApplyReview)
  abandonApply({ reviewId }: JobPayloads[typeof JobName.ApplyReview], reason: string): Promise<void> {
    return this.consensus.giveUp(reviewId, reason);
  }
}
