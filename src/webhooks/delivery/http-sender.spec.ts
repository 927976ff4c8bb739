import type { Dispatcher } from 'undici';
import { postMessage } from './http-sender.js';

/** A dispatcher stuck before any connection (a lookup or connect that never answers). */
const neverConnects = { dispatch: () => true } as unknown as Dispatcher;

describe('postMessage', () => {
  it('ends an attempt at its timeout even when it never reached a connection', async () => {
    const started = performance.now();
    const outcome = await postMessage(neverConnects, 'http://receiver.example/hook', {}, '{}', { timeoutMs: 50, maxBytes: 1024 });
    expect(outcome).toMatchObject({ ok: false, statusCode: null, error: 'timed out after 50 ms' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
