import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey, isWellFormedApiKey, looksLikeApiKey } from './api-key-secret.js';

describe('API key secrets', () => {
  it('generates ctk_ keys carrying 32 random bytes as base64url', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^ctk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(32);
    expect(prefix).toBe(key.slice(0, 12));
    expect(hash).toEqual(hashApiKey(key));
    expect(hash).toHaveLength(32);
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => generateApiKey().key));
    expect(keys.size).toBe(1000);
  });

  it('verifies the right key and rejects any other', () => {
    const { key, hash } = generateApiKey();
    expect(apiKeyMatches(key, hash)).toBe(true);
    const flipped = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect(apiKeyMatches(flipped, hash)).toBe(false);
    expect(apiKeyMatches(generateApiKey().key, hash)).toBe(false);
    // A corrupt stored hash of another length must not throw (timingSafeEqual would).
    expect(apiKeyMatches(key, Buffer.alloc(3))).toBe(false);
  });

  it('tells keys from JWTs and rejects malformed keys before any lookup', () => {
    expect(looksLikeApiKey(generateApiKey().key)).toBe(true);
    expect(looksLikeApiKey('eyJhbGciOiJIUzI1NiJ9.e30.x')).toBe(false);
    expect(isWellFormedApiKey('ctk_short')).toBe(false);
    expect(isWellFormedApiKey('ctk_' + 'a'.repeat(42) + '!')).toBe(false);
    expect(isWellFormedApiKey(generateApiKey().key)).toBe(true);
    expect(apiKeyPrefix('ctk_abcdefghXYZ')).toBe('ctk_abcdefgh');
  });
});
