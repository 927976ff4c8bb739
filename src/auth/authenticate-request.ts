import { UnauthorizedException } from '@nestjs/common';
import type { Principal } from './principal.js';
import type { PrincipalResolver } from './principal-resolver.service.js';
import type { HttpReply, RateLimiter } from './rate-limit/rate-limiter.service.js';
import { requestToken, type CookieRequest } from './session-cookie.js';

export const MISSING_CREDENTIALS = 'Missing or malformed Authorization header; expected "Bearer <token>"';

/**
 * The caller a request's credentials name (a JWT or an API key, from the
 * Authorization header or the session cookie), for the guard and for the
 * pre-body gate alike. Refused credentials spend the address's budget too: a
 * flood of bad tokens or keys (each one a database lookup) turns into 429s.
 * A cookie write without the CSRF header throws the 403 requestToken throws.
 */
export async function authenticateRequest(
  request: CookieRequest,
  ip: string,
  reply: HttpReply,
  resolver: PrincipalResolver,
  limiter: RateLimiter,
): Promise<Principal> {
  try {
    const token = requestToken(request);
    if (!token) throw new UnauthorizedException(MISSING_CREDENTIALS);
    return await resolver.resolve(token);
  } catch (error) {
    if (error instanceof UnauthorizedException) await limiter.consumeRefused(ip, reply);
    throw error;
  }
}
