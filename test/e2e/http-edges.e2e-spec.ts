import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import { registerUi } from '../../src/ui/serve-ui.js';
import { createPerson } from '../support/review.js';
import { Stack } from '../support/stack.js';
import { waitFor } from '../support/wait-for.js';

// HTTP-level behaviour a generic client or validator expects of every route.
describe('HTTP edges', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.create('http_edges', { WEBHOOK_ALLOWLIST: '127.0.0.1/32' });
    await stack.start();
  }, 90_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  describe('a method no route takes at a path that exists', () => {
    it('is a 405 naming the methods in Allow, in the error shape', async () => {
      const response = await stack.request('DELETE', '/v1/articles');
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
      expect(response.body).toEqual({ statusCode: 405, error: 'Method Not Allowed', message: expect.stringContaining('GET, HEAD, POST') });
    });

    it('holds for paths with an id, and OPTIONS lists the methods (204)', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      const deleted = await stack.request('DELETE', `/v1/users/${id}`);
      expect(deleted.status).toBe(405);
      expect(deleted.headers.get('allow')).toBe('PATCH, OPTIONS');
      const options = await stack.request('OPTIONS', `/v1/webhooks/${id}`, { token: null });
      expect(options.status).toBe(204);
      expect(options.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
    });

    it('is a 404, not a 405 naming the method itself, when an id segment is empty', async () => {
      for (const [method, path] of [['GET', '/v1/articles//claims'], ['POST', '/v1/claims//dismiss'], ['GET', '/v1/articles/'], ['DELETE', '/v1/webhooks/']]) {
        const response = await stack.request(method, path);
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
        expect(response.headers.get('allow')).toBeNull();
      }
    });

    it('leaves unknown paths a 404', async () => {
      expect((await stack.request('POST', '/v1/nothing-here')).status).toBe(404);
      expect((await stack.request('POST', '/a/client/route')).status).toBe(404);
    });
  });

  describe('the report route', () => {
    let articleId: string;

    beforeAll(async () => {
      const key = await stack.createApiKey('http edges');
      const submitted = await stack.request('POST', '/v1/articles', { token: key, body: { text: 'According to Reuters, the bridge closed on Monday.' } });
      articleId = submitted.body.id;
    });

    it('answers in the format the Accept header asks for when ?format= is absent', async () => {
      const md = await stack.request('GET', `/v1/articles/${articleId}/report`, { headers: { accept: 'text/markdown' } });
      expect(md.status).toBe(200);
      expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
      expect(md.headers.get('vary')).toMatch(/accept/i);
      const html = await stack.request('GET', `/v1/articles/${articleId}/report`, { headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(html.headers.get('content-type')).toMatch(/^text\/html/);
      const json = await stack.request('GET', `/v1/articles/${articleId}/report`, { headers: { accept: '*/*' } });
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('is a 406 in the error shape for an Accept it cannot serve', async () => {
      const response = await stack.request('GET', `/v1/articles/${articleId}/report`, { headers: { accept: 'image/png' } });
      expect(response.status).toBe(406);
      expect(response.body).toEqual({ statusCode: 406, error: 'Not Acceptable', message: expect.stringContaining('text/markdown') });
    });
  });

  describe('the charset of a JSON body', () => {
    let key: string;

    beforeAll(async () => {
      key = await stack.createApiKey('charsets');
    });

    const submit = (contentType: string, raw: string | Buffer) =>
      stack.request('POST', '/v1/articles', { token: key, raw, headers: { 'content-type': contentType } });

    it('refuses a charset other than UTF-8 with 415, before the parser misreads the bytes', async () => {
      const latin1 = Buffer.from('{"text":"Caf\u00e9 owners said, according to Reuters, that rents rose."}', 'latin1');
      const response = await submit('application/json; charset=ISO-8859-1', latin1);
      expect(response.status).toBe(415);
      expect(response.body).toEqual({ statusCode: 415, error: 'Unsupported Media Type', message: expect.stringContaining('UTF-8') });
      expect((await submit('application/json; charset=utf-16', '{"text":"x"}')).status).toBe(415);
    });

    it('takes UTF-8 however it is spelled', async () => {
      const spellings = [
        'application/json; charset=utf-8',
        'application/json;charset="UTF-8"',
        'Application/JSON; Charset=utf8',
        // A quoted parameter may hold a semicolon or a quoted-pair (RFC 9110, 5.6.4): no other charset is named.
        'application/json; profile="urn:x;charset=latin1"; charset=utf-8',
        'application/json; charset="utf\\-8"',
      ];
      for (const contentType of spellings) {
        expect((await submit(contentType, JSON.stringify({ text: `Spelled ${contentType}: according to Reuters, it rained.` }))).status).toBe(202);
      }
    });
  });

  describe('paging through rows created at the same instant', () => {
    it('lists webhook endpoints in one order, page after page, each exactly once', async () => {
      const created: string[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await stack.request('POST', '/v1/webhooks', { body: { url: `http://127.0.0.1:9/hook-${i}`, events: ['claim.graded'] } });
        created.push(response.body.id);
      }
      const db = await new DataSource({ type: 'postgres', url: stack.databaseUrl }).initialize();
      try {
        await db.query(`UPDATE webhook_endpoints SET created_at = '2026-01-01T00:00:00Z'`);
      } finally {
        await db.destroy();
      }
      const paged: string[] = [];
      for (let offset = 0; offset < created.length; offset++) {
        paged.push(...(await stack.request('GET', `/v1/webhooks?limit=1&offset=${offset}`)).body.items.map((e: { id: string }) => e.id));
      }
      expect(paged).toEqual([...created].sort());
    });
  });

  describe('401 answers', () => {
    it('carry a Bearer challenge in WWW-Authenticate, naming a token sent as invalid', async () => {
      const none = await stack.request('GET', '/v1/articles', { token: null });
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer realm="claimtrail"');
      const bad = await stack.request('GET', '/v1/articles', { token: 'not-a-token' });
      expect(bad.status).toBe(401);
      expect(bad.headers.get('www-authenticate')).toBe('Bearer realm="claimtrail", error="invalid_token"');
      expect(bad.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
    });
  });

  describe('a JSON body naming one key twice in an object', () => {
    it('is a 400 naming the key and where it is, whichever value came last', async () => {
      const raw = '{"name":"first","scopes":["articles:read"],"name":"second"}';
      const response = await stack.request('POST', '/v1/api-keys', { raw, headers: { 'content-type': 'application/json' } });
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'body has the key "name" more than once (each key may appear once in an object)',
      });
      const listed = await stack.request('GET', '/v1/api-keys?limit=100');
      expect(listed.body.items.map((k: { name: string }) => k.name)).not.toContain('second');
    });
  });

  describe('a query string with broken percent-encoding', () => {
    it('is a 400 as the same in a path is (the broken value was searched for as written)', async () => {
      for (const query of ['q=%ZZWall', 'q=Wall%', 'q=%ED%A0%80']) {
        const response = await stack.request('GET', `/v1/outlets?${query}`);
        expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^the query string is malformed/) });
      }
      expect((await stack.request('GET', '/v1/outlets?q=Wall%20Street')).status).toBe(200);
    });
  });

  describe("the router's own refusals", () => {
    it('are never cached, as every other API answer (a malformed path, a path segment over 100 characters)', async () => {
      const refusals = [
        ['GET', '/v1/articles/%zz', 400],
        ['POST', `/v1/claims/${'a'.repeat(101)}/release`, 414],
      ] as const;
      for (const [method, path, status] of refusals) {
        const response = await stack.request(method, path, { token: null });
        expect([path, response.status, response.body.statusCode, response.headers.get('cache-control')]).toEqual([path, status, status, 'no-store']);
      }
    });
  });

  // The router matches the raw path: /v1%2fusers missed every API route and the UI's fallback answered it
  // with a 200 page of HTML, where anything that decodes the path (a proxy, a log, a client library) reads /v1/users.
  describe('an API path written with percent-encoding', () => {
    let ui: FastifyInstance;
    let root: string;
    const PAGE = '<!doctype html><title>claimtrail</title>';

    beforeAll(async () => {
      // The UI's routes as the service registers them, over a page of our own: the test knows what it holds.
      root = mkdtempSync(join(tmpdir(), 'claimtrail-ui-'));
      writeFileSync(join(root, 'index.html'), PAGE);
      ui = Fastify();
      await registerUi(ui, root);
    });

    afterAll(async () => {
      await ui?.close();
      rmSync(root, { recursive: true, force: true });
    });

    const API_PATHS = [
      '/v1%2fusers', '/v1%2Fusers', '/v1%2F', '/v1%2f', '/V1%2Fusers', '/%76%31/users', '/v1%252fusers', '/v1%5Cusers',
      '/articles/%2e%2e/v1/users', '/articles/..%2fv1%2fusers', '/health%2flive', '/docs%2fx', '/admin%2Fqueues', '/metrics%3Fx',
      // A path parameter, which servers such as Tomcat drop before routing: a proxy in front reads the API there.
      '/v1;x/articles', '/v1;', '/health;x/live', '/v1%3Bx/users',
    ];

    it('is a JSON 404, as any unknown API path is, not the UI\'s page', async () => {
      for (const path of API_PATHS) {
        const response = await ui.inject({ method: 'GET', url: path });
        expect({ path, status: response.statusCode, type: response.headers['content-type'] }).toEqual({ path, status: 404, type: expect.stringContaining('application/json') });
        expect(response.json()).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringMatching(/^Cannot GET \//) });
      }
    });

    it('leaves the UI its own paths, encoded or not', async () => {
      for (const path of ['/', '/articles', '/review/source_check', '/articles/1?claim=2', '/manage%2Fwebhooks', '/v10', '/documents', '/search/v1%20notes']) {
        const response = await ui.inject({ method: 'GET', url: path });
        expect({ path, status: response.statusCode, body: response.body }).toEqual({ path, status: 200, body: PAGE });
      }
    });

    it('is a JSON 404 from the service, never cached', async () => {
      for (const path of ['/v1%2fusers', '/v1%2F', '/v1;x/articles']) {
        const response = await stack.request('GET', path);
        expect([response.status, response.body.statusCode, response.headers.get('cache-control')]).toEqual([404, 404, 'no-store']);
      }
    });
  });

  describe('a member named like a built-in of JavaScript objects', () => {
    it('is refused as any unknown member is, in a query or a body (it was dropped unread)', async () => {
      for (const query of ['toString=1', 'constructor=1', '__proto__=1']) {
        const response = await stack.request('GET', `/v1/outlets?q=Wall&${query}`);
        expect([response.status, response.body.message]).toEqual([400, `property query.${query.split('=')[0]} should not exist`]);
      }
      const body = await stack.request('POST', '/v1/api-keys', { raw: '{"name":"built-in","constructor":1}', headers: { 'content-type': 'application/json' } });
      expect(body.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'property body.constructor should not exist' });
    });
  });

  describe('bytes that are not a valid HTTP request', () => {
    /** What the service writes back to raw bytes, read until it closes the connection. */
    const rawAnswer = (bytes: string) =>
      new Promise<string>((resolve, reject) => {
        const { port, hostname } = new URL(stack.api.baseUrl);
        const socket = connect(Number(port), hostname, () => socket.write(bytes));
        let answer = '';
        socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
        socket.on('close', () => resolve(answer));
        // The service closes the connection at once; bytes still on their way make that a reset.
        socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
      });
    const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;
    /** helmet's headers, which these answers given before any hook lacked (all but X-Content-Type-Options). */
    const expectSecurityHeaders = (answer: string) => {
      const head = answer.slice(0, answer.indexOf('\r\n\r\n')).toLowerCase();
      for (const line of ['strict-transport-security: max-age=', 'x-frame-options: sameorigin', 'referrer-policy: no-referrer', 'x-content-type-options: nosniff', "content-security-policy: default-src 'none'"]) {
        expect(head).toContain(`\r\n${line}`);
      }
    };

    it('get the error shape with a reason (Fastify said "Client Error" for every fault)', async () => {
      const smuggled = await rawAnswer('POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
      expect(smuggled).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(bodyOf(smuggled)).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^the request is not valid HTTP\/1\.1/) });
      const huge = await rawAnswer(`GET /v1/outlets?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(huge).toMatch(/^HTTP\/1\.1 431 /);
      expect(bodyOf(huge)).toEqual({ statusCode: 431, error: 'Request Header Fields Too Large', message: expect.stringMatching(/^the request line and headers/) });
      expectSecurityHeaders(smuggled);
      expectSecurityHeaders(huge);
    });

    it('answer an HTTP/1.1 request without Host with 400 in the error shape (Node sent a bare 400, no body)', async () => {
      const answer = await rawAnswer('GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(bodyOf(answer)).toEqual({ statusCode: 400, error: 'Bad Request', message: 'an HTTP/1.1 request must send a Host header' });
    });

    it('refuse a request target carrying a fragment with 400 naming it (its words were read as a query)', async () => {
      const token = await stack.adminToken();
      const answer = await rawAnswer(`GET /v1/articles#x HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(bodyOf(answer)).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('fragment') });
    });

    // Node kept the first copy and dropped the others, so a proxy reading another copy disagreed with the service.
    it('refuse a Host, Authorization or Content-Type sent twice with 400 (the first copy was used)', async () => {
      const twice = async (name: string, first: string, second: string, request = 'GET /v1/articles') =>
        rawAnswer(`${request} HTTP/1.1\r\nHost: x\r\n${name}: ${first}\r\n${name}: ${second}\r\nConnection: close\r\n\r\n`);
      const hosts = await twice('Host', 'y', 'z', 'GET /health/live');
      expect(hosts).toMatch(/^HTTP\/1\.1 400 /);
      expect(bodyOf(hosts)).toEqual({ statusCode: 400, error: 'Bad Request', message: 'the Host header is sent more than once; send it once' });
      const token = await stack.adminToken();
      for (const second of ['Bearer forged', `Bearer ${token}`]) {
        const credentials = await twice('Authorization', `Bearer ${token}`, second);
        expect(credentials).toMatch(/^HTTP\/1\.1 400 /);
        expect(bodyOf(credentials)).toEqual({ statusCode: 400, error: 'Bad Request', message: 'the Authorization header is sent more than once; send it once' });
      }
      const types = await rawAnswer(
        `POST /v1/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Type: text/plain\r\n` +
          'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
      );
      expect(types).toMatch(/^HTTP\/1\.1 400 /);
      expect(bodyOf(types)).toMatchObject({ statusCode: 400, message: 'the Content-Type header is sent more than once; send it once' });
    });

    it('a client hanging up in the middle of its body is its own fault, not an outage logged as an error', async () => {
      const requestId = randomUUID();
      const { port, hostname } = new URL(stack.api.baseUrl);
      // A sign-in (an open route, so its body is read at once) with 9 of the 100 bytes it announced.
      const head = `POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nX-Request-Id: ${requestId}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`;
      const socket = connect(Number(port), hostname, () => socket.write(`${head}{"email":`, () => socket.destroy()));
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.on('close', resolve));
      // Logged once the service has seen the hang-up (a 404 is a warn line, which the stack's log level keeps).
      const after = randomUUID();
      expect((await stack.request('GET', '/v1/nothing-here', { headers: { 'x-request-id': after } })).status).toBe(404);
      await waitFor('the next request in the log', () => (stack.api.log.includes(after) ? true : undefined), 5_000);
      const lines = stack.api.log.split('\n').filter((line) => line.includes(requestId));
      // It was answered as a 503 (ECONNRESET read as a lost database) and logged at error level with its stack.
      expect(lines.filter((line) => line.includes('"level":50'))).toEqual([]);
      expect(lines.join('\n')).not.toMatch(/"statusCode":503|"msg":"503/);
    });

    it('answer an Expect other than 100-continue with 417 in the error shape (Node sent a bare 417)', async () => {
      const answer = await rawAnswer('POST /v1/articles HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}');
      expect(answer).toMatch(/^HTTP\/1\.1 417 Expectation Failed\r\n/);
      expect(bodyOf(answer)).toEqual({ statusCode: 417, error: 'Expectation Failed', message: 'the Expect header "200-ok" is not supported; only 100-continue is' });
      expectSecurityHeaders(answer);
    });
  });

  describe('a body nobody may send', () => {
    const json = { 'content-type': 'application/json' };

    /** The first bytes the service answers to headers announcing `length` bytes of body, of which only `{"` is sent. */
    const answerBeforeBody = (path: string, headers: string, length = 2_000_000) =>
      new Promise<string>((resolve, reject) => {
        const { port, hostname } = new URL(stack.api.baseUrl);
        const socket = connect(Number(port), hostname, () =>
          socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${headers}Content-Length: ${length}\r\n\r\n{"`),
        );
        const timer = setTimeout(() => (socket.destroy(), resolve('no answer while the body was awaited')), 5_000);
        socket.once('data', (chunk: Buffer) => (clearTimeout(timer), socket.destroy(), resolve(chunk.toString().split('\r\n')[0])));
        socket.on('error', (error) => (clearTimeout(timer), reject(error)));
      });

    it('is refused on a closed route before it is read (it was parsed, up to 2 MB, before the 401)', async () => {
      expect(await answerBeforeBody('/v1/articles', '')).toBe('HTTP/1.1 401 Unauthorized');
      const fakeKey = `ctk_${'A'.repeat(43)}`;
      expect(await answerBeforeBody('/v1/articles', `Authorization: Bearer ${fakeKey}\r\n`)).toBe('HTTP/1.1 401 Unauthorized');
      const unread = await stack.request('POST', '/v1/articles', { token: null, raw: '{not json', headers: json });
      expect(unread.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Bearer') });
      expect(unread.headers.get('www-authenticate')).toBe('Bearer realm="claimtrail"');
    });

    it('is refused before it is read when the route does not admit the caller (it was parsed, up to 2 MB, before the 403)', async () => {
      const reviewer = await createPerson(stack, 'reviewer', 'body-gate');
      const key = await stack.createApiKey('body gate');
      // @Roles(admin) on the users controller; @RolesOrApiKey(webhooks:manage, admin) on the webhooks controller.
      expect(await answerBeforeBody('/v1/users', `Authorization: Bearer ${reviewer.token}\r\n`)).toBe('HTTP/1.1 403 Forbidden');
      expect(await answerBeforeBody('/v1/users', `Authorization: Bearer ${key}\r\n`)).toBe('HTTP/1.1 403 Forbidden');
      expect(await answerBeforeBody('/v1/webhooks', `Authorization: Bearer ${key}\r\n`)).toBe('HTTP/1.1 403 Forbidden');
      // The answer is the guard's, word for word.
      const refused = await stack.request('POST', '/v1/users', { token: reviewer.token, raw: '{not json', headers: json });
      expect(refused.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'This endpoint requires one of the roles: admin' });
      const unscoped = await stack.request('POST', '/v1/webhooks', { token: key, raw: '{not json', headers: json });
      expect(unscoped.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'This API key lacks the scope webhooks:manage' });
      // A route the reviewer may use still reads the body.
      const read = await stack.request('POST', '/v1/review/source_check/next', { token: reviewer.token, raw: '{not json', headers: json });
      expect([read.status, read.body.message]).toEqual([400, expect.stringMatching(/^the body is not valid JSON/)]);
    });

    it('is not asked for (no 100 Continue) when it would be refused unread', async () => {
      const expect100 = 'Expect: 100-continue\r\n';
      const reviewer = await createPerson(stack, 'reviewer', 'continue');
      // Node sent "100 Continue" before any check: curl then uploaded the whole body to be told 401.
      expect(await answerBeforeBody('/v1/articles', `${expect100}Authorization: Bearer ctk_${'A'.repeat(43)}\r\n`)).toBe('HTTP/1.1 401 Unauthorized');
      expect(await answerBeforeBody('/v1/users', `${expect100}Authorization: Bearer ${reviewer.token}\r\n`)).toBe('HTTP/1.1 403 Forbidden');
      expect(await answerBeforeBody('/v1/nothing-here', expect100)).toBe('HTTP/1.1 404 Not Found');
      expect(await answerBeforeBody('/v1/auth/login', expect100, 17_000)).toBe('HTTP/1.1 413 Payload Too Large');
      // A caller the route admits is asked for the body, which is then read as any other.
      expect(await answerBeforeBody('/v1/articles', `${expect100}Authorization: Bearer ${reviewer.token}\r\n`, 100)).toBe('HTTP/1.1 100 Continue');
      const body = '{"text": 7}';
      const answer = await new Promise<string>((resolve, reject) => {
        const { port, hostname } = new URL(stack.api.baseUrl);
        let seen = '';
        const socket = connect(Number(port), hostname, () =>
          socket.write(`POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${expect100}Authorization: Bearer ${reviewer.token}\r\nContent-Length: ${body.length}\r\n\r\n`),
        );
        socket.on('data', (chunk: Buffer) => {
          if (!seen) socket.write(body);
          seen += chunk.toString();
          if (!seen.includes('\r\n\r\n{')) return;
          socket.destroy();
          resolve(seen);
        });
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 400 Bad Request\r\n/);
      expect(answer).toMatch(/text must be a string/);
    });

    it('on a GET is none of the gate\'s business: GET /v1/auth/session without credentials is still "nobody" (it was a 401)', async () => {
      const answer = await new Promise<string>((resolve, reject) => {
        const { port, hostname } = new URL(stack.api.baseUrl);
        let seen = '';
        const socket = connect(Number(port), hostname, () =>
          socket.write('GET /v1/auth/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'),
        );
        socket.on('data', (chunk: Buffer) => (seen += chunk.toString()));
        socket.on('close', () => resolve(seen));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({ user: null });
    });

    it('is not read at an unknown path either: a 404 at once', async () => {
      expect(await answerBeforeBody('/v1/nothing-here', '')).toBe('HTTP/1.1 404 Not Found');
      const unread = await stack.request('POST', '/v1/nothing-here', { token: null, raw: '{not json', headers: json });
      expect(unread.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot POST /v1/nothing-here' });
    });

    it('is at most 16 KiB on an open route (the sign-in took 2 MB)', async () => {
      const padded = `{"email":"admin@example.org",${' '.repeat(17_000)}"password":"wrong password"}`;
      for (const path of ['/v1/auth/login', '/v1/auth/session']) {
        const response = await stack.request('POST', path, { token: null, raw: padded, headers: json });
        expect(response.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'request body is larger than the limit of 16384 bytes' });
      }
      expect(await answerBeforeBody('/v1/auth/login', '', 17_000)).toBe('HTTP/1.1 413 Payload Too Large');
    });

    it('is read as before once the caller is known', async () => {
      const parsed = await stack.request('POST', '/v1/articles', { raw: '{not json', headers: json });
      expect([parsed.status, parsed.body.message]).toEqual([400, expect.stringMatching(/^the body is not valid JSON/)]);
    });
  });

  describe('a bodiless POST sent with Content-Type: application/json', () => {
    it('is taken as a request without a body', async () => {
      const key = (await stack.request('POST', '/v1/api-keys', { body: { name: 'to revoke' } })).body;
      const revoked = await stack.request('POST', `/v1/api-keys/${key.id}/revoke`, { raw: '', headers: { 'content-type': 'application/json' } });
      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).toEqual(expect.any(String));
    });

    it('still names what a route that needs a body is missing', async () => {
      const response = await stack.request('POST', '/v1/api-keys', { raw: '', headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
    });
  });
});
