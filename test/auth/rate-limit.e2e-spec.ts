import { DataSource } from 'typeorm';
import { ADMIN } from '../support/admin.js';
import { useStack } from '../support/stack.js';
import { startAuthTestApp, type AuthTestApp } from './support/auth-app.js';

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
    expect(limited.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/Rate limit exceeded; retry in \d+ seconds?/) });
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

  it('counts sign-outs against the IP too (an open route that writes drew from no budget)', async () => {
    const res = await t.request('DELETE', '/v1/auth/session', { token: adminToken });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.headers['x-ratelimit-limit']).toBe('8');
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

describe('limits behind a proxy, per account and per route', () => {
  let t: AuthTestApp;
  let adminToken: string;
  const from = (ip: string) => ({ 'x-forwarded-for': ip });

  beforeAll(async () => {
    t = await startAuthTestApp({
      TRUST_PROXY: '1',
      RATE_LIMIT_PER_IP: '3',
      RATE_LIMIT_LOGIN_PER_IP: '100',
      RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: '3',
      RATE_LIMIT_TTL_MS: '30000',
    });
    adminToken = await t.login(ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts a whole IPv6 /64 as one client', async () => {
    const statuses = [];
    for (const ip of ['2001:db8:1:2::1', '2001:db8:1:2::ab', '2001:db8:1:2:ffff::9', '2001:db8:1:2::7']) {
      statuses.push((await t.request('GET', '/probe/any-user', { token: adminToken, headers: from(ip) })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The next /64 is another client.
    expect((await t.request('GET', '/probe/any-user', { token: adminToken, headers: from('2001:db8:1:3::1') })).status).toBe(200);
  });

  // Not a limit, but this is the app behind a trusted proxy. A scheme is case-insensitive; read as written,
  // "HTTPS" gave the bare cookie name without Secure, which a sibling host or a plain-HTTP page may plant.
  it('takes the TLS the proxy reports in X-Forwarded-Proto however it spells the scheme', async () => {
    for (const proto of ['https', 'HTTPS']) {
      const signedIn = await t.request('POST', '/v1/auth/session', {
        body: { email: ADMIN.email, password: ADMIN.password },
        headers: { ...from('10.6.0.1'), 'x-forwarded-proto': proto },
      });
      expect(signedIn.status).toBe(200);
      expect(String(signedIn.headers['set-cookie'])).toMatch(/^__Host-claimtrail_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    }
  });

  it('believes only the configured number of proxy hops in X-Forwarded-For', async () => {
    // A client forging its own X-Forwarded-For entry: with one trusted hop, the address the proxy saw counts.
    const statuses = [];
    for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4']) {
      statuses.push((await t.request('GET', '/probe/any-user', { token: adminToken, headers: from(`${forged}, 198.51.100.7`) })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('locks an account after repeated failed logins from any address, with backoff, and leaves other accounts alone', async () => {
    await t.request('POST', '/v1/users', { token: adminToken, body: { email: 'victim@example.org', password: 'victim-password-1', role: 'reviewer' }, headers: from('10.9.0.1') });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await t.request('POST', '/v1/auth/login', { body: { email: 'victim@example.org', password: 'guess-' + i }, headers: from(`10.8.0.${i}`) })).status);
    }
    expect(statuses).toEqual([401, 401, 401]);
    // Locked after the third failure (the allowance): even the right password waits, from a fresh address.
    const locked = await t.request('POST', '/v1/auth/login', { body: { email: 'victim@example.org', password: 'victim-password-1' }, headers: from('10.7.0.1') });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/Too many failed sign-ins for this account; retry in \d+ seconds/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(55);
    expect((await t.request('POST', '/v1/auth/login', { body: ADMIN, headers: from('10.7.0.2') })).status).toBe(200);

    // Every failure is audited with its reason and address.
    const audited = await t.app.get(DataSource).query(
      `SELECT after FROM audit_events WHERE action = 'auth.login_failed' ORDER BY id`,
    );
    expect(audited.map((r: any) => r.after.reason)).toEqual(['wrong_password', 'wrong_password', 'wrong_password']);
    expect(audited[0].after.ip).toBe('10.8.0.0');
  });
});

describe('the submission budget', () => {
  let t: AuthTestApp;

  beforeAll(async () => {
    t = await startAuthTestApp({ RATE_LIMIT_PER_API_KEY: '20', RATE_LIMIT_SUBMIT_PER_CALLER: '2', RATE_LIMIT_TTL_MS: '30000' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is smaller than the read budget and counted per key', async () => {
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const key = (await t.request('POST', '/v1/api-keys', { token: admin, body: { name: 'cms' } })).body.key;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await t.request('POST', '/probe/submit-article', { token: key })).status);
    expect(statuses).toEqual([201, 201, 429]);
    // Other routes still have the key's larger budget.
    expect((await t.request('POST', '/probe/submit', { token: key })).status).toBe(201);
  });

  it("reports whichever of a submission's two budgets runs out first", async () => {
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const key = (await t.request('POST', '/v1/api-keys', { token: admin, body: { name: 'busy reader' } })).body.key;
    for (let i = 0; i < 19; i++) expect((await t.request('POST', '/probe/submit', { token: key })).status).toBe(201);
    // The key's budget (20) has nothing left after this one; the submission budget (2) has one more.
    const submitted = await t.request('POST', '/probe/submit-article', { token: key });
    expect(submitted.status).toBe(201);
    expect([submitted.headers['x-ratelimit-limit'], submitted.headers['x-ratelimit-remaining']]).toEqual(['20', '0']);
    expect((await t.request('POST', '/probe/submit-article', { token: key })).status).toBe(429);
  });
});

// The whole service, whose pre-body gate (src/auth/pre-body-gate.ts) sees the routes the router did not find.
describe('rate limits on API paths that do not exist', () => {
  const stack = useStack('unknownpaths', { RATE_LIMIT_PER_IP: '5', RATE_LIMIT_TTL_MS: '30000' });

  it('charge the address for each one, so a client walking the API for paths meets 429 like any other', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await stack.request('GET', `/v1/no-such-thing-${i}`, { token: null }));
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404, 429]);
    expect(answers[0].headers.get('x-ratelimit-limit')).toBe('5');
    expect(answers[0].body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /v1/no-such-thing-0' });
    expect(Number(answers[5].headers.get('retry-after'))).toBeGreaterThan(0);
    // A POST with a body too, refused before its body is read as before.
    const posted = await stack.request('POST', '/v1/no-such-thing', { token: null, body: { text: 'x' } });
    expect(posted.status).toBe(429);
    // The review UI's own paths are the browser's to walk: not API paths, never charged.
    expect((await stack.request('GET', '/some/screen', { token: null })).status).toBe(200);
  });
});
