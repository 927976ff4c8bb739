import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import type { RoutePolicy } from './authorize.js';
import { ALLOW_API_KEY, API_KEY_SCOPE, IS_PUBLIC, KEY_SCOPE_BESIDE_ROLES, ROLES_KEY } from './decorators.js';
import type { Budget } from './rate-limit/rate-limit.policy.js';
import { RATE_BUDGET, type HttpReply, type RateLimiter } from './rate-limit/rate-limiter.service.js';
import type { Principal } from './principal.js';
import type { Role } from './role.js';

/** Who may call a route and from which rate budget, as its decorators declare it (handler over controller). */
export interface RouteAccess {
  policy: RoutePolicy;
  budget?: Budget;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what Nest's reflector takes
type Target = Function;

/** Read once per request by the guard, and once per route at start-up for the pre-body gate: one reading. */
export function declaredAccess(reflector: Reflector, handler: Target, controller: Target): RouteAccess {
  const targets = [handler, controller];
  // The key scope declared beside the roles counts only where those roles come from (handler or controller).
  const rolesFrom = targets.find((target) => reflector.get<Role[] | undefined>(ROLES_KEY, target) !== undefined);
  return {
    policy: {
      allowApiKey: reflector.getAllAndOverride<boolean>(ALLOW_API_KEY, targets) ?? false,
      roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      scope: reflector.getAllAndOverride<string | undefined>(API_KEY_SCOPE, targets),
      keyScopeBesideRoles: rolesFrom ? reflector.get<string | undefined>(KEY_SCOPE_BESIDE_ROLES, rolesFrom) : undefined,
    },
    budget: reflector.getAllAndOverride<Budget | undefined>(RATE_BUDGET, targets),
  };
}

/** The Fastify route config key under which each closed route carries its access, for hooks that run before Nest's guard. */
export const ROUTE_ACCESS = 'access';

/**
 * Copies each closed route's declared access into its Fastify route config
 * (Nest copies a handler's route config when it registers the route), so the
 * pre-body gate can refuse a caller the route does not admit before reading
 * the body. Must run before the application registers its routes (app.init).
 */
export function stampRouteAccess(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): void {
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Target | null;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, Target>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue; // not a route
      if (reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, controller])) continue;
      const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ?? {}) as Record<string, unknown>;
      Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, [ROUTE_ACCESS]: declaredAccess(reflector, handler, controller) }, handler);
    }
  }
}

/** One request of an authenticated caller, allowed or refused, drawn from their budget and the route's own. */
export async function chargeCaller(limiter: RateLimiter, principal: Principal, budget: Budget | undefined, ip: string, reply: HttpReply): Promise<void> {
  await limiter.consumeCaller(principal, ip, reply);
  if (budget) await limiter.consumeRoute(budget, principal, ip, reply);
}

export function routeAccessOf(config: unknown): RouteAccess | undefined {
  return (config as Record<string, RouteAccess | undefined> | undefined)?.[ROUTE_ACCESS];
}
