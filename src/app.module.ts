import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ArticlesModule } from './articles/articles.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/index.js';
import { ClaimsModule } from './claims/claims.module.js';
import { loggerParams } from './common/logging.js';
import { ConfigModule, runsApi, type AppConfig } from './config/index.js';
import { CorrectionsModule } from './corrections/corrections.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { OutletsModule } from './outlets/outlets.module.js';
import { QueueModule } from './queue/index.js';
import { ReviewModule } from './review/review.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { PublicationModule } from './publication/publication.module.js';

/**
 * One module tree for every role. A worker-only process keeps health and
 * metrics on HTTP but mounts none of the API's routes.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const http = runsApi(config);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule,
        QueueModule,
        OutboxModule,
        AuditModule,
        EventsModule,
        MetricsModule,
        HealthModule,
        // Accounts, keys and the guard only where the API runs: a worker serves
        // nothing but @Public() probes and metrics.
        ...(http ? [AuthModule] : []),
        OutletsModule.register({ http }),
        ClaimsModule.register({ http }),
        ArticlesModule.register({ http }),
        ReviewModule.register({ http }),
        CorrectionsModule.register({ http }),
        WebhooksModule.register({ http }),
        PublicationModule.register({ http }),
      ],
    };
  }
}
