export * from './queues.js';
export { OnJob, OnJobAbandoned, type JobAbandoner, type JobOutcome, type JobRunner } from './on-job.decorator.js';
export { QueueModule } from './queue.module.js';
export { QueueService, QueueUnavailableError } from './queue.service.js';
export { WorkerHost, isFinalFailure } from './worker-host.service.js';
