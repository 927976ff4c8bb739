import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { denialReason } from './authorize.js';
import { ANSWERS_ANONYMOUS, IS_PUBLIC } from './decorators.js';
import { authenticateRequest } from './authenticate-request.js';
import { PRINCIPAL_KEY, type Principal, type RequestWithPrincipal } from './principal.js';
import { PrincipalResolver } from './principal-resolver.service.js';
import { RateLimiter, type HttpReply } from './rate-limit/rate-limiter.service.js';
import { chargeCaller, declaredAccess } from './route-access.js';
import { carriesCredentials } from './session-cookie.js';

type HttpRequest = RequestWithPrincipal & { method: string; headers: Record<string, unknown>; ip?: string };

/**
 * Global guard (APP_GUARD): who is calling, how much may they, what may they.
 * Every route needs an active user unless it says otherwise with @Public(),
 * @AllowApiKey() or @Roles(). Deny by default, so a route someone forgets to
 * annotate is closed, not open. Rate limiting lives here rather than in a
 * second guard so the order is explicit and refused requests count too.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: PrincipalResolver,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Guards also run for non-HTTP handlers (none today); only HTTP carries credentials.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const reply = http.getResponse<HttpReply>();
    const ip = request.ip ?? 'unknown';
    const { policy, budget } = declaredAccess(this.reflector, context.getHandler(), context.getClass());

    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      // Public routes draw only from their own budget, if any (login, readiness);
      // liveness, metrics and docs are not limited: scrapers must not be throttled.
      if (budget) await this.limiter.consumeRoute(budget, undefined, ip, reply);
      return true;
    }

    if (this.reflector.getAllAndOverride<boolean>(ANSWERS_ANONYMOUS, targets) && !carriesCredentials(request)) {
      // Drawn from the address's budget like any caller known only by it.
      await this.limiter.consumeAnonymous(ip, reply);
      return true;
    }

    const principal = await this.authenticate(request, ip, reply);
    request[PRINCIPAL_KEY] = principal;
    await chargeCaller(this.limiter, principal, budget, ip, reply);

    const reason = denialReason(principal, policy);
    if (reason) throw new ForbiddenException(reason);
    return true;
  }

  private async authenticate(request: HttpRequest, ip: string, reply: HttpReply): Promise<Principal> {
    // Resolved a moment ago by the pre-body gate (src/auth/pre-body-gate.ts), for a request with a body.
    return request[PRINCIPAL_KEY] ?? authenticateRequest(request, ip, reply, this.resolver, this.limiter);
  }

}
