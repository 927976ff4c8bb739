import { callerBucket, loginBucket, refusedBucket } from './rate-limit.policy.js';

const limits = { ttlMs: 60_000, perIp: 600, perApiKey: 6000, loginPerIp: 10 };

describe('rate-limit buckets', () => {
  it('counts API keys per key, wherever the requests come from', () => {
    const principal = { kind: 'api-key', apiKeyId: 'k1', name: 'cms' } as const;
    expect(callerBucket(limits, principal, '10.0.0.1')).toEqual({ key: 'key:k1', limit: 6000, windowMs: 60_000 });
    expect(callerBucket(limits, principal, '10.0.0.2').key).toBe('key:k1');
  });

  it('counts users, and requests refused with 401, per IP in one budget', () => {
    const user = { kind: 'user', userId: 'u1', role: 'admin' } as const;
    expect(callerBucket(limits, user, '10.0.0.1')).toEqual({ key: 'ip:10.0.0.1', limit: 600, windowMs: 60_000 });
    expect(refusedBucket(limits, '10.0.0.1')).toEqual(callerBucket(limits, user, '10.0.0.1'));
  });

  it('gives login its own strict per-IP budget', () => {
    expect(loginBucket(limits, '10.0.0.1')).toEqual({ key: 'login:ip:10.0.0.1', limit: 10, windowMs: 60_000 });
  });
});
