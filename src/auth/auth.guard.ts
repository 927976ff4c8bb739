import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bearerToken, denialReason } from './authorize.js';
import { ALLOW_API_KEY, IS_PUBLIC, ROLES_KEY } from './decorators.js';
import { PRINCIPAL_KEY, type RequestWithPrincipal } from './principal.js';
import { PrincipalResolver } from './principal-resolver.service.js';
import type { Role } from './role.js';

/**
 * Global guard (APP_GUARD): every route needs an active user unless it says
 * otherwise with @Public(), @AllowApiKey() or @Roles(). Deny by default, so a
 * new route someone forgets to annotate is closed, not open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Guards also run for non-HTTP handlers (none today); only HTTP carries credentials.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<RequestWithPrincipal & { headers: Record<string, unknown> }>();
    const token = bearerToken(request.headers['authorization']);
    if (!token) throw new UnauthorizedException('Missing or malformed Authorization header; expected "Bearer <token>"');

    const principal = await this.resolver.resolve(token);
    request[PRINCIPAL_KEY] = principal;

    const reason = denialReason(principal, {
      allowApiKey: this.reflector.getAllAndOverride<boolean>(ALLOW_API_KEY, targets) ?? false,
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
    });
    if (reason) throw new ForbiddenException(reason);
    return true;
  }
}
