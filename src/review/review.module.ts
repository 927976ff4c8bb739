import { Module, type DynamicModule } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { ApplyReviewProcessor } from './apply-review.processor.js';
import { ClaimContextService } from './claim-context.service.js';
import { ClaimTransitions } from './claim-transitions.service.js';
import { EditorialService } from './editorial.service.js';
import { GradingService } from './grading.service.js';
import { InboxService } from './inbox.service.js';
import { PrepareClaimProcessor } from './prepare-claim.processor.js';
import { QueuesController, TrackRecordController } from './queues.controller.js';
import { ReviewController } from './review.controller.js';
import { ReviewReportsService } from './review-reports.service.js';
import { RouteClaimsProcessor } from './route-claims.processor.js';
import { TrackRecordService } from './track-record.service.js';

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
      imports: [ClaimsModule.register({ http })],
      controllers: http ? [ReviewController, QueuesController, TrackRecordController] : [],
      providers: [
        ClaimTransitions,
        ClaimContextService,
        TrackRecordService,
        InboxService,
        GradingService,
        EditorialService,
        ReviewReportsService,
        RouteClaimsProcessor,
        PrepareClaimProcessor,
        ApplyReviewProcessor,
      ],
    };
    registered.set(http, definition);
    return definition;
  }
}
