import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { AllowApiKey, CurrentPrincipal, PrincipalResolver, Roles, requestToken, type Principal } from '../auth/index.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { API_CACHE_CONTROL, API_CSP } from '../common/api-answer-headers.js';
import { uuidParam } from '../common/validation.pipe.js';
import { QueuesQuery } from './dto/queues.query.js';
import { QueuesResponse, TrackRecordResponse } from './dto/review.response.js';
import { InboxStreamService, type InboxViewer } from './inbox-stream.service.js';
import { ReviewReportsService } from './review-reports.service.js';
import { TrackRecordService } from './track-record.service.js';

function viewerOf(principal: Principal): InboxViewer {
  // @Roles lets only users through, never API keys.
  if (principal.kind !== 'user') throw new Error('inbox routes are for users');
  return { userId: principal.userId, role: principal.role };
}

@ApiTags('review')
@ApiBearerAuth()
@Controller('v1/queues')
export class QueuesController {
  constructor(
    private readonly reports: ReviewReportsService,
    private readonly stream: InboxStreamService,
    private readonly principals: PrincipalResolver,
  ) {}

  @Get()
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'The inbox: per stage waiting, leased, held by you, being prepared, the oldest wait, agreement; and the matching claims',
    description: 'Filters (article, outlet, unsourced, full-text q, mine) narrow the counts and the list alike; agreement is overall.',
  })
  @ApiOkResponse({ type: QueuesResponse })
  @ApiErrors(400, 401, 403)
  async queues(@Query() query: QueuesQuery, @CurrentPrincipal() principal: Principal): Promise<QueuesResponse> {
    return this.reports.queues(query, viewerOf(principal).userId);
  }

  @Get('events')
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'Live inbox updates (server-sent events)',
    description:
      '`event: queues` with `{stages, claimIds}` whenever claims enter, leave or are taken from a stage (claim ids only for ' +
      'stages your role works); `: heartbeat` comments keep the stream open. Each event id is a stream cursor: reconnect ' +
      'with `Last-Event-ID` to get what happened meanwhile. A few streams per person (429 beyond); a stream ends after a ' +
      'while and the browser reconnects, signed in again; it ends sooner, after `event: signed-out`, at the first heartbeat ' +
      'after you sign out, change your password, are deactivated or given another role.',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this event id' })
  @ApiOkResponse({ description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  @ApiErrors(400, 401, 403, 429)
  async events(
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const viewer = viewerOf(principal);
    const cursor = await this.stream.startCursor(lastEventId);
    const release = this.stream.reserve(viewer.userId);
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      // Like every /v1 answer (a hijacked reply skips the hook that sets them). EventSource reads a
      // no-store stream as well; no-transform keeps proxies from compressing it into bursts.
      'cache-control': `${API_CACHE_CONTROL}, no-transform`,
      'content-security-policy': API_CSP,
      connection: 'keep-alive',
      // Proxies (nginx) must not buffer the stream.
      'x-accel-buffering': 'no',
    });
    // HEAD gets these headers and no stream: Node drops every write to a HEAD
    // response, headers included until it ends, so a stream would answer
    // nothing and hold a slot until its maximum age.
    if (reply.request.method === 'HEAD') {
      release();
      reply.raw.end();
      return;
    }
    const token = requestToken(reply.request)!;
    this.stream.run(reply.raw, viewer, cursor, release, () => this.principals.stillSignedIn(token, principal));
  }
}

@ApiTags('outlets')
@ApiBearerAuth()
@AllowApiKey(ApiKeyScope.OutletsRead)
@Controller('v1/outlets')
export class TrackRecordController {
  constructor(private readonly trackRecords: TrackRecordService) {}

  @Get(':id/record')
  @ApiOperation({
    summary: "An outlet's track record",
    description: 'Published claims citing the outlet, by attribution verdict and rating, as original reporter and as relay.',
  })
  @ApiOkResponse({ type: TrackRecordResponse })
  @ApiErrors(400, 401, 404)
  async record(@Param('id', uuidParam('id')) id: string): Promise<TrackRecordResponse> {
    return this.trackRecords.forOutlet(id);
  }
}
