import { Body, Controller, HttpCode, Put, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { RequestId } from '../common/request-id.decorator.js';
import { ChangeOwnPasswordDto } from '../users/dto/password.dto.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal } from './decorators.js';
import { AccessTokenView } from './dto/login.dto.js';
import type { Principal } from './principal.js';
import { LoginRateLimit } from './rate-limit/rate-limiter.service.js';
import { SET_SESSION_COOKIE, overTls, sessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('v1/auth/password')
export class PasswordController {
  constructor(private readonly auth: AuthService) {}

  @LoginRateLimit()
  @Put()
  @HttpCode(200)
  @ApiCookieAuth('session')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change your own password; every session of the account ends, this one continues',
    description:
      'People only (not API keys). A wrong `currentPassword` is 403 and counts towards the account lock-out as a failed ' +
      'sign-in does; a `newPassword` equal to `currentPassword` is 400. A browser session gets a new session cookie (204); a bearer caller gets a new access token (200).',
  })
  @ApiOkResponse({ type: AccessTokenView, description: 'Bearer callers: the token for the new session' })
  @ApiNoContentResponse({ description: 'Cookie sessions: the new session is in the Set-Cookie header', headers: SET_SESSION_COOKIE('The new session cookie') })
  @ApiErrors(400, 401, 403, 429)
  async change(
    @Body() body: ChangeOwnPasswordDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string | undefined,
  ): Promise<AccessTokenView | undefined> {
    if (principal.kind !== 'user') throw new UnauthorizedException('Not signed in as a user');
    const { accessToken, expiresIn } = await this.auth.changeOwnPassword(principal.userId, body.currentPassword, body.newPassword, {
      ip: request.ip,
      reply,
      requestId,
    });
    if (request.headers.authorization) return { accessToken, tokenType: 'Bearer', expiresIn };
    reply.header('Set-Cookie', sessionCookie(accessToken, expiresIn, overTls(request)));
    reply.status(204);
    return undefined;
  }
}
