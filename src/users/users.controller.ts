import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/decorators.js';
import { PageQueryDto } from '../auth/dto/page-query.dto.js';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/role.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UserPage, UserView } from './dto/user-view.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (admin)' })
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'A user with this email already exists' })
  async create(@Body() body: CreateUserDto): Promise<UserView> {
    return UserView.of(await this.users.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'List users (admin), oldest first' })
  @ApiOkResponse({ type: UserPage })
  async list(@Query() page: PageQueryDto): Promise<UserPage> {
    const { items, total } = await this.users.list(page);
    return { items: items.map(UserView.of), total, limit: page.limit, offset: page.offset };
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a user (admin); their tokens stop working at once' })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'Admins cannot deactivate themselves' })
  async deactivate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserView> {
    // @Roles(admin) guarantees a user principal here; API keys never reach this handler.
    const actingUserId = principal.kind === 'user' ? principal.userId : '';
    return UserView.of(await this.users.deactivate(id, actingUserId));
  }
}
