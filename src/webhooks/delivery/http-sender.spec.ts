import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Agent, type Dispatcher } from 'undici';
import { postMessage } from './http-sender.js';

/** A dispatcher stuck before any connection (a lookup or connect that never answers). */
const neverConnects = { dispatch: () => true } as unknown as Dispatcher;

/** A dispatcher whose receiver answers at once with this status and body. */
function answers(statusCode: number, body: Buffer, headers: Record<string, string> = {}): Dispatcher {
  const controller = { abort: () => undefined } as unknown as Dispatcher.DispatchController;
  return {
    dispatch: (_options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler) => {
      queueMicrotask(() => {
        handler.onRequestStart?.(controller, {});
        handler.onResponseStart?.(controller, statusCode, headers, '');
        handler.onResponseData?.(controller, body);
        handler.onResponseEnd?.(controller, {});
      });
      return true;
    },
  } as unknown as Dispatcher;
}

describe('postMessage', () => {
  it("keeps a NUL in the receiver's answer out of the excerpt (PostgreSQL text cannot hold one)", async () => {
    const outcome = await postMessage(answers(200, Buffer.from('ok\0then more')), 'http://receiver.example/hook', {}, '{}', {
      timeoutMs: 1_000,
      maxBytes: 1024,
    });
    expect(outcome).toMatchObject({ ok: true, statusCode: 200, responseExcerpt: 'ok\uFFFDthen more' });
  });

  it('ends an attempt at its timeout even when it never reached a connection', async () => {
    const started = performance.now();
    const outcome = await postMessage(neverConnects, 'http://receiver.example/hook', {}, '{}', { timeoutMs: 50, maxBytes: 1024 });
    expect(outcome).toMatchObject({ ok: false, statusCode: null, error: 'timed out after 50 ms' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('names a compressed answer in the excerpt instead of showing its bytes as text', async () => {
    const gzipped = gzipSync(Buffer.alloc(10_000));
    const outcome = await postMessage(answers(500, gzipped, { 'content-encoding': 'gzip' }), 'http://receiver.example/hook', {}, '{}', {
      timeoutMs: 1_000,
      maxBytes: 1024,
    });
    expect(outcome.responseExcerpt).toBe(`(a gzip-encoded answer, ${gzipped.length} bytes read, not shown)`);
  });

  describe('a receiver that sends its status, then never finishes its answer', () => {
    let server: Server;
    let url: string;
    const agent = new Agent();

    beforeAll(async () => {
      server = createServer((req, res) => {
        const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status'));
        req.resume();
        req.on('end', () => {
          res.writeHead(status, { 'content-type': 'text/plain' });
          res.write('accepted, still writing');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await agent.close();
    });

    it('counts a 2xx as delivered (a retry would deliver it twice), noting the cut in the excerpt', async () => {
      const outcome = await postMessage(agent, `${url}?status=200`, {}, '{}', { timeoutMs: 300, maxBytes: 1024 });
      expect(outcome).toMatchObject({ ok: true, statusCode: 200, error: null });
      expect(outcome.responseExcerpt).toBe('accepted, still writing (the rest of the answer did not arrive: timed out after 300 ms)');
    });

    it('keeps the status of a failure', async () => {
      const outcome = await postMessage(agent, `${url}?status=500`, {}, '{}', { timeoutMs: 300, maxBytes: 1024 });
      expect(outcome).toMatchObject({ ok: false, statusCode: 500, error: 'receiver answered 500' });
    });
  });
});
