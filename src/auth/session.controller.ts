import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { RequestId } from '../common/request-id.decorator.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { AnswersAnonymous, OptionalPrincipal, Public } from './decorators.js';
import { LoginDto } from './dto/login.dto.js';
import { NewSessionView, SessionView } from './dto/session.dto.js';
import type { Principal } from './principal.js';
import { AddressRateLimit, LoginRateLimit } from './rate-limit/rate-limiter.service.js';
import { looksLikeApiKey } from '../api-keys/api-key-secret.js';
import { bearerToken } from './authorize.js';
import { CSRF_HEADER, SET_SESSION_COOKIE, clearedSessionCookie, overTls, sessionCookie, sessionToken } from './session-cookie.js';

/**
 * The browser's sign-in: the same check as POST /v1/auth/login, but the token
 * goes into an HttpOnly, SameSite=Strict cookie the page's scripts never see.
 */
@ApiTags('auth')
@Controller('v1/auth/session')
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @LoginRateLimit()
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in a browser: sets an HttpOnly session cookie',
    description: `Writes authenticated by the cookie must send the header \`${CSRF_HEADER}: 1\`.`,
  })
  @ApiOkResponse({ type: NewSessionView, headers: SET_SESSION_COOKIE('The session cookie') })
  @ApiErrors(400, 401, 429)
  async create(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestId() requestId: string | undefined,
  ): Promise<NewSessionView> {
    const { user, accessToken, expiresIn } = await this.auth.signIn(body.email, body.password, {
      ip: request.ip,
      reply,
      requestId,
    });
    reply.header('Set-Cookie', sessionCookie(accessToken, expiresIn, overTls(request)));
    return { user: { id: user.id, email: user.email, role: user.role }, expiresIn };
  }

  // No credentials at all is an answer, not an error: the review UI asks at every first visit, signed in or
  // not (its cookie is HttpOnly), and a 401 there was a console error in every browser for every visitor.
  @AnswersAnonymous()
  @Get()
  @ApiCookieAuth('session')
  @ApiBearerAuth()
  @ApiSecurity({})
  @ApiOperation({
    summary: 'Who is signed in',
    description:
      'A request without credentials (no session cookie, no `Authorization` header) is answered `200 {"user": null}`. ' +
      'Credentials that are sent are checked: an expired, revoked or malformed session or token is `401`, an API key `403`.',
  })
  @ApiOkResponse({ type: SessionView })
  @ApiErrors(400, 401)
  async current(@OptionalPrincipal() principal: Principal | undefined): Promise<SessionView> {
    if (!principal) return { user: null };
    const user = principal.kind === 'user' ? await this.users.findById(principal.userId) : null;
    if (!user) throw new UnauthorizedException('Not signed in as a user');
    return { user: { id: user.id, email: user.email, role: user.role } };
  }

  @Public()
  @AddressRateLimit()
  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: ends the session (its token is refused from now on) and clears the cookie',
    description:
      'Ends the session cookie\'s token and a bearer token from `POST /v1/auth/login` sent with it. ' +
      'An API key is not ended here: an admin revokes it.',
  })
  @ApiNoContentResponse({ description: 'Signed out', headers: SET_SESSION_COOKIE('The session cookie, cleared') })
  // 403: a session cookie sent without the CSRF header (sessionToken), as on every cookie write.
  @ApiErrors(400, 403)
  async end(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const cookie = sessionToken(request);
    // A script signed in with POST /v1/auth/login ends its token the same way: answered 204 and left
    // working, a token someone copied stayed good for its remaining 12 hours.
    const bearer = bearerToken(request.headers.authorization);
    const tokens = new Set([cookie, bearer && !looksLikeApiKey(bearer) ? bearer : null]);
    for (const token of tokens) if (token) await this.auth.signOut(token);
    reply.header('Set-Cookie', clearedSessionCookie(overTls(request)));
  }
}
