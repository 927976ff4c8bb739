import type { Redis } from 'ioredis';
import { MemoryRateLimitStore, RedisRateLimitStore } from './rate-limit.store.js';

describe('MemoryRateLimitStore', () => {
  it('counts within a fixed window and starts afresh when it ends', async () => {
    let now = 0;
    const store = new MemoryRateLimitStore(() => now);
    await expect(store.hit('a', 1000)).resolves.toEqual({ hits: 1, resetMs: 1000 });
    now = 400;
    await expect(store.hit('a', 1000)).resolves.toEqual({ hits: 2, resetMs: 600 });
    await expect(store.hit('b', 1000)).resolves.toEqual({ hits: 1, resetMs: 1000 });
    now = 1000;
    await expect(store.hit('a', 1000)).resolves.toEqual({ hits: 1, resetMs: 1000 });
  });

  it('stays bounded under a flood of distinct keys', async () => {
    const store = new MemoryRateLimitStore(Date.now, 10);
    for (let i = 0; i < 100; i++) await store.hit(`ip:${i}`, 60_000);
    await expect(store.hit('ip:fresh', 60_000)).resolves.toMatchObject({ hits: 1 });
  });
});

describe('RedisRateLimitStore', () => {
  it('falls back to per-process counting when Redis fails, instead of failing the request', async () => {
    const broken = {
      eval: async () => {
        throw new Error('Connection is closed.');
      },
    } as unknown as Redis;
    const store = new RedisRateLimitStore(broken, 'test');
    await expect(store.hit('k', 1000)).resolves.toMatchObject({ hits: 1 });
    await expect(store.hit('k', 1000)).resolves.toMatchObject({ hits: 2 });
  });
});
