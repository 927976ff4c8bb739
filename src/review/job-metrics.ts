import type { MetricsService } from '../metrics/metrics.service.js';
import { QueueName } from '../queue/index.js';

/** Counts a verification job in claimtrail_jobs_processed_total by outcome (a throw counts as "retry"). */
export async function counted<T>(metrics: MetricsService, work: () => Promise<T>, outcomeOf: (result: T) => string): Promise<T> {
  try {
    const result = await work();
    metrics.jobsProcessed.inc({ queue: QueueName.Verification, outcome: outcomeOf(result) });
    return result;
  } catch (error) {
    metrics.jobsProcessed.inc({ queue: QueueName.Verification, outcome: 'retry' });
    throw error;
  }
}
