import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '../auth/index.js';
import { ClaimResponse } from '../claims/dto/claim.response.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { RequestId } from '../common/request-id.decorator.js';
import { uuidParam } from '../common/validation.pipe.js';
import {
  DismissClaimDto,
  SubmitReviewDto,
} from './dto/submit-review.dto.js';
import {
  HistoryEntryResponse,
  LeaseResponse,
  NextClaimResponse,
  ReviewResponse,
} from './dto/review.response.js';
import { NextClaimQuery } from './dto/next-claim.query.js';
import { EditorialService } from './editorial.service.js';
import { GradingService } from './grading.service.js';
import { InboxService, type LeasedClaim, type Reviewer } from './inbox.service.js';
import { ReviewReportsService } from './review-reports.service.js';
import { namedReviewView, reviewView } from './review-row.js';
import { REVIEW_STAGES } from './workflow.js';

function reviewerOf(principal: Principal, requestId?: string): Reviewer {
  // @Roles lets only users through, never API keys.
  if (principal.kind !== 'user') throw new Error('review routes are for users');
  return { userId: principal.userId, role: principal.role, requestId: requestId ?? null };
}

function nextView(leased: LeasedClaim): NextClaimResponse {
  return {
    claim: {
      ...ClaimResponse.of(leased.claim),
      status: leased.stage,
      round: leased.round,
      version: leased.version,
      context: leased.context,
      note: leased.note,
      disagreement: leased.disagreement.map(namedReviewView),
      earlierStages: leased.earlierStages.map(namedReviewView),
    },
    article: leased.article,
    lease: leased.lease,
  };
}

@ApiTags('review')
@ApiBearerAuth()
@Controller('v1')
export class ReviewController {
  constructor(
    private readonly inbox: InboxService,
    private readonly grading: GradingService,
    private readonly editorial: EditorialService,
    private readonly reports: ReviewReportsService,
  ) {}

  @Post('review/:stage/next')
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'Take the next claim of a stage under an exclusive lease',
    description:
      'Stages: source_check, verdict (anyone), approval, escalated (editors). Unsourced and most check-worthy first, ' +
      'then oldest. 204 when the stage has nothing for you. One live lease per person and stage: while you hold one, ' +
      'this answers with that claim (skip=its id hands it back and takes the next). Never a claim you graded in its ' +
      'current round, an escalation you graded in, or (four-eyes) an approval of a claim you graded. The inbox\'s filters ' +
      '(articleId, outletId, unsourced, q) narrow what is taken as they narrow GET /v1/queues.',
  })
  @ApiParam({ name: 'stage', enum: REVIEW_STAGES })
  @ApiOkResponse({ type: NextClaimResponse })
  @ApiNoContentResponse({ description: 'Nothing waiting in this stage for you' })
  @ApiErrors(400, 401, 403)
  async next(
    @Param('stage') stage: string,
    @Query() query: NextClaimQuery,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NextClaimResponse | undefined> {
    const { skip, ...filter } = query;
    const leased = await this.inbox.next(stage, reviewerOf(principal, requestId), skip, filter);
    if (!leased) {
      reply.status(204);
      return undefined;
    }
    reply.status(200);
    return nextView(leased);
  }

  @Post('claims/:id/lease')
  @HttpCode(200)
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'Extend your lease on a claim by a full lease period',
    description:
      'Never past REVIEW_LEASE_MAX_MS from when the lease was taken: at that age the extension answers 409 and the lease ends ' +
      '(the claim goes back to its inbox).',
  })
  @ApiOkResponse({ type: LeaseResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async extend(
    @Param('id', uuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
  ): Promise<LeaseResponse> {
    return this.inbox.extend(id, reviewerOf(principal, requestId));
  }

  @Post('claims/:id/release')
  @HttpCode(204)
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({ summary: 'Hand a leased claim back to its inbox' })
  @ApiNoContentResponse({ description: 'Released' })
  @ApiErrors(400, 401, 403, 404, 409)
  async release(
    @Param('id', uuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
  ): Promise<void> {
    await this.inbox.release(id, reviewerOf(principal, requestId));
  }

  @Post('claims/:id/reviews')
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'Grade a claim you hold the lease on',
    description:
      'source_check: attributionVerdict and (unless not_applicable) evidence; verdict: rating and note; ' +
      'approval: decision (approve | send_back, with returnTo) and note; escalated: the fields of the stage that disagreed. ' +
      'The same grade sent again answers 200 with the recorded review and changes nothing.',
  })
  @ApiCreatedResponse({ type: ReviewResponse })
  @ApiOkResponse({ type: ReviewResponse, description: 'This grade was already recorded' })
  @ApiErrors(400, 401, 403, 404, 409)
  async review(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SubmitReviewDto,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReviewResponse> {
    const { review, replayed } = await this.grading.submit(id, dto, reviewerOf(principal, requestId));
    reply.status(replayed ? 200 : 201);
    return reviewView(review);
  }

  @Post('claims/:id/dismiss')
  @HttpCode(204)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Dismiss a claim with a reason (editors)' })
  @ApiNoContentResponse({ description: 'Dismissed' })
  @ApiErrors(400, 401, 403, 404, 409)
  async dismiss(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: DismissClaimDto,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
  ): Promise<void> {
    await this.editorial.dismiss(id, dto.reason, reviewerOf(principal, requestId));
  }

  @Post('claims/:id/restore')
  @HttpCode(204)
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Bring a dismissed claim back to its first stage (editors)' })
  @ApiNoContentResponse({ description: 'Restored' })
  @ApiErrors(400, 401, 403, 404, 409)
  async restore(
    @Param('id', uuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
  ): Promise<void> {
    await this.editorial.restore(id, reviewerOf(principal, requestId));
  }

  @Get('claims/:id/history')
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'Every change of a claim, oldest first: transitions, leases, grades, dismissals, with who made each (by name)',
    description:
      'Grading is blind: a grade of the claim’s current round shows its content only to its author until the round closes.',
  })
  @ApiOkResponse({ type: [HistoryEntryResponse] })
  @ApiErrors(400, 401, 403, 404)
  async history(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<HistoryEntryResponse[]> {
    return this.reports.history(id, reviewerOf(principal).userId);
  }
}
