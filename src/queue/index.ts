export * from './queues.js';
export type { JobHandler } from './job-handler.js';
export { QueueModule } from './queue.module.js';
export { QueueService, QueueUnavailableError } from './queue.service.js';
export { WorkerHost } from './worker-host.service.js';
