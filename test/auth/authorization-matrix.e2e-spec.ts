import { spawnSync } from 'node:child_process';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/config/index.js';
import { ADMIN } from '../support/admin.js';
import { TS_LOADER_ARGS } from '../support/processes.js';
import { useStack } from '../support/stack.js';
import { controllerRoutes } from './support/route-inventory.js';

/**
 * Every route of the app against every kind of caller. The table is written
 * out by hand on purpose: it is the access policy, reviewed like code. A
 * route the table does not cover fails the suite, so new routes cannot ship
 * without someone deciding who may call them.
 *
 * Requests are chosen to be harmless when allowed (empty bodies, unknown ids),
 * so an allowed caller gets the handler's 400/404 and nothing changes.
 */
// apiKey: a key with the default scopes; hooksKey: a key with webhooks:manage only.
const CALLERS = ['none', 'apiKey', 'hooksKey', 'reviewer', 'editor', 'admin', 'deactivated', 'revokedKey'] as const;
type Caller = (typeof CALLERS)[number];
type Statuses = [number, number, number, number, number, number, number, number];
interface Row {
  route: string;
  body?: unknown;
  /** Sent by every caller: e.g. a malformed Last-Event-ID, so an allowed caller gets 400, not an endless stream. */
  headers?: Record<string, string>;
  expected: Statuses;
  /** The route ends the caller's session: the users sign in again after it. */
  signsOut?: true;
}

const ID = '00000000-0000-4000-8000-000000000000';
const OPEN = (status: number): Statuses => [status, status, status, status, status, status, status, status];

// prettier-ignore
const TABLE: Row[] = [
  //                                                  none  key   hooks rev   edit  admin deact revkd
  { route: 'GET /health/live',                    expected: OPEN(200) },
  { route: 'GET /health/ready',                   expected: OPEN(200) },
  { route: 'GET /metrics',                        expected: OPEN(200) },
  { route: 'POST /v1/auth/login',       body: {}, expected: OPEN(400) },
  { route: 'POST /v1/auth/session',     body: {}, expected: OPEN(400) },
  // Nobody signed in is an answer (200 {user: null}) for a caller sending no credentials; bad ones are refused.
  { route: 'GET /v1/auth/session',                expected: [200,  403,  403,  200,  200,  200,  401,  401] },
  { route: 'DELETE /v1/auth/session',             expected: OPEN(204), signsOut: true },
  { route: 'PUT /v1/auth/password',     body: {}, expected: [401,  403,  403,  400,  400,  400,  401,  401] },

  { route: 'GET /v1/users',                       expected: [401,  403,  403,  403,  403,  200,  401,  401] },
  { route: 'POST /v1/users',            body: {}, expected: [401,  403,  403,  403,  403,  400,  401,  401] },
  { route: 'POST /v1/users/:id/deactivate',       expected: [401,  403,  403,  403,  403,  404,  401,  401] },
  { route: 'POST /v1/users/:id/reactivate',       expected: [401,  403,  403,  403,  403,  404,  401,  401] },
  { route: 'PATCH /v1/users/:id',        body: {}, expected: [401,  403,  403,  403,  403,  400,  401,  401] },
  { route: 'PUT /v1/users/:id/password', body: {}, expected: [401,  403,  403,  403,  403,  400,  401,  401] },

  { route: 'GET /v1/api-keys',                    expected: [401,  403,  403,  403,  403,  200,  401,  401] },
  { route: 'POST /v1/api-keys',         body: {}, expected: [401,  403,  403,  403,  403,  400,  401,  401] },
  { route: 'POST /v1/api-keys/:id/revoke',        expected: [401,  403,  403,  403,  403,  404,  401,  401] },
  { route: 'POST /v1/api-keys/:id/roll',          expected: [401,  403,  403,  403,  403,  404,  401,  401] },
  { route: 'DELETE /v1/api-keys/:id',             expected: [401,  403,  403,  403,  403,  404,  401,  401] },

  { route: 'GET /v1/articles',                    expected: [401,  200,  403,  200,  200,  200,  401,  401] },
  { route: 'POST /v1/articles',         body: {}, expected: [401,  400,  403,  400,  400,  400,  401,  401] },
  { route: 'GET /v1/articles/:id',                expected: [401,  404,  403,  404,  404,  404,  401,  401] },
  { route: 'GET /v1/articles/:id/claims',         expected: [401,  404,  403,  404,  404,  404,  401,  401] },
  { route: 'GET /v1/articles/:id/revisions',      expected: [401,  404,  403,  404,  404,  404,  401,  401] },
  { route: 'PUT /v1/articles/:id',      body: {}, expected: [401,  400,  403,  400,  400,  400,  401,  401] },
  // Re-analysis costs engine time and may withdraw claims: editors and admins.
  { route: 'POST /v1/articles/:id/reanalyze',     expected: [401,  403,  403,  403,  404,  404,  401,  401] },
  { route: 'GET /v1/claims/:id',                  expected: [401,  404,  403,  404,  404,  404,  401,  401] },

  { route: 'GET /v1/outlets',                     expected: [401,  200,  403,  200,  200,  200,  401,  401] },
  { route: 'GET /v1/outlets/:id',                 expected: [401,  404,  403,  404,  404,  404,  401,  401] },
  { route: 'POST /v1/outlets',          body: {}, expected: [401,  403,  403,  403,  403,  400,  401,  401] },
  { route: 'PATCH /v1/outlets/:id',     body: {}, expected: [401,  403,  403,  403,  403,  404,  401,  401] },
  { route: 'POST /v1/outlets/:id/merge', body: {}, expected: [401, 403,  403,  403,  403,  400,  401,  401] },
  { route: 'GET /v1/outlets/:id/record',          expected: [401,  404,  403,  404,  404,  404,  401,  401] },
  // Proposals for the registry: anyone reviewing proposes; admins see the queue and decide.
  { route: 'GET /v1/outlet-proposals',            expected: [401,  403,  403,  403,  403,  200,  401,  401] },
  { route: 'POST /v1/outlet-proposals',  body: {}, expected: [401, 403,  403,  400,  400,  400,  401,  401] },
  { route: 'POST /v1/outlet-proposals/accept', body: {}, expected: [401, 403, 403, 403, 403, 400, 401, 401] },
  { route: 'POST /v1/outlet-proposals/reject', body: {}, expected: [401, 403, 403, 403, 403, 400, 401, 401] },

  // Review workflow: people only; approval, escalations, dismissals are editors' (":stage" stays literal: 400).
  { route: 'POST /v1/review/:stage/next',         expected: [401,  403,  403,  400,  400,  400,  401,  401] },
  { route: 'POST /v1/claims/:id/lease',           expected: [401,  403,  403,  404,  404,  404,  401,  401] },
  { route: 'POST /v1/claims/:id/release',         expected: [401,  403,  403,  404,  404,  404,  401,  401] },
  { route: 'POST /v1/claims/:id/reviews', body: {}, expected: [401,  403,  403,  400,  400,  400,  401,  401] },
  { route: 'POST /v1/claims/:id/dismiss', body: {}, expected: [401,  403,  403,  403,  400,  400,  401,  401] },
  { route: 'POST /v1/claims/:id/restore',         expected: [401,  403,  403,  403,  404,  404,  401,  401] },
  { route: 'GET /v1/claims/:id/history',          expected: [401,  403,  403,  404,  404,  404,  401,  401] },
  // Source corrections: people only (the lease decides who); the accuracy they measure is for editors.
  { route: 'PUT /v1/claims/:id/sources', body: {}, expected: [401, 403,  403,  400,  400,  400,  401,  401] },
  { route: 'GET /v1/analysis/accuracy',           expected: [401,  403,  403,  403,  200,  200,  401,  401] },
  { route: 'GET /v1/queues',                      expected: [401,  403,  403,  200,  200,  200,  401,  401] },
  // The inbox's live updates: people only (an allowed caller is refused the malformed Last-Event-ID).
  { route: 'GET /v1/queues/events', headers: { 'last-event-id': 'x' }, expected: [401, 403, 403, 400, 400, 400, 401, 401] },

  // Publication: ClaimReview and reports, for keys with articles:read and for people.
  { route: 'GET /v1/claimreview',                 expected: [401,  200,  403,  200,  200,  200,  401,  401] },
  { route: 'GET /v1/claims/:id/claimreview',      expected: [401,  404,  403,  404,  404,  404,  401,  401] },
  { route: 'GET /v1/articles/:id/claimreview',    expected: [401,  404,  403,  404,  404,  404,  401,  401] },
  { route: 'GET /v1/articles/:id/report',         expected: [401,  404,  403,  404,  404,  404,  401,  401] },

  // Webhook endpoints: admins, and keys with webhooks:manage (":deliveryId" stays literal: 400).
  { route: 'GET /v1/webhooks',                    expected: [401,  403,  200,  403,  403,  200,  401,  401] },
  { route: 'POST /v1/webhooks',         body: {}, expected: [401,  403,  400,  403,  403,  400,  401,  401] },
  { route: 'GET /v1/webhooks/:id',                expected: [401,  403,  404,  403,  403,  404,  401,  401] },
  { route: 'PATCH /v1/webhooks/:id',    body: {}, expected: [401,  403,  404,  403,  403,  404,  401,  401] },
  { route: 'DELETE /v1/webhooks/:id',             expected: [401,  403,  404,  403,  403,  404,  401,  401] },
  { route: 'POST /v1/webhooks/:id/disable',       expected: [401,  403,  404,  403,  403,  404,  401,  401] },
  { route: 'POST /v1/webhooks/:id/enable',        expected: [401,  403,  404,  403,  403,  404,  401,  401] },
  { route: 'POST /v1/webhooks/:id/rotate-secret', expected: [401,  403,  404,  403,  403,  404,  401,  401] },
  { route: 'GET /v1/webhooks/:id/deliveries',     expected: [401,  403,  404,  403,  403,  404,  401,  401] },
  { route: 'GET /v1/webhooks/:id/deliveries/:deliveryId', expected: [401,  403,  400,  403,  403,  400,  401,  401] },
  { route: 'POST /v1/webhooks/:id/deliveries/:deliveryId/redeliver', expected: [401,  403,  400,  403,  403,  400,  401,  401] },
  { route: 'POST /v1/webhooks/:id/deliveries/replay', body: {}, expected: [401,  403,  400,  403,  403,  400,  401,  401] },
];

// Served by Fastify plugins outside Nest's router (Bull Board, Swagger UI):
// the controller inventory cannot see them, so they are read from Fastify's
// own route table. Each must fall under one of these policies; `null` is an
// allowed caller, for whom any answer but 401/403 will do.
// prettier-ignore
const PLUGIN_POLICIES: Array<{ prefix: string; exact?: boolean; expected: Array<number | null> }> = [
  // Bull Board's sign-in: the page is public; the session is granted only for a board code, whoever calls.
  { prefix: '/admin/queues/sign-in', exact: true, expected: [null, null, null, null, null, null, null, null] },
  { prefix: '/admin/queues/session', exact: true, expected: [401,  401,  401,  401,  401,  401,  401,  401] },
  { prefix: '/admin/queues', expected: [401,  403,  403,  403,  403,  null, 401,  401] },
  { prefix: '/docs',         expected: [null, null, null, null, null, null, null, null] },
  // The review UI's static files and its client-side routes (present once the UI is built): public,
  // since the page itself asks the person to sign in.
  { prefix: '/assets/',      expected: [null, null, null, null, null, null, null, null] },
  { prefix: '/index.html',   exact: true, expected: [null, null, null, null, null, null, null, null] },
  { prefix: '/favicon.svg',  exact: true, expected: [null, null, null, null, null, null, null, null] },
  { prefix: '/',             exact: true, expected: [null, null, null, null, null, null, null, null] },
  { prefix: '/*',            exact: true, expected: [null, null, null, null, null, null, null, null] },
];
const policyFor = (template: string) =>
  PLUGIN_POLICIES.find((p) => (p.exact ? template === p.prefix : template.startsWith(p.prefix)));
// prettier-ignore
const PLUGIN_ROUTES: Row[] = [
  { route: 'GET /admin/queues',                   expected: [401,  403,  403,  403,  403,  200,  401,  401] },
  { route: 'GET /docs-json',                      expected: OPEN(200) },
];

/** Every route Fastify serves with `env` (list-routes.ts run as a child, as main.ts would be). */
function fastifyRoutes(env: Record<string, string>): string[] {
  const run = spawnSync(process.execPath, [...TS_LOADER_ARGS, 'test/auth/support/list-routes.ts'], {
    env: { PATH: process.env['PATH'] ?? '', ...env, LOG_LEVEL: 'error' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`list-routes exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as string[];
}

// The matrix makes a few hundred requests from one address; limits have their own tests.
// Every request is logged (info), so the last test can check no credential reached the log.
const ENV = { RATE_LIMIT_PER_IP: '100000', RATE_LIMIT_PER_API_KEY: '100000', RATE_LIMIT_LOGIN_PER_IP: '1000', LOG_LEVEL: 'info' };

describe('authorisation matrix: every route, every kind of caller', () => {
  const stack = useStack('matrix', ENV);
  const tokens = {} as Record<Caller, string | undefined>;

  // Always explicit about the caller: `token: null` sends no Authorization header.
  function call(method: string, path: string, token?: string, body?: unknown, headers?: Record<string, string>) {
    return stack.request(method, path, { token: token ?? null, body, headers });
  }

  async function login(email: string, password: string): Promise<string> {
    const res = await call('POST', '/v1/auth/login', undefined, { email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken;
  }

  const passwords: string[] = [ADMIN.password];
  // How the signed-in callers sign in again, after a route that ends their session.
  const signIns = new Map<Caller, { email: string; password: string }>([['admin', ADMIN]]);

  async function createUser(admin: string, email: string, role: string, caller?: Caller): Promise<{ id: string; token: string }> {
    const password = `${role}-password-${email.length}-1234`;
    passwords.push(password);
    if (caller) signIns.set(caller, { email, password });
    const res = await call('POST', '/v1/users', admin, { email, password, role });
    if (res.status !== 201) throw new Error(`create ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, token: await login(email, password) };
  }

  async function createKey(admin: string, name: string, scopes?: string[]): Promise<{ id: string; key: string }> {
    const res = await call('POST', '/v1/api-keys', admin, { name, scopes });
    if (res.status !== 201) throw new Error(`create key: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  beforeAll(async () => {
    const admin = await login(ADMIN.email, ADMIN.password);
    tokens.admin = admin;
    tokens.reviewer = (await createUser(admin, 'reviewer@example.org', 'reviewer', 'reviewer')).token;
    tokens.editor = (await createUser(admin, 'editor@example.org', 'editor', 'editor')).token;
    const leaver = await createUser(admin, 'leaver@example.org', 'editor');
    expect((await call('POST', `/v1/users/${leaver.id}/deactivate`, admin)).status).toBe(200);
    tokens.deactivated = leaver.token;
    tokens.apiKey = (await createKey(admin, 'matrix-live')).key;
    tokens.hooksKey = (await createKey(admin, 'matrix-hooks', ['webhooks:manage'])).key;
    const revoked = await createKey(admin, 'matrix-revoked');
    expect((await call('POST', `/v1/api-keys/${revoked.id}/revoke`, admin)).status).toBe(200);
    tokens.revokedKey = revoked.key;
  }, 90_000);

  it('covers every route the app serves, and only those', async () => {
    const served = (await controllerRoutes(AppModule.forRoot(loadConfig(stack.env)))).map((r) => `${r.method} ${r.path}`);
    const listed = TABLE.map((row) => row.route);
    expect({ missingFromTable: served.filter((r) => !listed.includes(r)) }).toEqual({ missingFromTable: [] });
    expect({ notServed: listed.filter((r) => !served.includes(r)) }).toEqual({ notServed: [] });
  });

  it('has a policy for every route served outside Nest, and checks each of them', async () => {
    const nest = new Set((await controllerRoutes(AppModule.forRoot(loadConfig(stack.env)))).map((r) => `${r.method} ${r.path}`));
    const all = fastifyRoutes(stack.env);
    expect(all).toEqual(expect.arrayContaining([...nest])); // the two inventories agree on Nest's part
    // HEAD mirrors GET (Fastify adds it); the rest is the plugins'.
    const plugin = all.filter((route) => !nest.has(route) && !route.startsWith('HEAD '));
    expect(plugin).toEqual(expect.arrayContaining(PLUGIN_ROUTES.map((row) => row.route)));
    const unplaced = plugin.filter((route) => !policyFor(route.split(' ')[1]));
    expect({ withoutPolicy: unplaced }).toEqual({ withoutPolicy: [] });

    const wrong: string[] = [];
    for (const route of plugin) {
      const [method, template] = route.split(' ') as [string, string];
      const path = template.replace(/:[^/]+/g, 'x').replace(/\*$/, 'x');
      const policy = policyFor(template)!;
      for (const [index, caller] of CALLERS.entries()) {
        const status = (await call(method, path, tokens[caller])).status;
        const expected = policy.expected[index];
        const ok = expected === null ? status !== 401 && status !== 403 : status === expected;
        if (!ok) wrong.push(`${route} as ${caller}: ${status}, expected ${expected ?? 'not 401/403'}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it.each([...TABLE, ...PLUGIN_ROUTES].map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const [method, template] = row.route.split(' ') as [string, string];
    const path = template.replace(':id', ID);
    const actual: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const [index, caller] of CALLERS.entries()) {
      actual[caller] = (await call(method, path, tokens[caller], row.body, row.headers)).status;
      expected[caller] = row.expected[index]!;
    }
    if (row.signsOut) for (const [caller, { email, password }] of signIns) tokens[caller] = await login(email, password);
    expect(actual).toEqual(expected);
  });

  it('answers refusals with the JSON error shape and no internals', async () => {
    const refusals = [
      await call('GET', '/v1/users'),
      await call('GET', '/v1/users', tokens.reviewer),
      await call('GET', '/v1/users', tokens.apiKey),
      await call('GET', '/v1/articles', tokens.revokedKey),
      await call('GET', '/v1/articles', tokens.deactivated),
    ];
    for (const res of refusals) {
      expect(res.body).toEqual({ statusCode: res.status, error: expect.any(String), message: expect.any(String) });
      expect(JSON.stringify(res.body)).not.toMatch(/stack|ctk_|eyJ/);
    }
  });

  it('never writes a password, access token or API key to the log', () => {
    const log = stack.api.log;
    expect(log).toMatch(/request completed/); // the requests above were logged
    const secrets = [...passwords, ...Object.values(tokens).filter((t): t is string => Boolean(t))];
    expect(secrets.length).toBeGreaterThanOrEqual(8);
    for (const secret of secrets) expect(log).not.toContain(secret);
    // Nor any fragment that looks like one.
    expect(log).not.toMatch(/ctk_[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{10,}\.|\$argon2id\$/);
  });
});
