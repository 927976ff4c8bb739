import { Body, ConflictException, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/decorators.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { PaginationQuery } from '../common/pagination.dto.js';
import { uuidParam } from '../common/validation.pipe.js';
import type { Principal } from '../auth/principal.js';
import { RateLimiter } from '../auth/rate-limit/rate-limiter.service.js';
import { Role } from '../auth/role.js';
import { ChangeRoleDto } from './dto/change-role.dto.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { SetPasswordDto } from './dto/password.dto.js';
import { UserPage, UserView } from './dto/user-view.dto.js';
import { normalizeEmail } from './normalize-email.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Roles(Role.Admin)
@ApiErrors(401, 403, 429)
@Controller('v1/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly limiter: RateLimiter,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (admin)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(400, 409)
  async create(@Body() body: CreateUserDto, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return UserView.of(await this.users.create(body, principal.kind === 'user' ? principal.userId : null));
  }

  @Get()
  @ApiOperation({ summary: 'List users (admin), oldest first' })
  @ApiOkResponse({ type: UserPage })
  @ApiErrors(400)
  async list(@Query() page: PaginationQuery): Promise<UserPage> {
    const { items, total } = await this.users.list(page);
    return { items: items.map(UserView.of), total, limit: page.limit, offset: page.offset };
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Deactivate a user (admin); their tokens stop working at once',
    description: 'API keys they created are not theirs and keep working: revoke those whose secret they saw.',
  })
  @ApiOkResponse({ type: UserView })
  @ApiErrors(400, 404, 409)
  async deactivate(
    @Param('id', uuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserView> {
    // @Roles(admin) guarantees a user principal here; API keys never reach this handler.
    const actingUserId = principal.kind === 'user' ? principal.userId : '';
    return UserView.of(await this.users.deactivate(id, actingUserId));
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reactivate a user (admin); they sign in again, and their sessions from before the deactivation stay ended',
  })
  @ApiOkResponse({ type: UserView })
  @ApiErrors(400, 404)
  async reactivate(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    const actingUserId = principal.kind === 'user' ? principal.userId : '';
    return UserView.of(await this.users.reactivate(id, actingUserId));
  }

  @Put(':id/password')
  @HttpCode(204)
  @ApiOperation({
    summary: "Set a user's password (admin), e.g. a forgotten one; every session of that account ends",
    description: 'Your own password is changed with PUT /v1/auth/password, which asks for the current one (409 here).',
  })
  @ApiNoContentResponse({ description: 'Set' })
  @ApiErrors(400, 404, 409)
  async setPassword(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SetPasswordDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    const actingUserId = principal.kind === 'user' ? principal.userId : '';
    if (id === actingUserId) throw new ConflictException('Change your own password with PUT /v1/auth/password (it asks for the current one)');
    const user = await this.users.changePassword(id, body.password, actingUserId);
    // A forgotten password is what locks people out: the new one must work at once, not after the lock-out.
    await this.limiter.clearLockout(normalizeEmail(user.email));
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's role (admin); their sessions follow within seconds" })
  @ApiOkResponse({ type: UserView })
  @ApiErrors(400, 404, 409)
  async changeRole(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ChangeRoleDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserView> {
    const actingUserId = principal.kind === 'user' ? principal.userId : '';
    return UserView.of(await this.users.changeRole(id, body.role, actingUserId));
  }
}
