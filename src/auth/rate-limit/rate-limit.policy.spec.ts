import { bucketFor } from './rate-limit.policy.js';

const limits = { ttlMs: 60_000, perIp: 600, perApiKey: 6000, loginPerIp: 10 };
const route = { isPublic: false, isLogin: false };

describe('bucketFor', () => {
  it('counts API keys per key, wherever the requests come from', () => {
    const principal = { kind: 'api-key', apiKeyId: 'k1', name: 'cms' } as const;
    expect(bucketFor(limits, route, principal, '10.0.0.1')).toEqual({ key: 'key:k1', limit: 6000, windowMs: 60_000 });
    expect(bucketFor(limits, route, principal, '10.0.0.2')?.key).toBe('key:k1');
  });

  it('counts users and anonymous callers per IP', () => {
    const user = { kind: 'user', userId: 'u1', role: 'admin' } as const;
    expect(bucketFor(limits, route, user, '10.0.0.1')).toEqual({ key: 'ip:10.0.0.1', limit: 600, windowMs: 60_000 });
    expect(bucketFor(limits, route, undefined, '10.0.0.1')?.key).toBe('ip:10.0.0.1');
  });

  it('gives login its own strict per-IP budget', () => {
    expect(bucketFor(limits, { isPublic: true, isLogin: true }, undefined, '10.0.0.1')).toEqual({
      key: 'login:ip:10.0.0.1',
      limit: 10,
      windowMs: 60_000,
    });
  });

  it('never throttles the other public routes (health, metrics, docs)', () => {
    expect(bucketFor(limits, { isPublic: true, isLogin: false }, undefined, '10.0.0.1')).toBeNull();
  });
});
