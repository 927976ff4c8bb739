import type { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { RouteConfig } from '@nestjs/platform-fastify';
import { applyDecorators, createParamDecorator, SetMetadata, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { principalOf, type Principal } from './principal.js';
import type { GateRouteConfig } from './pre-body-gate.js';
import type { Role } from './role.js';

export const IS_PUBLIC = 'claimtrail:public';
export const ALLOW_API_KEY = 'claimtrail:allow-api-key';
export const ROLES_KEY = 'claimtrail:roles';
export const API_KEY_SCOPE = 'claimtrail:api-key-scope';
export const ANSWERS_ANONYMOUS = 'claimtrail:answers-anonymous';

/**
 * Open to everyone, no credentials needed (health, metrics, docs, login). The
 * route config tells the pre-body gate, which runs before Nest's guard, too.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), RouteConfig({ public: true } satisfies GateRouteConfig));

/**
 * Let API keys holding `scope` call this route (or every route of this
 * controller) too. A method's scope overrides its controller's.
 */
export const AllowApiKey = (scope: ApiKeyScope) => applyDecorators(SetMetadata(ALLOW_API_KEY, true), SetMetadata(API_KEY_SCOPE, scope));

/**
 * A caller who sends no credentials at all is let through with no principal,
 * for the handler to answer (who is signed in: nobody). Credentials that are
 * sent are checked as on any closed route, so a bad, expired or revoked one
 * is still 401: only their absence is an answer, never their failure.
 */
export const AnswersAnonymous = () => SetMetadata(ANSWERS_ANONYMOUS, true);

export const KEY_SCOPE_BESIDE_ROLES = 'claimtrail:key-scope-beside-roles';

/** Restrict to users holding one of these roles; API keys never pass. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Users holding one of these roles, or API keys holding `scope`. Unlike
 * `@Roles` next to an `@AllowApiKey` (where keys never pass), the scope is
 * part of the same declaration, so a handler that names other roles does not
 * inherit it from its controller.
 */
export const RolesOrApiKey = (scope: ApiKeyScope, ...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), SetMetadata(KEY_SCOPE_BESIDE_ROLES, scope));

/**
 * The authenticated caller. On a @Public() route there is none, so this
 * throws 401 rather than hand the handler an undefined it did not expect.
 */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = principalOf(ctx.switchToHttp().getRequest());
  if (!principal) throw new UnauthorizedException('Authentication required');
  return principal;
});

/** The authenticated caller, or undefined for the caller without credentials an @AnswersAnonymous() route lets in. */
export const OptionalPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal | undefined =>
  principalOf(ctx.switchToHttp().getRequest()),
);
