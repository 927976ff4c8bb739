import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { QueueService } from '../queue/queue.service.js';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

/**
 * The Prometheus registry of this process. Its own Registry (not prom-client's
 * global one) so several app instances in one test process do not collide.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'claimtrail_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template (unmatched: no route) and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly analysisDuration = new Histogram({
    name: 'claimtrail_analysis_duration_seconds',
    help: 'Time the analysis engine spends on one article (CPU only, no I/O)',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly jobsProcessed = new Counter({
    name: 'claimtrail_jobs_processed_total',
    help: 'Jobs finished by this process, by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly loginFailures = new Counter({
    name: 'claimtrail_login_failures_total',
    help: 'Failed sign-ins, by reason (unknown_account, wrong_password, inactive)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly webhookAttempts = new Counter({
    name: 'claimtrail_webhook_attempts_total',
    help: 'Webhook POSTs by this process, by outcome: delivered (2xx), retrying (another attempt is scheduled), failed (410, or no attempt left)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookAttemptDuration = new Histogram({
    name: 'claimtrail_webhook_attempt_duration_seconds',
    help: "Time from a webhook POST's start to its answer or failure",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [this.registry],
  });

  constructor(queues: QueueService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'claimtrail_' });
    new Gauge({
      name: 'claimtrail_queue_jobs',
      help: 'Jobs in each BullMQ queue by state (read from Redis at scrape time)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        const read = queues.isAvailable()
          ? await Promise.all(queues.allQueues().map(async (queue) => ({ queue: queue.name, counts: await queue.getJobCounts(...JOB_STATES).catch(() => undefined) })))
          : [];
        // Counts of an earlier scrape would go on being exported as current: a queue Redis did
        // not answer for is absent instead (alert on absent(claimtrail_queue_jobs)). Reset after
        // the reads, so a scrape running alongside cannot clear what this one set.
        this.reset();
        for (const { queue, counts } of read) {
          if (!counts) continue;
          for (const state of JOB_STATES) this.set({ queue, state }, counts[state] ?? 0);
        }
      },
    });
  }
}
