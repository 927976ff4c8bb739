import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './queues.js';

export const ON_JOB = 'claimtrail:on-job';
export const ON_JOB_ABANDONED = 'claimtrail:on-job-abandoned';

/** What a job did, counted by WorkerHost in claimtrail_jobs_processed_total (a throw counts as retry or failed). */
export type JobOutcome = 'done' | 'skipped';

/** A method that runs one kind of job: `(job) => Promise<JobOutcome>`. WorkerHost finds it at start-up. */
export type JobRunner<J extends JobName = JobName> = (job: Job<JobPayloads[J], unknown, J>) => Promise<JobOutcome>;

/**
 * The work keeps failing outside the handler (the process dies or stalls on
 * it) and the reconciler stops re-enqueueing it: record the outcome.
 */
export type JobAbandoner<J extends JobName = JobName> = (payload: JobPayloads[J], reason: string) => Promise<void>;

/** Marks the method that runs jobs named `name`; exactly one per job name in a process. */
export const OnJob = (name: JobName) => SetMetadata(ON_JOB, name);

/** Marks the method called when the reconciler gives up on a job named `name` (optional). */
export const OnJobAbandoned = (name: JobName) => SetMetadata(ON_JOB_ABANDONED, name);
