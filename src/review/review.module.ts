import { Module, type DynamicModule } from '@nestjs/common';
import { ArticleCompletionRepository } from '../articles/article-completion.repository.js';
import { AuthModule } from '../auth/index.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { ClaimContextService } from './claim-context.service.js';
import { ClaimTransitions } from './claim-transitions.service.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { ConsensusService } from './consensus.service.js';
import { EditorialService } from './editorial.service.js';
import { GradingService } from './grading.service.js';
import { InboxService } from './inbox.service.js';
import { InboxStreamService } from './inbox-stream.service.js';
import { LeaseRepository } from './lease.repository.js';
import { PreparationService } from './preparation.service.js';
import { QueuesController, TrackRecordController } from './queues.controller.js';
import { ReviewController } from './review.controller.js';
import { ReviewReportsService } from './review-reports.service.js';
import { RoutingService } from './routing.service.js';
import { TrackRecordService } from './track-record.service.js';
import { VerificationProcessor } from './verification.processor.js';

const registered = new Map<boolean, DynamicModule>();

/**
 * The verification workflow: reviewers' inboxes with leases (HTTP), and the
 * machine steps on the `verification` queue (route, prepare, apply a grade).
 */
@Module({})
export class ReviewModule {
  /** `http: false` in worker-only processes: the processors without the routes. */
  static register({ http }: { http: boolean }): DynamicModule {
    const existing = registered.get(http);
    if (existing) return existing;
    const definition: DynamicModule = {
      module: ReviewModule,
      // AuthModule: the inbox stream asks at each heartbeat whether its viewer is still signed in.
      imports: [ClaimsModule.register({ http }), ...(http ? [AuthModule] : [])],
      controllers: http ? [ReviewController, QueuesController, TrackRecordController] : [],
      providers: [
        ClaimWorkflowRepository,
        LeaseRepository,
        ArticleCompletionRepository,
        ClaimTransitions,
        ClaimContextService,
        TrackRecordService,
        InboxService,
        InboxStreamService,
        GradingService,
        EditorialService,
        ReviewReportsService,
        RoutingService,
        PreparationService,
        ConsensusService,
        VerificationProcessor,
      ],
      exports: [ClaimTransitions, RoutingService],
    };
    registered.set(http, definition);
    return definition;
  }
}
