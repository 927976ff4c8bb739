import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { looksLikeApiKey } from '../api-keys/api-key-secret.js';
import { bearerToken } from './authorize.js';

/** The browser session: the access token in an HttpOnly cookie, out of reach of page scripts. */
export const SESSION_COOKIE = 'claimtrail_session';

/**
 * The session cookie's name over TLS. Browsers take a __Host- cookie only
 * with Secure, Path=/ and no Domain, set by this very host, so a sibling
 * subdomain or a page injected over plain HTTP cannot plant its own session
 * in the browser (signing the person into the planter's account) or
 * overwrite theirs. Plain HTTP (local development) keeps the bare name,
 * since a __Host- cookie needs Secure.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/**
 * Whether the request came over TLS: Fastify's protocol, which behind TRUST_PROXY is the
 * X-Forwarded-Proto the proxy wrote, as written. A scheme is case-insensitive (RFC 3986 3.1): read
 * as written, a proxy's "HTTPS" gave a session cookie without Secure, under the bare name any
 * sibling host or page over plain HTTP may plant.
 */
export function overTls(request: { protocol?: string }): boolean {
  return request.protocol?.toLowerCase() === 'https';
}

/** The cookie a session lives in: the __Host- one over TLS (overTls). */
export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * Cookie-authenticated writes must carry this header. A cross-site form or
 * image cannot set a custom header, and a cross-origin fetch that sets one
 * needs a CORS preflight this service never grants: together with
 * SameSite=Strict that closes request forgery.
 */
export const CSRF_HEADER = 'x-claimtrail-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CookieRequest {
  method: string;
  headers: Record<string, unknown>;
  protocol?: string;
  /** Fastify's host: X-Forwarded-Host when a trusted proxy (TRUST_PROXY) sent one, else the Host header. */
  host?: string;
}

export function cookieValue(header: unknown, name: string): string | null {
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The caller's token: a bearer header wins; a browser session sends its token in a cookie. */
export function requestToken(request: CookieRequest): string | null {
  const bearer = bearerToken(request.headers['authorization']);
  if (bearer) return bearer;
  const session = sessionToken(request);
  // The cookie holds what POST /v1/auth/session put there, a session; an API key in it authenticated
  // as the key, a second place for a long-lived secret that browsers send by themselves.
  if (session && looksLikeApiKey(session)) {
    throw new UnauthorizedException('API keys are sent as "Authorization: Bearer <key>", not in the session cookie');
  }
  return session;
}

/**
 * Whether the request sends credentials at all, good or bad: an Authorization
 * header of any form, or a session cookie with a value (an empty one counts as
 * none, as requestToken reads it).
 */
export function carriesCredentials(request: CookieRequest): boolean {
  if (request.headers['authorization'] !== undefined) return true;
  return Boolean(cookieValue(request.headers['cookie'], sessionCookieName(overTls(request))));
}

/**
 * The session token of a cookie-authenticated request, or null when there is
 * no session cookie. Throws 403 for a write without the CSRF header, or sent
 * from another origin.
 */
export function sessionToken(request: CookieRequest): string | null {
  // Over TLS only the __Host- cookie counts: a bare-named one may have been planted by a sibling host.
  const token = cookieValue(request.headers['cookie'], sessionCookieName(overTls(request)));
  if (!token) return null;
  if (SAFE_METHODS.has(request.method.toUpperCase())) return token;
  if (request.headers[CSRF_HEADER] !== '1') {
    throw new ForbiddenException(`Cookie-authenticated writes need the ${CSRF_HEADER}: 1 header`);
  }
  const origin = request.headers['origin'];
  if (typeof origin === 'string' && !sameOrigin(origin, request)) {
    throw new ForbiddenException('Cross-origin write refused');
  }
  return token;
}

/**
 * Whether a browser says this request comes from a page of this service: an
 * Origin naming this host, or (a browser that sends no Origin on this request)
 * Sec-Fetch-Site: same-origin. For cookie sessions whose pages cannot add the
 * CSRF header (the queue dashboard's bundled UI).
 */
export function fromSameOrigin(request: CookieRequest): boolean {
  const origin = request.headers['origin'];
  if (typeof origin === 'string') return sameOrigin(origin, request);
  return request.headers['sec-fetch-site'] === 'same-origin';
}

function sameOrigin(origin: string, request: CookieRequest): boolean {
  // The host the browser asked for: behind a proxy that rewrites Host (nginx's default sends the
  // upstream's "app:3000") the Host header alone made every write from the review UI cross-origin.
  const host = request.host ?? request.headers['host'];
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Set-Cookie value for a new session; Secure whenever the page came over TLS. */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${sessionCookieName(secure)}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${sessionCookieName(secure)}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie header of the answers that start, replace or end a session, for the document. */
export const SET_SESSION_COOKIE = (what: string) => ({
  'Set-Cookie': { description: `${what} (\`${SESSION_COOKIE}\`, HttpOnly, SameSite=Strict, Secure over TLS)`, schema: { type: 'string' } },
});
