import { useStack } from '../support/stack.js';

// The queue dashboard answers an admin's bearer token or board cookie with the jobs' data (article ids,
// payloads, failure reasons and stack traces): like every /v1 answer, no browser or proxy cache may keep it.
describe('queue dashboard caching', () => {
  const stack = useStack('board_caching');

  it('sends its signed-in answers, the page and its JSON, with Cache-Control: no-store', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues', '/admin/queues/api/redis/stats']) {
      const answer = await stack.request('GET', path);
      expect({ path, status: answer.status, cacheControl: answer.headers.get('cache-control') }).toEqual({ path, status: 200, cacheControl: 'no-store' });
    }
  });

  it('sends its refusals so too', async () => {
    const refused = await stack.request('GET', '/admin/queues/api/queues', { token: null });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});
