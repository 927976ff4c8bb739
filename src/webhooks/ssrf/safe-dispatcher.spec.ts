import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postMessage } from '../delivery/http-sender.js';
import { Allowlist } from './address-policy.js';
import { safeDispatcher, type LookupFn } from './safe-dispatcher.js';

// Traffic goes only to the receiver started here, on 127.0.0.1.
describe('safeDispatcher (connect-time SSRF check)', () => {
  let server: Server;
  let port: number;
  let hits = 0;
  const limits = { timeoutMs: 2000, maxBytes: 1024 };

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits++;
      if (req.url === '/redirect') {
        res.writeHead(308, { location: `http://127.0.0.1:${port}/` }).end();
        return;
      }
      if (req.url === '/big') {
        res.writeHead(200).end('x'.repeat(1024 * 1024));
        return;
      }
      if (req.url === '/endless') {
        // Chunked, no length declared, never ending: only the cap ends the read.
        res.writeHead(200);
        const more = setInterval(() => res.write('y'.repeat(512)), 5);
        res.on('close', () => clearInterval(more));
        return;
      }
      res.writeHead(200).end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (hits = 0));

  // A name that passed registration as public but now resolves to loopback: DNS rebinding.
  const rebinding: LookupFn = (_host, options, callback) =>
    options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

  it('refuses a name that resolves to loopback at connect time, without connecting', async () => {
    const dispatcher = safeDispatcher(new Allowlist([]), { connectTimeoutMs: 1000, lookup: rebinding });
    const outcome = await postMessage(dispatcher, `http://public.example:${port}/`, {}, '{}', limits);
    await dispatcher.close();
    expect(outcome.ok).toBe(false);
    expect(outcome.statusCode).toBeNull();
    expect(outcome.error).toMatch(/refused to connect to public\.example: 127\.0\.0\.1 is a loopback address/);
    expect(hits).toBe(0);
  });

  it.each(['127.0.0.1', '[::ffff:127.0.0.1]', '[::1]'])('refuses the IP literal %s, without connecting', async (host) => {
    const dispatcher = safeDispatcher(new Allowlist([]), { connectTimeoutMs: 1000 });
    const outcome = await postMessage(dispatcher, `http://${host}:${port}/`, {}, '{}', limits);
    await dispatcher.close();
    expect(outcome.error).toMatch(/refused to connect .* loopback address/);
    expect(hits).toBe(0);
  });

  it('connects where the allowlist says so; a redirect is a failure, never followed; the answer read is capped', async () => {
    const dispatcher = safeDispatcher(new Allowlist(['127.0.0.1/32']), { connectTimeoutMs: 1000 });
    expect(await postMessage(dispatcher, `http://127.0.0.1:${port}/`, {}, '{}', limits)).toEqual(
      expect.objectContaining({ ok: true, statusCode: 200, responseExcerpt: 'ok' }),
    );
    const redirect = await postMessage(dispatcher, `http://127.0.0.1:${port}/redirect`, {}, '{}', limits);
    expect(redirect).toEqual(expect.objectContaining({ ok: false, statusCode: 308 }));
    expect(redirect.error).toMatch(/redirect \(308\) .* not followed/);
    const big = await postMessage(dispatcher, `http://127.0.0.1:${port}/big`, {}, '{}', limits);
    expect(big.ok).toBe(true);
    expect(big.responseExcerpt!.length).toBeLessThanOrEqual(1000);
    await dispatcher.close();
    expect(hits).toBe(3); // the redirect's target was never called
  });

  it('stops reading an answer of undeclared length at the cap', async () => {
    const dispatcher = safeDispatcher(new Allowlist(['127.0.0.1/32']), { connectTimeoutMs: 1000 });
    const endless = await postMessage(dispatcher, `http://127.0.0.1:${port}/endless`, {}, '{}', limits);
    await dispatcher.close();
    expect(endless).toEqual(expect.objectContaining({ ok: true, statusCode: 200, error: null }));
    expect(endless.responseExcerpt).toBe('y'.repeat(1000));
  });
});
