import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './queues.js';

/** A service that runs one kind of job. Registered with WorkerHost in onModuleInit. */
export interface JobHandler<J extends JobName = JobName> {
  readonly jobName: J;
  handle(job: Job<JobPayloads[J], unknown, J>): Promise<unknown>;
  /**
   * The work keeps failing outside the handler (the process dies or stalls on
   * it) and the reconciler stops re-enqueueing it: record the outcome.
   */
  abandon?(payload: JobPayloads[J], reason: string): Promise<void>;
}
