import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/decorators.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { PaginationQuery } from '../common/pagination.dto.js';
import { uuidParam } from '../common/validation.pipe.js';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/role.js';
import { DEFAULT_API_KEY_SCOPES } from './api-key-scope.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyPage, ApiKeyView, CreatedApiKey } from './dto/api-key-view.dto.js';
import { CreateApiKeyDto } from './dto/create-api-key.dto.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Roles(Role.Admin)
@ApiErrors(401, 403, 429)
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key (admin); the key is returned once, only its hash is stored' })
  @ApiCreatedResponse({ type: CreatedApiKey })
  @ApiErrors(400)
  async create(@Body() body: CreateApiKeyDto, @CurrentPrincipal() principal: Principal): Promise<CreatedApiKey> {
    const createdBy = principal.kind === 'user' ? principal.userId : null;
    const { key, record } = await this.apiKeys.create(
      { name: body.name, scopes: body.scopes ?? DEFAULT_API_KEY_SCOPES, ownArticlesOnly: body.ownArticlesOnly ?? false },
      createdBy,
    );
    return Object.assign(new CreatedApiKey(), ApiKeyView.of(record), { key });
  }

  @Get()
  @ApiOperation({ summary: 'List API keys (admin), revoked ones included' })
  @ApiOkResponse({ type: ApiKeyPage })
  @ApiErrors(400)
  async list(@Query() page: PaginationQuery): Promise<ApiKeyPage> {
    const { items, total } = await this.apiKeys.list(page);
    return { items: items.map(ApiKeyView.of), total, limit: page.limit, offset: page.offset };
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key (admin); it stops working at once' })
  @ApiOkResponse({ type: ApiKeyView })
  @ApiErrors(400, 404)
  async revoke(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<ApiKeyView> {
    return ApiKeyView.of(await this.apiKeys.revoke(id, actingUser(principal)));
  }

  @Post(':id/roll')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new secret for an API key (admin), returned once; the old one stops working at once',
    description:
      'The same key: its id, name and scopes, and what it submitted stay its own (revising its articles, by PUT or ' +
      'by externalId, and its Idempotency-Keys). Revoking a key and creating another instead starts a new submitter. ' +
      'A revoked key is not rolled (409).',
  })
  @ApiOkResponse({ type: CreatedApiKey })
  @ApiErrors(400, 404, 409)
  async roll(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<CreatedApiKey> {
    const { key, record } = await this.apiKeys.roll(id, actingUser(principal));
    return Object.assign(new CreatedApiKey(), ApiKeyView.of(record), { key });
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API key (admin); same as POST /v1/api-keys/:id/revoke' })
  @ApiOkResponse({ type: ApiKeyView })
  @ApiErrors(400, 404)
  async remove(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<ApiKeyView> {
    // Keys are kept (revoked, not deleted) so audit events can still name them.
    return ApiKeyView.of(await this.apiKeys.revoke(id, actingUser(principal)));
  }
}

function actingUser(principal: Principal): string | null {
  return principal.kind === 'user' ? principal.userId : null;
}
