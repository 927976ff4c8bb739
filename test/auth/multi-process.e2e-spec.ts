import { useStack, type AppProcess } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

/**
 * Two API processes on one database and Redis, as in production: rate limits
 * are one budget across both, and deactivation or revocation done through one
 * reaches the other within the 5 s auth cache.
 */
describe('accounts and limits across API processes', () => {
  const stack = useStack('authmulti', { RATE_LIMIT_PER_API_KEY: '6', RATE_LIMIT_TTL_MS: '60000' }, { APP_ROLE: 'api' });
  let a: AppProcess;
  let b: AppProcess;

  beforeAll(async () => {
    a = stack.api;
    b = await stack.start({ APP_ROLE: 'api' });
  }, 90_000);

  it('shares one API key budget between the processes', async () => {
    const key = await stack.createApiKey('shared-budget');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const via = i % 2 === 0 ? a : b;
      statuses.push((await stack.request('GET', '/v1/articles', { token: key, via })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });

  it('refuses a deactivated user and a revoked key on the other process within 5 seconds', async () => {
    const email = 'roaming@example.org';
    const password = 'roaming-password-1';
    const created = await stack.request('POST', '/v1/users', { body: { email, password, role: 'editor' }, via: a });
    expect(created.status).toBe(201);
    const login = await stack.request('POST', '/v1/auth/login', { token: null, body: { email, password }, via: b });
    const token = login.body.accessToken as string;
    const { body: key } = await stack.request('POST', '/v1/api-keys', { body: { name: 'roaming' }, via: a });
    // Both work on process b (and are now in its cache).
    expect((await stack.request('GET', '/v1/outlets?limit=1', { token, via: b })).status).toBe(200);
    expect((await stack.request('GET', '/v1/outlets?limit=1', { token: key.key, via: b })).status).toBe(200);

    expect((await stack.request('POST', `/v1/users/${created.body.id}/deactivate`, { via: a })).status).toBe(200);
    expect((await stack.request('POST', `/v1/api-keys/${key.id}/revoke`, { via: a })).status).toBe(200);
    // Immediate on the process that did it.
    expect((await stack.request('GET', '/v1/outlets?limit=1', { token, via: a })).status).toBe(401);
    expect((await stack.request('GET', '/v1/outlets?limit=1', { token: key.key, via: a })).status).toBe(401);

    await waitFor(
      'process b to refuse the deactivated user and the revoked key',
      async () => {
        const user = (await stack.request('GET', '/v1/outlets?limit=1', { token, via: b })).status;
        const apiKey = (await stack.request('GET', '/v1/outlets?limit=1', { token: key.key, via: b })).status;
        return user === 401 && apiKey === 401 ? true : undefined;
      },
      5_500,
      100,
    );
  }, 20_000);
});
