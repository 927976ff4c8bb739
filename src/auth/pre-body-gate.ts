import { ForbiddenException, HttpException, NotFoundException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { PRINCIPAL_KEY, type RequestWithPrincipal } from './principal.js';
import { authenticateRequest } from './authenticate-request.js';
import { denialReason } from './authorize.js';
import type { PrincipalResolver } from './principal-resolver.service.js';
import type { RateLimiter } from './rate-limit/rate-limiter.service.js';
import { chargeCaller, routeAccessOf } from './route-access.js';
import { UI_FALLBACK_ROUTE } from '../ui/serve-ui.js';

/**
 * The largest body an open route takes: a sign-in is an address and a
 * password (under 600 bytes as JSON). Anyone may call these routes, so they
 * must not read and parse the 2 MB every other route allows.
 */
export const PUBLIC_BODY_LIMIT_BYTES = 16 * 1024;

/** The Fastify route config @Public() sets, so hooks that run before Nest's guard can tell open routes. */
export interface GateRouteConfig {
  public?: boolean;
}

// The API's own routes: each is closed unless @Public(). Bull Board checks its board cookie or token in its own
// onRequest hook, and the docs and the review UI's files take no body.
const API_PATH = /^\/+v1(\/|$|\?)/i;

export interface PreBodyGateDeps {
  resolver: PrincipalResolver;
  limiter: RateLimiter;
  /** Sends an exception as the API's error answer (AllExceptionsFilter.answer). */
  answer: (exception: unknown, request: FastifyRequest, reply: FastifyReply) => void;
}

// Fastify never reads the body of these (its "bodyless" methods): nothing to guard, and a route that
// answers a caller without credentials (GET /v1/auth/session) must not be told 401 for a body it ignores.
const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'TRACE']);

function announcesBody(request: FastifyRequest): boolean {
  if (BODYLESS_METHODS.has(request.method)) return false;
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function isPublicRoute(config: unknown): boolean {
  return (config as GateRouteConfig | undefined)?.public === true;
}

/**
 * Fastify reads and parses a request's body before Nest's guard runs, so any
 * client could make the service parse a 2 MB JSON body (about 300 ms of CPU
 * for a million numbers) on a closed route, a route that does not exist, a
 * route their role or key may not use, or the sign-in, only to be told 401,
 * 403, 404 or 400. This answers those before one byte of the body is read: a
 * closed API route authenticates the caller and checks the route's declared
 * access first (stampRouteAccess; the guard decides again, with the same
 * reading), an unknown route is a 404 at once (charged to the address's
 * budget, with or without a body), and an open route takes at most
 * PUBLIC_BODY_LIMIT_BYTES.
 */
export function registerPreBodyGate(fastify: FastifyInstance, deps: PreBodyGateDeps): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (isPublicRoute(route.config)) route.bodyLimit = Math.min(route.bodyLimit ?? Infinity, PUBLIC_BODY_LIMIT_BYTES);
  });
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (API_PATH.test(request.url) && (request.is404 || request.routeOptions.url === UI_FALLBACK_ROUTE)) {
      const refusal = await chargeUnknownPath(request, reply, deps.limiter);
      if (refusal !== undefined) {
        deps.answer(refusal, request, reply);
        return reply;
      }
    }
    if (!announcesBody(request)) return;
    if (request.is404) {
      deps.answer(new NotFoundException(`Cannot ${request.method} ${request.url}`), request, reply);
      return reply;
    }
    if (!API_PATH.test(request.url) || isPublicRoute(request.routeOptions.config)) return;
    const refusal = await refusedCredentials(request, reply, deps);
    if (refusal === undefined) return;
    deps.answer(refusal, request, reply);
    return reply;
  });
}

/**
 * A request for an API path that does not exist (the router found nothing, or
 * only the review UI's fallback, which answers a GET for it with a 404) draws from the address's
 * budget, as a refused credential does: a client walking the API for paths
 * (a scanner, a misconfigured poller) got unlimited 404s. The 429 past the
 * budget, or undefined to answer the 404.
 */
async function chargeUnknownPath(request: FastifyRequest, reply: FastifyReply, limiter: RateLimiter): Promise<HttpException | undefined> {
  try {
    await limiter.consumeRefused(request.ip, reply);
    return undefined;
  } catch (error) {
    if (error instanceof HttpException) return error;
    throw error;
  }
}

/** Why the caller is refused (as the guard would refuse them), or undefined to go on. */
async function refusedCredentials(request: FastifyRequest, reply: FastifyReply, deps: PreBodyGateDeps): Promise<unknown> {
  try {
    // Kept for the guard, which would otherwise resolve the same token again (a JWT check, a revocation
    // lookup and the user row for every write).
    const principal = await authenticateRequest(request, request.ip, reply, deps.resolver, deps.limiter);
    (request as RequestWithPrincipal)[PRINCIPAL_KEY] = principal;
    const access = routeAccessOf(request.routeOptions.config);
    const reason = access ? denialReason(principal, access.policy) : null;
    if (reason === null) return undefined;
    // A refused request draws from the caller's budgets, as it does when the guard refuses it.
    await chargeCaller(deps.limiter, principal, access?.budget, request.ip, reply);
    return new ForbiddenException(reason);
  } catch (error) {
    // 401, 403 (a cookie write without the CSRF header) or 429 (past a budget), as the guard would
    // answer; anything else (the database away) is the guard's to answer.
    return error instanceof HttpException ? error : undefined;
  }
}
