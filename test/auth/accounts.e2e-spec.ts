import { DataSource } from 'typeorm';
import { ADMIN } from '../support/admin.js';
import { waitFor } from '../support/wait-for.js';
import { startAuthTestApp, type AuthTestApp } from './support/auth-app.js';

describe('accounts and API keys (AuthModule, UsersModule, ApiKeysModule on a fresh database)', () => {
  let t: AuthTestApp;
  let adminToken: string;

  beforeAll(async () => {
    // This suite signs in more often than one address may in a minute (the limit has its own suite).
    t = await startAuthTestApp({ RATE_LIMIT_LOGIN_PER_IP: '100' });
    adminToken = await t.login(ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('login', () => {
    it('returns a bearer token and its lifetime for the bootstrap admin', async () => {
      const res = await t.request('POST', '/v1/auth/login', { body: { email: ADMIN.email.toUpperCase(), password: ADMIN.password } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 12 * 3600 });
    });

    it('answers a wrong password and an unknown email with the same generic 401', async () => {
      const wrong = await t.request('POST', '/v1/auth/login', { body: { email: ADMIN.email, password: 'nope-nope-nope' } });
      const unknown = await t.request('POST', '/v1/auth/login', { body: { email: 'ghost@example.org', password: 'x' } });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('ends a browser session on sign-out: its cookie is refused afterwards, a new sign-in works', async () => {
      const signIn = async () => {
        const res = await t.request('POST', '/v1/auth/session', { body: { email: ADMIN.email, password: ADMIN.password } });
        expect(res.status).toBe(200);
        return String(res.headers['set-cookie']).split(';')[0];
      };
      const cookie = await signIn();
      const other = await signIn();
      expect((await t.request('GET', '/v1/auth/session', { headers: { cookie } })).status).toBe(200);

      const out = await t.request('DELETE', '/v1/auth/session', { headers: { cookie, 'x-claimtrail-csrf': '1' } });
      expect(out.status).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/Max-Age=0/);
      // A copy of the old cookie (kept by an attacker, or another tab) no longer signs anyone in.
      const replayed = await t.request('GET', '/v1/auth/session', { headers: { cookie } });
      expect(replayed.status).toBe(401);
      expect(replayed.body.message).toBe('Signed out: sign in again');
      // A cookie that was never a session is refused the same way; only a request sending nothing at all is
      // told, without an error, that nobody is signed in (the review UI's first visit).
      expect((await t.request('GET', '/v1/auth/session', { headers: { cookie: 'claimtrail_session=forged' } })).status).toBe(401);
      const nobody = await t.request('GET', '/v1/auth/session');
      expect([nobody.status, nobody.body]).toEqual([200, { user: null }]);
      // Only that session ended.
      expect((await t.request('GET', '/v1/auth/session', { headers: { cookie: other } })).status).toBe(200);
      expect((await t.request('GET', '/v1/auth/session', { headers: { cookie: await signIn() } })).status).toBe(200);
      // Signing out twice, or without a session, is still a plain 204.
      expect((await t.request('DELETE', '/v1/auth/session', { headers: { cookie, 'x-claimtrail-csrf': '1' } })).status).toBe(204);
      expect((await t.request('DELETE', '/v1/auth/session')).status).toBe(204);
    });

    it('ends a bearer token on sign-out too: a script signing out with its token leaves nothing usable', async () => {
      const token = await t.login(ADMIN.email, ADMIN.password);
      const other = await t.login(ADMIN.email, ADMIN.password);
      expect((await t.request('GET', '/v1/auth/session', { token })).status).toBe(200);

      expect((await t.request('DELETE', '/v1/auth/session', { token })).status).toBe(204);
      const replayed = await t.request('GET', '/v1/auth/session', { token });
      expect(replayed.status).toBe(401);
      expect(replayed.body.message).toBe('Signed out: sign in again');
      // Only that token ended.
      expect((await t.request('GET', '/v1/auth/session', { token: other })).status).toBe(200);
    });

    it('answers 400 for a body without credentials', async () => {
      const res = await t.request('POST', '/v1/auth/login', { body: { email: ADMIN.email } });
      expect(res.status).toBe(400);
    });
  });

  describe('users', () => {
    it('creates a user, never echoing the password or its hash', async () => {
      const res = await t.request('POST', '/v1/users', {
        token: adminToken,
        body: { email: 'Checker@Example.org', password: 'checker-password-1', role: 'reviewer' },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email: 'checker@example.org', role: 'reviewer', active: true });
      expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);
    });

    it('refuses a duplicate email whatever its case with 409', async () => {
      const body = { email: 'dup@example.org', password: 'dup-password-123', role: 'editor' };
      expect((await t.request('POST', '/v1/users', { token: adminToken, body })).status).toBe(201);
      const again = await t.request('POST', '/v1/users', { token: adminToken, body: { ...body, email: 'DUP@example.org' } });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('A user with this email already exists');
      // The same mailbox with its domain in Unicode and in its ASCII (punycode) form: one account, signed in either way.
      const unicode = { ...body, email: 'dup@ex\u00e4mple.org' };
      expect((await t.request('POST', '/v1/users', { token: adminToken, body: unicode })).status).toBe(201);
      const ascii = await t.request('POST', '/v1/users', { token: adminToken, body: { ...body, email: 'dup@xn--exmple-cua.org' } });
      expect([ascii.status, ascii.body.message]).toEqual([409, 'A user with this email already exists']);
      const signIn = await t.request('POST', '/v1/auth/login', { body: { email: 'DUP@xn--exmple-cua.org', password: body.password } });
      expect(signIn.status).toBe(200);
    });

    it.each([
      [{ email: 'a@example.org', password: 'short', role: 'reviewer' }, /at least 12 characters/],
      [{ email: 'not-an-email', password: 'long-enough-password', role: 'reviewer' }, /email/],
      [{ email: 'b@example.org', password: 'long-enough-password', role: 'owner' }, /role must be one of/],
      [{ email: 'c@example.org', password: 'long-enough-password', role: 'reviewer', admin: true }, /admin should not exist/],
    ])('answers 400 saying what is wrong (%j)', async (body, message) => {
      const res = await t.request('POST', '/v1/users', { token: adminToken, body });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    });

    it('lists users with pagination', async () => {
      const res = await t.request('GET', '/v1/users?limit=1&offset=0', { token: adminToken });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.total).toBeGreaterThanOrEqual(3);
      expect(res.body).toMatchObject({ limit: 1, offset: 0 });
      expect((await t.request('GET', '/v1/users?limit=0', { token: adminToken })).status).toBe(400);
    });

    it('deactivation stops the existing token and further logins at once', async () => {
      const created = await t.request('POST', '/v1/users', {
        token: adminToken,
        body: { email: 'leaver@example.org', password: 'leaver-password-1', role: 'editor' },
      });
      const token = await t.login('leaver@example.org', 'leaver-password-1');
      expect((await t.request('GET', '/probe/any-user', { token })).status).toBe(200);

      const res = await t.request('POST', `/v1/users/${created.body.id}/deactivate`, { token: adminToken });
      expect(res.status).toBe(200);
      expect(res.body.active).toBe(false);
      expect((await t.request('GET', '/probe/any-user', { token })).status).toBe(401);
      const relogin = await t.request('POST', '/v1/auth/login', { body: { email: 'leaver@example.org', password: 'leaver-password-1' } });
      expect(relogin.status).toBe(401);
    });

    it('reactivation lets the person sign in again, while the sessions from before the deactivation stay ended', async () => {
      const created = await t.request('POST', '/v1/users', {
        token: adminToken,
        body: { email: 'returner@example.org', password: 'returner-password-1', role: 'editor' },
      });
      const before = await t.login('returner@example.org', 'returner-password-1');
      expect((await t.request('POST', `/v1/users/${created.body.id}/deactivate`, { token: adminToken })).status).toBe(200);

      const res = await t.request('POST', `/v1/users/${created.body.id}/reactivate`, { token: adminToken });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: created.body.id, active: true, role: 'editor' });
      expect((await t.request('GET', '/probe/any-user', { token: before })).status).toBe(401);
      const after = await t.login('returner@example.org', 'returner-password-1');
      expect((await t.request('GET', '/probe/any-user', { token: after })).status).toBe(200);
      // Reactivating an active account changes nothing.
      expect((await t.request('POST', `/v1/users/${created.body.id}/reactivate`, { token: adminToken })).body.active).toBe(true);
      expect((await t.request('GET', '/probe/any-user', { token: after })).status).toBe(200);
      expect((await t.request('POST', '/v1/users/00000000-0000-4000-8000-000000000000/reactivate', { token: adminToken })).status).toBe(404);
    });

    it('answers 404, 400 and 409 for unknown, malformed and own ids', async () => {
      const unknown = await t.request('POST', '/v1/users/00000000-0000-4000-8000-000000000000/deactivate', { token: adminToken });
      expect(unknown.status).toBe(404);
      // The same message as every other id in the API, not Nest's "Validation failed (uuid is expected)".
      const malformed = { statusCode: 400, error: 'Bad Request', message: 'id must be a UUID' };
      expect((await t.request('POST', '/v1/users/42/deactivate', { token: adminToken })).body).toEqual(malformed);
      expect((await t.request('PATCH', '/v1/users/42', { token: adminToken, body: { role: 'editor' } })).body).toEqual(malformed);
      expect((await t.request('POST', '/v1/api-keys/42/revoke', { token: adminToken })).body).toEqual(malformed);
      expect((await t.request('DELETE', '/v1/api-keys/42', { token: adminToken })).body).toEqual(malformed);
      const me = (await t.request('GET', '/probe/any-user', { token: adminToken })).body.userId;
      expect((await t.request('POST', `/v1/users/${me}/deactivate`, { token: adminToken })).status).toBe(409);
    });
  });

  describe('passwords', () => {
    const create = async (email: string, password: string) =>
      (await t.request('POST', '/v1/users', { token: adminToken, body: { email, password, role: 'reviewer' } })).body.id as string;

    it('lets people change their own password with the current one: every other session ends, a bearer caller gets a new token', async () => {
      await create('changer@example.org', 'changer-password-1');
      const token = await t.login('changer@example.org', 'changer-password-1');
      const other = await t.login('changer@example.org', 'changer-password-1');
      const wrong = await t.request('PUT', '/v1/auth/password', { token, body: { currentPassword: 'not-my-password', newPassword: 'changer-password-2' } });
      expect([wrong.status, wrong.body.message]).toEqual([403, 'The current password is wrong']);
      const short = await t.request('PUT', '/v1/auth/password', { token, body: { currentPassword: 'changer-password-1', newPassword: 'short' } });
      expect([short.status, short.body.message]).toEqual([400, 'newPassword must be at least 12 characters']);
      const missing = await t.request('PUT', '/v1/auth/password', { token, body: { newPassword: 'changer-password-2' } });
      expect(missing.status).toBe(400);
      const same = await t.request('PUT', '/v1/auth/password', { token, body: { currentPassword: 'changer-password-1', newPassword: 'changer-password-1' } });
      expect(same.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'newPassword must differ from currentPassword' });
      // A fullwidth letter is the same letter to the account (passwords are compared after NFKC): no change either.
      const lookalike = await t.request('PUT', '/v1/auth/password', { token, body: { currentPassword: 'changer-password-1', newPassword: 'changer-passwor\uff44-1' } });
      expect(lookalike.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'newPassword must differ from currentPassword' });
      // Refused before anything changed: the session it came from still works.
      expect((await t.request('GET', '/probe/any-user', { token: other })).status).toBe(200);

      const changed = await t.request('PUT', '/v1/auth/password', { token, body: { currentPassword: 'changer-password-1', newPassword: 'changer-password-2' } });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 12 * 3600 });
      expect((await t.request('GET', '/probe/any-user', { token: changed.body.accessToken })).status).toBe(200);
      for (const old of [token, other]) expect((await t.request('GET', '/probe/any-user', { token: old })).status).toBe(401);
      expect((await t.request('POST', '/v1/auth/login', { body: { email: 'changer@example.org', password: 'changer-password-1' } })).status).toBe(401);
      await expect(t.login('changer@example.org', 'changer-password-2')).resolves.toEqual(expect.any(String));
      const [event] = await t.app.get(DataSource).query(`SELECT payload FROM domain_events WHERE name = 'user.password_changed' ORDER BY id DESC LIMIT 1`);
      expect(event.payload).toEqual({ userId: expect.any(String), actorId: event.payload.userId });
    });

    it('gives a browser session a new cookie when its password changes', async () => {
      await create('browser@example.org', 'browser-password-1');
      const signIn = await t.request('POST', '/v1/auth/session', { body: { email: 'browser@example.org', password: 'browser-password-1' } });
      const cookie = String(signIn.headers['set-cookie']).split(';')[0];
      const changed = await t.request('PUT', '/v1/auth/password', {
        headers: { cookie, 'x-claimtrail-csrf': '1' },
        body: { currentPassword: 'browser-password-1', newPassword: 'browser-password-2' },
      });
      expect(changed.status).toBe(204);
      const renewed = String(changed.headers['set-cookie']).split(';')[0];
      expect(String(changed.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
      expect((await t.request('GET', '/v1/auth/session', { headers: { cookie: renewed } })).status).toBe(200);
      expect((await t.request('GET', '/v1/auth/session', { headers: { cookie } })).status).toBe(401);
    });

    it("lets an admin set a forgotten password, ending that account's sessions; not their own, and not with an API key", async () => {
      const id = await create('forgetful@example.org', 'forgetful-password-1');
      const token = await t.login('forgetful@example.org', 'forgetful-password-1');
      const set = await t.request('PUT', `/v1/users/${id}/password`, { token: adminToken, body: { password: 'forgetful-password-2' } });
      expect(set.status).toBe(204);
      expect((await t.request('GET', '/probe/any-user', { token })).status).toBe(401);
      await expect(t.login('forgetful@example.org', 'forgetful-password-2')).resolves.toEqual(expect.any(String));
      const reviewerToken = await t.login('forgetful@example.org', 'forgetful-password-2');
      expect((await t.request('PUT', `/v1/users/${id}/password`, { token: reviewerToken, body: { password: 'forgetful-password-3' } })).status).toBe(403);
      const [admin] = (await t.request('GET', '/v1/users?limit=1', { token: adminToken })).body.items;
      const own = await t.request('PUT', `/v1/users/${admin.id}/password`, { token: adminToken, body: { password: 'admin-password-new-1' } });
      expect([own.status, own.body.message]).toEqual([409, 'Change your own password with PUT /v1/auth/password (it asks for the current one)']);
      const unknown = await t.request('PUT', '/v1/users/00000000-0000-4000-8000-000000000000/password', { token: adminToken, body: { password: 'whatever-password-1' } });
      expect(unknown.status).toBe(404);
      const key = (await t.request('POST', '/v1/api-keys', { token: adminToken, body: { name: 'password-probe' } })).body.key;
      expect((await t.request('PUT', '/v1/auth/password', { token: key, body: { currentPassword: 'x', newPassword: 'whatever-password-1' } })).status).toBe(403);
    });
    it('lets a person locked out by failed sign-ins in with the password an admin set', async () => {
      const id = await create('locked@example.org', 'locked-password-1');
      for (let i = 0; i < 6; i++) await t.request('POST', '/v1/auth/login', { body: { email: 'locked@example.org', password: 'a-wrong-guess-xyz' } });
      expect((await t.request('POST', '/v1/auth/login', { body: { email: 'locked@example.org', password: 'locked-password-1' } })).status).toBe(429);
      expect((await t.request('PUT', `/v1/users/${id}/password`, { token: adminToken, body: { password: 'locked-password-2' } })).status).toBe(204);
      await expect(t.login('locked@example.org', 'locked-password-2')).resolves.toEqual(expect.any(String));
    });
  });

  describe('roles', () => {
    it("changes a user's role: their next requests carry the new role", async () => {
      const created = await t.request('POST', '/v1/users', {
        token: adminToken,
        body: { email: 'promoted@example.org', password: 'promoted-password-1', role: 'reviewer' },
      });
      const token = await t.login('promoted@example.org', 'promoted-password-1');
      expect((await t.request('GET', '/probe/editorial', { token })).status).toBe(403);

      const res = await t.request('PATCH', `/v1/users/${created.body.id}`, { token: adminToken, body: { role: 'editor' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: created.body.id, role: 'editor', active: true });
      expect((await t.request('GET', '/probe/editorial', { token })).status).toBe(200);
    });

    it('answers 400 for a missing or unknown role, 404 for an unknown user, 409 for your own', async () => {
      const created = await t.request('POST', '/v1/users', {
        token: adminToken,
        body: { email: 'rolecheck@example.org', password: 'rolecheck-password-1', role: 'reviewer' },
      });
      const missing = await t.request('PATCH', `/v1/users/${created.body.id}`, { token: adminToken, body: {} });
      expect(missing.status).toBe(400);
      expect(JSON.stringify(missing.body.message)).toMatch(/role is required/);
      const unknown = await t.request('PATCH', `/v1/users/${created.body.id}`, { token: adminToken, body: { role: 'owner' } });
      expect(JSON.stringify(unknown.body.message)).toMatch(/role must be one of/);
      const nobody = await t.request('PATCH', '/v1/users/00000000-0000-4000-8000-000000000000', { token: adminToken, body: { role: 'editor' } });
      expect(nobody.status).toBe(404);
      const me = (await t.request('GET', '/probe/any-user', { token: adminToken })).body.userId;
      expect((await t.request('PATCH', `/v1/users/${me}`, { token: adminToken, body: { role: 'reviewer' } })).status).toBe(409);
    });
  });

  describe('two admins deactivating each other at once', () => {
    it('never leaves zero active admins', async () => {
      const second = { email: 'second-admin@example.org', password: 'second-admin-password-1' };
      const created = await t.request('POST', '/v1/users', { token: adminToken, body: { ...second, role: 'admin' } });
      const secondToken = await t.login(second.email, second.password);
      const root = (await t.request('GET', '/v1/users?limit=200', { token: adminToken })).body.items.find((u: any) => u.email === ADMIN.email);
      const [a, b] = await Promise.all([
        t.request('POST', `/v1/users/${created.body.id}/deactivate`, { token: adminToken }),
        t.request('POST', `/v1/users/${root.id}/deactivate`, { token: secondToken }),
      ]);
      // The loser is refused: 403 when it got past the guard first, 401 when it arrived after the other committed.
      expect([a.status, b.status].filter((status) => status === 200)).toHaveLength(1);
      expect([a.status, b.status].every((status) => [200, 401, 403].includes(status))).toBe(true);
      const users = (await t.request('GET', '/v1/users?limit=200', { token: a.status === 200 ? adminToken : secondToken })).body.items;
      expect(users.filter((u: any) => u.role === 'admin' && u.active)).toHaveLength(1);
      // Put things back for the other tests.
      await t.app.get(DataSource).query(`UPDATE users SET active = true WHERE role = 'admin'`);
      // The deactivated admin's "inactive" stays cached for up to AUTH_USER_CACHE_MS.
      await new Promise((resolve) => setTimeout(resolve, 5200));
      // Deactivation ended the loser's sessions for good: when the bootstrap admin lost (the second
      // request won the race, as it did under CI's load), the later tests need a token of its own again.
      if (b.status === 200) adminToken = await t.login(ADMIN.email, ADMIN.password);
    }, 30_000);
  });

  describe('API keys', () => {
    it('creates a ctk_ key shown once; listings never show the key or its hash', async () => {
      const created = await t.request('POST', '/v1/api-keys', { token: adminToken, body: { name: ' newsroom-cms ' } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'newsroom-cms', revokedAt: null, lastUsedAt: null });
      expect(created.body.key).toMatch(/^ctk_[A-Za-z0-9_-]{43}$/);
      expect(created.body.key.startsWith(created.body.prefix)).toBe(true);

      const list = await t.request('GET', '/v1/api-keys', { token: adminToken });
      expect(list.status).toBe(200);
      const text = JSON.stringify(list.body);
      expect(text).not.toContain(created.body.key);
      expect(text).not.toMatch(/hash/i);
      expect(list.body.items.map((k: { id: string }) => k.id)).toContain(created.body.id);
    });

    it('lets a key call @AllowApiKey routes only, records lastUsedAt, and stops at revocation', async () => {
      const { body } = await t.request('POST', '/v1/api-keys', { token: adminToken, body: { name: 'wire' } });
      const key = body.key as string;

      const submit = await t.request('POST', '/probe/submit', { token: key });
      expect(submit.status).toBe(201);
      expect(submit.body).toEqual({
        kind: 'api-key',
        apiKeyId: body.id,
        name: 'wire',
        scopes: ['articles:write', 'articles:read', 'outlets:read'],
        ownArticlesOnly: false,
      });
      expect((await t.request('GET', '/probe/any-user', { token: key })).status).toBe(403);
      expect((await t.request('GET', '/v1/api-keys', { token: key })).status).toBe(403);

      const listed = await waitFor('the key to show its last use', async () => {
        const list = await t.request('GET', '/v1/api-keys?limit=200', { token: adminToken });
        const row = list.body.items.find((k: { id: string }) => k.id === body.id);
        return row?.lastUsedAt ? row : undefined;
      }, 3000);
      expect(Date.parse(listed.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);

      const revoked = await t.request('DELETE', `/v1/api-keys/${body.id}`, { token: adminToken });
      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).not.toBeNull();
      const after = await t.request('POST', '/probe/submit', { token: key });
      expect(after.status).toBe(401);
      expect(after.body.message).toBe('Invalid or revoked API key');
      // Revoking again keeps the first revocation time.
      const again = await t.request('POST', `/v1/api-keys/${body.id}/revoke`, { token: adminToken });
      expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    });

    // Keys are the organisation's, not their creator's: a newsroom system must not stop when the admin
    // who set it up leaves. They act with their own scopes (never a user's role) and end by revocation.
    it("keeps a key working after the admin who created it is demoted or deactivated; revocation ends it", async () => {
      const founder = (await t.request('POST', '/v1/users', { token: adminToken, body: { email: 'founder@example.org', password: 'founder-password-1', role: 'admin' } })).body;
      const founderToken = await t.login('founder@example.org', 'founder-password-1');
      const created = (await t.request('POST', '/v1/api-keys', { token: founderToken, body: { name: 'cms of a leaver' } })).body;
      expect(created.createdBy).toBe(founder.id);

      expect((await t.request('PATCH', `/v1/users/${founder.id}`, { token: adminToken, body: { role: 'reviewer' } })).status).toBe(200);
      expect((await t.request('POST', '/probe/submit', { token: created.key })).status).toBe(201);
      expect((await t.request('POST', `/v1/users/${founder.id}/deactivate`, { token: adminToken })).status).toBe(200);
      expect((await t.request('GET', '/probe/any-user', { token: founderToken })).status).toBe(401);
      const submitted = await t.request('POST', '/probe/submit', { token: created.key });
      expect([submitted.status, submitted.body.kind]).toEqual([201, 'api-key']);

      expect((await t.request('POST', `/v1/api-keys/${created.id}/revoke`, { token: adminToken })).status).toBe(200);
      expect((await t.request('POST', '/probe/submit', { token: created.key })).status).toBe(401);
    });

    it('refuses webhooks:manage on a key limited to its own articles (endpoints receive every article)', async () => {
      const refused = await t.request('POST', '/v1/api-keys', {
        token: adminToken,
        body: { name: 'desk hooks', scopes: ['articles:read', 'webhooks:manage'], ownArticlesOnly: true },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/own articles cannot use webhooks:manage/);
      const allowed = await t.request('POST', '/v1/api-keys', {
        token: adminToken,
        body: { name: 'desk reader', scopes: ['articles:read'], ownArticlesOnly: true },
      });
      expect(allowed.status).toBe(201);
    });

    it('refuses a forged key with the right prefix', async () => {
      const { body } = await t.request('POST', '/v1/api-keys', { token: adminToken, body: { name: 'forged' } });
      const forged = body.prefix + 'A'.repeat(43 - (body.prefix.length - 4));
      expect(forged).toHaveLength(body.key.length);
      expect((await t.request('POST', '/probe/submit', { token: forged })).status).toBe(401);
    });

    it('answers 400 for an empty name', async () => {
      const res = await t.request('POST', '/v1/api-keys', { token: adminToken, body: { name: '   ' } });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(/name must not be empty/);
    });
  });
});
