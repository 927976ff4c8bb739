import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsService } from '../metrics/metrics.service.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';

/**
 * The delivery backlog as Prometheus gauges, read from PostgreSQL at scrape
 * time (every process sees the same backlog): what to alert on when
 * receivers fall behind or workers stop sending.
 */
@Injectable()
export class WebhookBacklogMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  onModuleInit(): void {
    const deliveries = this.deliveries;
    new Gauge({
      name: 'claimtrail_webhook_deliveries_pending',
      help: 'Webhook deliveries not yet delivered or failed: due (to be sent now) or waiting (for a retry)',
      labelNames: ['state'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const counts = await deliveries.pendingCounts().catch(() => undefined);
        // Not the last value read: a backlog of 0 kept from before PostgreSQL went away
        // would hide the outage from the alert. Absent until the database answers again.
        this.reset();
        if (!counts) return;
        this.set({ state: 'due' }, counts.due);
        this.set({ state: 'waiting' }, counts.waiting);
      },
    });
    new Gauge({
      name: 'claimtrail_webhook_oldest_due_seconds',
      help: 'How long the oldest webhook delivery that is due has been waiting to be sent',
      registers: [this.metrics.registry],
      async collect() {
        const seconds = await deliveries.oldestDueSeconds().catch(() => undefined);
        // remove(), not reset(), which would export 0 for a gauge without labels
        if (seconds === undefined) this.remove();
        else this.set(seconds);
      },
    });
  }
}
