import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { DeliverWebhookProcessor } from './deliver-webhook.processor.js';
import { WebhookAttempt } from './webhook-attempt.entity.js';
import { WebhookBacklogMetrics } from './webhook-backlog-metrics.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookDispatcher } from './webhook-dispatcher.service.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { WebhookJobs } from './webhook-jobs.service.js';
import { WebhookLogPruner } from './webhook-log-pruner.service.js';
import { WebhookSweeper } from './webhook-sweeper.service.js';
import { WebhooksController } from './webhooks.controller.js';

const registered = new Map<boolean, DynamicModule>();

/**
 * Signed webhooks (Standard Webhooks): endpoints, the dispatcher that fans
 * domain events out to them, delivery on the `webhooks` queue with retries,
 * the delivery log (pruned after its retention) and replay.
 */
@Module({})
export class WebhooksModule {
  /** `http: false` in worker-only processes: dispatch and delivery without the routes. */
  static register({ http }: { http: boolean }): DynamicModule {
    const existing = registered.get(http);
    if (existing) return existing;
    const definition: DynamicModule = {
      module: WebhooksModule,
      imports: [
        TypeOrmModule.forFeature([WebhookEndpoint, WebhookDelivery, WebhookAttempt]),
        ArticlesModule.register({ http }),
        ClaimsModule.register({ http }),
      ],
      controllers: http ? [WebhooksController] : [],
      providers: [
        WebhookEndpointsService,
        WebhookDeliveriesRepository,
        WebhookJobs,
        DeliverWebhookProcessor,
        WebhookDispatcher,
        WebhookSweeper,
        WebhookLogPruner,
        WebhookBacklogMetrics,
      ],
    };
    registered.set(http, definition);
    return definition;
  }
}
