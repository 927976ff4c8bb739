import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { actorOf } from '../audit/audit.service.js';
import { CurrentPrincipal, Roles, type Principal } from '../auth/index.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AcceptProposalDto, OutletProposalQueueResponse, OutletProposalResponse, ProposeOutletDto, RejectProposalDto } from './dto/outlet-proposal.dto.js';
import { OutletResponse } from './dto/outlet.dto.js';
import { OutletProposalsService } from './outlet-proposals.service.js';

@ApiTags('outlets')
@ApiBearerAuth()
@Controller('v1/outlet-proposals')
export class OutletProposalsController {
  constructor(private readonly proposals: OutletProposalsService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The queue of names not in the registry: reported by the engine, proposed by reviewers (admins)' })
  @ApiOkResponse({ type: OutletProposalQueueResponse })
  @ApiErrors(400, 401, 403)
  async queue(): Promise<OutletProposalQueueResponse> {
    return { items: await this.proposals.queue() };
  }

  @Post()
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'Propose a name for the outlet registry',
    description:
      '201 for a new proposal; 200 when the name is already queued (you are added to its proposers). 409 when it is registered or was decided on; 404 for an unknown claimId.',
  })
  @ApiCreatedResponse({ type: OutletProposalResponse })
  @ApiOkResponse({ type: OutletProposalResponse, description: 'Already proposed' })
  @ApiErrors(400, 401, 403, 404, 409)
  async propose(
    @Body() dto: ProposeOutletDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutletProposalResponse> {
    const { proposal, created } = await this.proposals.propose(dto, actorOf(principal));
    reply.status(created ? 201 : 200);
    return proposal;
  }

  @Post('accept')
  @Roles('admin')
  @ApiOperation({
    summary: 'Accept a queued name: create its outlet with its aliases (admins)',
    description:
      'The claims already citing the name cite the new outlet from then on (the engine\'s sources and reviewers\' corrections alike). ' +
      '409 when the slug is taken or the name was already accepted (a second press makes no second outlet).',
  })
  @ApiCreatedResponse({ type: OutletResponse })
  @ApiErrors(400, 401, 403, 409)
  async accept(@Body() dto: AcceptProposalDto, @CurrentPrincipal() principal: Principal): Promise<OutletResponse> {
    return OutletResponse.of(await this.proposals.accept(dto, actorOf(principal)));
  }

  @Post('reject')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Reject a queued name: it leaves the queue (admins)', description: '409 when the name was already accepted.' })
  @ApiNoContentResponse({ description: 'Rejected' })
  @ApiErrors(400, 401, 403, 409)
  async reject(@Body() dto: RejectProposalDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.proposals.reject(dto, actorOf(principal));
  }
}
