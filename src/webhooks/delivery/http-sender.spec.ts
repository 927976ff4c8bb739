import { gzipSync } from 'node:zlib';
import type { Dispatcher } from 'undici';
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
});
