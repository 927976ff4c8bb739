import type { AppConfig } from '../../config/index.js';
import type { Principal } from '../principal.js';

export interface Bucket {
  /** Redis/memory key: which budget this request draws from. */
  key: string;
  limit: number;
  windowMs: number;
}

export interface RouteKind {
  isPublic: boolean;
  isLogin: boolean;
}

/**
 * Which budget a request draws from, or null for none. Runs after AuthGuard,
 * so an authenticated API key is known: its requests share the key's budget
 * wherever they come from; everything else is counted per IP address.
 */
export function bucketFor(
  limits: AppConfig['rateLimit'],
  route: RouteKind,
  principal: Principal | undefined,
  ip: string,
): Bucket | null {
  const windowMs = limits.ttlMs;
  if (route.isLogin) return { key: `login:ip:${ip}`, limit: limits.loginPerIp, windowMs };
  // Other public routes are health, metrics and docs: probes and scrapers must
  // not be throttled into reporting the service down.
  if (route.isPublic) return null;
  if (principal?.kind === 'api-key') return { key: `key:${principal.apiKeyId}`, limit: limits.perApiKey, windowMs };
  return { key: `ip:${ip}`, limit: limits.perIp, windowMs };
}
