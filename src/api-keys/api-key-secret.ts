import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_MARKER = 'ctk_';
const RANDOM_BYTES = 32;
// base64url of 32 bytes is 43 characters.
const API_KEY_PATTERN = /^ctk_[A-Za-z0-9_-]{43}$/;
// "ctk_" plus 8 random characters (48 bits): shown in listings to tell keys
// apart and used as the lookup index; the rest of the key stays secret.
const PREFIX_LENGTH = API_KEY_MARKER.length + 8;

export interface GeneratedApiKey {
  key: string;
  prefix: string;
  hash: Buffer;
}

export function generateApiKey(): GeneratedApiKey {
  const key = API_KEY_MARKER + randomBytes(RANDOM_BYTES).toString('base64url');
  return { key, prefix: apiKeyPrefix(key), hash: hashApiKey(key) };
}

/** Cheap syntactic check: tells API keys from JWTs before any lookup. */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_MARKER);
}

export function isWellFormedApiKey(token: string): boolean {
  return API_KEY_PATTERN.test(token);
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

// Keys carry 256 random bits, so a fast hash is enough: nobody can brute-force
// the preimage, and a slow KDF would cost on every request.
export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** Constant-time comparison of a presented key with a stored hash. */
export function apiKeyMatches(key: string, storedHash: Buffer): boolean {
  const presented = hashApiKey(key);
  return storedHash.length === presented.length && timingSafeEqual(presented, storedHash);
}
