// Every queue and job of claimtrail, their payloads and retry policies.
//
// WARNING: the string values are stored in Redis (queue keys, job names) and
// in the outbox table. Renaming one strands the jobs already queued under the
// old name; add a new name and migrate instead.
import type { DefaultJobOptions } from 'bullmq';

export const QueueName = {
  Analysis: 'analysis',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  AnalyzeArticle: 'analyze-article',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Payload of each job: producers and handlers are checked against it at compile time. */
export interface JobPayloads {
  [JobName.AnalyzeArticle]: { articleId: string };
}

/** The queue each job runs on. */
export const JOB_QUEUE: { [J in JobName]: QueueName } = {
  [JobName.AnalyzeArticle]: QueueName.Analysis,
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
  }
}

/** One job per article: a repeated enqueue of the same work is a no-op in BullMQ. */
export function jobIdFor<J extends JobName>(name: J, payload: JobPayloads[J]): string {
  switch (name) {
    case JobName.AnalyzeArticle:
      // BullMQ refuses ':' in custom ids.
      return `analyze-${payload.articleId}`;
  }
  throw new Error(`no job id rule for ${String(name)}`);
}
