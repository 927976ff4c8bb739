// Every queue and job of claimtrail, their payloads and retry policies.
//
// WARNING: the string values are stored in Redis (queue keys, job names) and
// in the outbox table. Renaming one strands the jobs already queued under the
// old name; add a new name and migrate instead.
import type { DefaultJobOptions } from 'bullmq';

export const QueueName = {
  Analysis: 'analysis',
  /** Machine steps of the review workflow (src/review/): never waits for a person. */
  Verification: 'verification',
  /** Webhook deliveries (src/webhooks/): mostly waiting on receivers. */
  Webhooks: 'webhooks',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  AnalyzeArticle: 'analyze-article',
  RouteClaims: 'route-claims',
  PrepareClaim: 'prepare-claim',
  ApplyReview: 'apply-review',
  /**
   * Queued before deliveries were batched per endpoint (2d9b832): still run, as a wake-up of the
   * delivery's endpoint. Kept while a deployment may hold one: each attempt's job waited in Redis
   * for the retry schedule's delay (up to 10 h), and during a rolling upgrade the old processes
   * still enqueue them. Without a handler such a job fails five times, logging each, before the
   * sweeper sends its delivery. Safe to remove once no key `<QUEUE_PREFIX>:webhooks:webhook-*`
   * is left in Redis (the batched jobs' ids start with `webhooks-`).
   */
  DeliverWebhook: 'deliver-webhook',
  DeliverWebhooks: 'deliver-webhooks',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Payload of each job: producers and handlers are checked against it at compile time. */
export interface JobPayloads {
  /** `revision`: the article revision to analyse (absent in jobs from before revisions: the current one). */
  [JobName.AnalyzeArticle]: { articleId: string; revision?: number };
  /** Sends an article's freshly analysed claims to their first stage (or dismisses them). */
  [JobName.RouteClaims]: { articleId: string };
  /** Gathers context for the claim's stage and puts it in the stage's inbox; round = claims.round. */
  [JobName.PrepareClaim]: { claimId: string; round: number };
  /** Applies a submitted grade: consensus, next stage, article completion. */
  [JobName.ApplyReview]: { reviewId: string };
  /** Queued before batching (one per attempt): now wakes the delivery's endpoint. */
  [JobName.DeliverWebhook]: { deliveryId: string; attempt: number };
  /** Sends an endpoint's due deliveries; `at` = when it is due (ms since the epoch), which keys a timed wake-up. */
  [JobName.DeliverWebhooks]: { endpointId: string; at: number };
}

/** The queue each job runs on. */
export const JOB_QUEUE: { [J in JobName]: QueueName } = {
  [JobName.AnalyzeArticle]: QueueName.Analysis,
  [JobName.RouteClaims]: QueueName.Verification,
  [JobName.PrepareClaim]: QueueName.Verification,
  [JobName.ApplyReview]: QueueName.Verification,
  [JobName.DeliverWebhook]: QueueName.Webhooks,
  [JobName.DeliverWebhooks]: QueueName.Webhooks,
};

/** Retry and retention per queue: attempts, exponential backoff with jitter, failed jobs kept for inspection. */
export function queuePolicy(queue: QueueName, attempts: number): DefaultJobOptions {
  switch (queue) {
    case QueueName.Analysis:
      return {
        attempts,
        backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
        // Completed jobs carry nothing PostgreSQL does not: drop them at once so a
        // re-submitted jobId after completion is not silently ignored.
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
      };
    case QueueName.Verification:
      // Short database transactions: retry fast, a few more times than analysis
      // (a PostgreSQL restart should not strand a claim; the reconciler is the last resort).
      return {
        attempts: Math.max(attempts, 8),
        backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
      };
    case QueueName.Webhooks:
      // The retry schedule is the delivery's own (rows in PostgreSQL, one job per
      // attempt); BullMQ retries only errors of our own, such as a lost database.
      // Failed jobs are removed so the sweeper can re-create them under the same id;
      // the delivery log in PostgreSQL is what admins inspect.
      return {
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
        removeOnComplete: true,
        removeOnFail: true,
      };
  }
}

/**
 * One job id per piece of work (an article's analysis or routing, a claim's
 * stage entry, a grade): a repeated enqueue of the same work is a no-op in BullMQ.
 */
export function jobIdFor<J extends JobName>(name: J, payload: JobPayloads[J]): string {
  switch (name) {
    case JobName.AnalyzeArticle:
    {
      // BullMQ refuses ':' in custom ids. One per revision: a revision's analysis never stands in for the next's.
      const { articleId, revision } = payload as JobPayloads[typeof JobName.AnalyzeArticle];
      return revision && revision > 1 ? `analyze-${articleId}-r${revision}` : `analyze-${articleId}`;
    }
    case JobName.RouteClaims:
      return `route-${(payload as JobPayloads[typeof JobName.RouteClaims]).articleId}`;
    case JobName.PrepareClaim: {
      // One per claim and stage entry: a repeated enqueue for the same entry is a no-op.
      const { claimId, round } = payload as JobPayloads[typeof JobName.PrepareClaim];
      return `prepare-${claimId}-${round}`;
    }
    case JobName.ApplyReview:
      return `apply-${(payload as JobPayloads[typeof JobName.ApplyReview]).reviewId}`;
    case JobName.DeliverWebhook: {
      const { deliveryId, attempt } = payload as JobPayloads[typeof JobName.DeliverWebhook];
      return `webhook-${deliveryId}-${attempt}`;
    }
    case JobName.DeliverWebhooks: {
      // Timed wake-ups: the same retry time asked for twice is one job.
      const { endpointId, at } = payload as JobPayloads[typeof JobName.DeliverWebhooks];
      return `webhooks-${endpointId}-${at}`;
    }
  }
  throw new Error(`no job id rule for ${String(name)}`);
}
