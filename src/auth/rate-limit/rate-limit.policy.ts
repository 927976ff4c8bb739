import type { AppConfig } from '../../config/index.js';
import type { Principal } from '../principal.js';

type Limits = AppConfig['rateLimit'];

export interface Bucket {
  /** Redis/memory key: which budget this request draws from. */
  key: string;
  limit: number;
  windowMs: number;
}

/** Login attempts: a strict budget per address, whatever the outcome, to slow password guessing. */
export function loginBucket(limits: Limits, ip: string): Bucket {
  return { key: `login:ip:${ip}`, limit: limits.loginPerIp, windowMs: limits.ttlMs };
}

/**
 * An authenticated caller: an API key's requests share the key's budget
 * wherever they come from; users are counted per IP address.
 */
export function callerBucket(limits: Limits, principal: Principal, ip: string): Bucket {
  if (principal.kind === 'api-key') return { key: `key:${principal.apiKeyId}`, limit: limits.perApiKey, windowMs: limits.ttlMs };
  return { key: `ip:${ip}`, limit: limits.perIp, windowMs: limits.ttlMs };
}

/** Requests refused for bad credentials draw from the per-IP budget too. */
export function refusedBucket(limits: Limits, ip: string): Bucket {
  return { key: `ip:${ip}`, limit: limits.perIp, windowMs: limits.ttlMs };
}
