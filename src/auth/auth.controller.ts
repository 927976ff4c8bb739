import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequestId } from '../common/request-id.decorator.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AuthService } from './auth.service.js';
import { Public } from './decorators.js';
import { AccessTokenView, LoginDto } from './dto/login.dto.js';
import { LoginRateLimit } from './rate-limit/rate-limiter.service.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @LoginRateLimit()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange email and password for a signed access token (JWT)' })
  @ApiOkResponse({ type: AccessTokenView })
  @ApiErrors(400, 401, 429)
  login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string | undefined,
  ): Promise<AccessTokenView> {
    return this.auth.login(body.email, body.password, { ip: request.ip, reply, requestId });
  }
}
