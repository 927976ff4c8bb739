import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { CurrentPrincipal, RolesOrApiKey } from '../auth/decorators.js';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/role.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { PaginationQuery } from '../common/pagination.dto.js';
import { uuidParam } from '../common/validation.pipe.js';
import {
  ListDeliveriesQuery,
  ReplayDto,
  ReplayResult,
  WebhookDeliveryPage,
  WebhookDeliveryView,
} from './dto/webhook-delivery.dto.js';
import {
  CreateWebhookDto,
  CreatedWebhookEndpoint,
  RotatedSecret,
  UpdateWebhookDto,
  WebhookEndpointPage,
  WebhookEndpointView,
} from './dto/webhook-endpoint.dto.js';
import { WebhookEndpointsService, disablerOf } from './webhook-endpoints.service.js';

// Admins, and newsroom systems' API keys with the webhooks:manage scope. Such a key
// manages every endpoint, as an admin does: endpoints are not owned, and every
// endpoint may subscribe to every article's events.
@ApiTags('webhooks')
@ApiBearerAuth()
@RolesOrApiKey(ApiKeyScope.WebhooksManage, Role.Admin)
@ApiErrors(401, 403, 429)
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookEndpointsService) {}

  @Post()
  @ApiOperation({ summary: 'Register an endpoint (admin or webhooks:manage key); the signing secret is returned once' })
  @ApiCreatedResponse({ type: CreatedWebhookEndpoint })
  @ApiErrors(400)
  async create(@Body() body: CreateWebhookDto, @CurrentPrincipal() principal: Principal): Promise<CreatedWebhookEndpoint> {
    const by = principal.kind === 'user' ? `user:${principal.userId}` : `api-key:${principal.apiKeyId}`;
    const { endpoint, secret } = await this.webhooks.create(body, by);
    return Object.assign(new CreatedWebhookEndpoint(), WebhookEndpointView.of(endpoint), { secret });
  }

  @Get()
  @ApiOperation({ summary: 'List endpoints (admin or webhooks:manage key)' })
  @ApiOkResponse({ type: WebhookEndpointPage })
  @ApiErrors(400)
  async list(@Query() page: PaginationQuery): Promise<WebhookEndpointPage> {
    const { items, total } = await this.webhooks.list(page);
    return { items: items.map(WebhookEndpointView.of), total, limit: page.limit, offset: page.offset };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One endpoint (admin or webhooks:manage key), with why it is disabled if it is' })
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiErrors(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<WebhookEndpointView> {
    return WebhookEndpointView.of(await this.webhooks.get(id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, events or description; enabled: false/true disables or enables (admin or webhooks:manage key)' })
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiErrors(400, 404)
  async update(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateWebhookDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookEndpointView> {
    return WebhookEndpointView.of(await this.webhooks.update(id, body, disablerOf(principal)));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an endpoint (admin or webhooks:manage key): nothing is sent; pending and new deliveries fail unsent, for a replay once enabled' })
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiErrors(400, 404)
  async disable(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<WebhookEndpointView> {
    return WebhookEndpointView.of(await this.webhooks.update(id, { enabled: false }, disablerOf(principal)));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable an endpoint again (admin or webhooks:manage key); replay what failed meanwhile with …/deliveries/replay' })
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiErrors(400, 404)
  async enable(@Param('id', uuidParam('id')) id: string): Promise<WebhookEndpointView> {
    return WebhookEndpointView.of(await this.webhooks.update(id, { enabled: true }));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint and its delivery log (admin or webhooks:manage key)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  async remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'New signing secret (admin or webhooks:manage key); the old one signs too until previousSecretExpiresAt' })
  @ApiOkResponse({ type: RotatedSecret })
  @ApiErrors(400, 404)
  async rotate(@Param('id', uuidParam('id')) id: string): Promise<RotatedSecret> {
    return this.webhooks.rotateSecret(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The delivery log (admin or webhooks:manage key), newest first, each delivery with its attempts' })
  @ApiOkResponse({ type: WebhookDeliveryPage })
  @ApiErrors(400, 404)
  async deliveries(@Param('id', uuidParam('id')) id: string, @Query() query: ListDeliveriesQuery): Promise<WebhookDeliveryPage> {
    const { items, total } = await this.webhooks.deliveryPage(id, query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  @Post(':id/deliveries/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send every failed delivery created since a time (and before until, if given) again, in order, same webhook-id (admin or webhooks:manage key)',
  })
  @ApiOkResponse({ type: ReplayResult })
  @ApiErrors(400, 404, 409)
  async replay(@Param('id', uuidParam('id')) id: string, @Body() body: ReplayDto): Promise<ReplayResult> {
    return { replayed: await this.webhooks.replayFailed(id, body.since, body.until) };
  }

  @Get(':id/deliveries/:deliveryId')
  @ApiOperation({ summary: 'One delivery with its attempts (admin or webhooks:manage key)' })
  @ApiOkResponse({ type: WebhookDeliveryView })
  @ApiErrors(400, 404)
  async delivery(
    @Param('id', uuidParam('id')) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<WebhookDeliveryView> {
    return this.webhooks.delivery(id, deliveryId);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a finished delivery again with the same webhook-id (admin or webhooks:manage key)' })
  @ApiAcceptedResponse({ type: WebhookDeliveryView })
  @ApiErrors(400, 404, 409)
  async redeliver(
    @Param('id', uuidParam('id')) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<WebhookDeliveryView> {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
