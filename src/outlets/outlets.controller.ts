import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf } from '../audit/audit.service.js';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { AllowApiKey, CurrentPrincipal, Roles, type Principal } from '../auth/index.js';
import { uuidParam } from '../common/validation.pipe.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { CreateOutletDto, MergeOutletDto, OutletListResponse, OutletMergeResponse, OutletResponse, UpdateOutletDto } from './dto/outlet.dto.js';
import { ListOutletsQuery } from './dto/list-outlets.query.js';
import { OutletsService } from './outlets.service.js';

@ApiTags('outlets')
@ApiBearerAuth()
@Controller('v1/outlets')
export class OutletsController {
  constructor(private readonly outlets: OutletsService) {}

  @Get()
  @AllowApiKey(ApiKeyScope.OutletsRead)
  @ApiOperation({ summary: 'List the outlet registry', description: 'Any signed-in user or API key.' })
  @ApiOkResponse({ type: OutletListResponse })
  @ApiErrors(400, 401)
  async list(@Query() query: ListOutletsQuery): Promise<OutletListResponse> {
    const { items, total } = await this.outlets.list(query);
    return { items: items.map(OutletResponse.of), total };
  }

  @Get(':id')
  @AllowApiKey(ApiKeyScope.OutletsRead)
  @ApiOperation({ summary: 'One outlet' })
  @ApiOkResponse({ type: OutletResponse })
  @ApiErrors(400, 401, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<OutletResponse> {
    return OutletResponse.of(await this.outlets.findById(id));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Add an outlet to the registry (admins)',
    description:
      'The analysis picks it up within seconds. 409 when the slug is taken, or when a name, alias, abbreviation or ' +
      'domain already belongs to another outlet (merge them instead); 400 when it lists a name (in any case), an abbreviation or a domain twice.',
  })
  @ApiCreatedResponse({ type: OutletResponse })
  @ApiErrors(400, 401, 403, 409)
  async create(@Body() dto: CreateOutletDto, @CurrentPrincipal() principal: Principal): Promise<OutletResponse> {
    return OutletResponse.of(await this.outlets.create(dto, actorOf(principal)));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Edit an outlet (admins)', description:
      '409 when a name, alias, abbreviation or domain it adds already belongs to another outlet; 400 when one it adds ' +
      'repeats another of its own (names in any case).' })
  @ApiOkResponse({ type: OutletResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateOutletDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutletResponse> {
    return OutletResponse.of(await this.outlets.update(id, dto, actorOf(principal)));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Merge a duplicate outlet into this one (admins)',
    description:
      'The duplicate’s name, aliases, abbreviations and domains join this outlet’s; claims citing it cite this outlet ' +
      '(track records follow); the duplicate is deleted. Audited, and announced as the outlet.merged domain event.',
  })
  @ApiOkResponse({ type: OutletMergeResponse })
  @ApiErrors(400, 401, 403, 404)
  async merge(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: MergeOutletDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutletMergeResponse> {
    const { outlet, claimSourcesMoved } = await this.outlets.merge(id, dto.duplicateId, actorOf(principal));
    return { outlet: OutletResponse.of(outlet), claimSourcesMoved };
  }
}
