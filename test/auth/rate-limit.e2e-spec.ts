import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisRateLimitStore } from '../../src/auth/rate-limit/rate-limit.store.js';
import { deleteRedisKeys } from '../support/redis.js';
import { sleep } from '../support/wait-for.js';
import { ADMIN } from '../support/admin.js';
import { startAuthTestApp, type AuthTestApp } from './support/auth-app.js';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('RedisRateLimitStore against Redis', () => {
  const prefix = `test-rl-${randomBytes(4).toString('hex')}`;
  afterAll(() => deleteRedisKeys(REDIS_URL, `${prefix}:*`));

  it('shares one count between processes (two stores, one key)', async () => {
    const a = new RedisRateLimitStore(new Redis(REDIS_URL), prefix);
    const b = new RedisRateLimitStore(new Redis(REDIS_URL), prefix);
    try {
      await expect(a.hit('shared', 5000)).resolves.toMatchObject({ hits: 1 });
      await expect(b.hit('shared', 5000)).resolves.toMatchObject({ hits: 2 });
      const { resetMs } = await a.hit('shared', 5000);
      expect(resetMs).toBeGreaterThan(0);
      expect(resetMs).toBeLessThanOrEqual(5000);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('starts a new window when the old one expires', async () => {
    const store = new RedisRateLimitStore(new Redis(REDIS_URL), prefix);
    try {
      await store.hit('short', 50);
      await sleep(80);
      await expect(store.hit('short', 50)).resolves.toMatchObject({ hits: 1 });
    } finally {
      await store.close();
    }
  });
});

describe('rate limits in the app', () => {
  let t: AuthTestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await startAuthTestApp({
      RATE_LIMIT_PER_IP: '8',
      RATE_LIMIT_PER_API_KEY: '3',
      RATE_LIMIT_LOGIN_PER_IP: '4',
      RATE_LIMIT_TTL_MS: '30000',
    });
    adminToken = await t.login(ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives each API key its own budget and answers 429 with Retry-After and the error shape', async () => {
    const keys: string[] = [];
    for (const name of ['first', 'second']) {
      keys.push((await t.request('POST', '/v1/api-keys', { token: adminToken, body: { name } })).body.key);
    }
    for (let i = 0; i < 3; i++) expect((await t.request('POST', '/probe/submit', { token: keys[0] })).status).toBe(201);
    const limited = await t.request('POST', '/probe/submit', { token: keys[0] });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/retry in \d+ seconds?/) });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    // Another key is not affected.
    expect((await t.request('POST', '/probe/submit', { token: keys[1] })).status).toBe(201);
  });

  it('limits login attempts per IP, even with the right password', async () => {
    const statuses: number[] = [];
    // The beforeAll login used one of the 4 attempts.
    for (let i = 0; i < 4; i++) {
      statuses.push((await t.request('POST', '/v1/auth/login', { body: { email: ADMIN.email, password: 'wrong-wrong-wrong' } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await t.request('POST', '/v1/auth/login', { body: ADMIN });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('counts users per IP and never throttles other public routes', async () => {
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) seen.push((await t.request('GET', '/probe/any-user', { token: adminToken })).status);
    expect(seen).toContain(429);
    for (let i = 0; i < 20; i++) expect((await t.request('GET', '/probe/public')).status).toBe(200);
  });

  it('counts requests with bad credentials against the IP too', async () => {
    // The previous test spent this address's budget: a bad token now gets 429, not a free 401.
    const res = await t.request('GET', '/probe/any-user', { token: 'not-a-valid-token' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });
});

describe('rate limits while Redis is unreachable', () => {
  let t: AuthTestApp;

  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    t = await startAuthTestApp({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_PER_API_KEY: '2' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps serving and keeps limiting, per process, without waiting on Redis', async () => {
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const key = (await t.request('POST', '/v1/api-keys', { token: admin, body: { name: 'offline' } })).body.key;
    const started = Date.now();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await t.request('POST', '/probe/submit', { token: key })).status);
    expect(statuses).toEqual([201, 201, 429]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
