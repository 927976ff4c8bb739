import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './queues.js';

/** A service that runs one kind of job. Registered with WorkerHost in onModuleInit. */
export interface JobHandler<J extends JobName = JobName> {
  readonly jobName: J;
  handle(job: Job<JobPayloads[J], unknown, J>): Promise<unknown>;
}
