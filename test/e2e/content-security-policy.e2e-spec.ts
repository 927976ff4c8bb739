import { useStack } from '../support/stack.js';

// The OpenAPI page and the queue dashboard run inline scripts and styles (Swagger UI's, Bull Board's), so
// their policy allows them; every other page keeps the review UI's strict one. That looser policy belongs
// to those two places only: a path that merely begins with their names ("/docsx", "/admin/queuesx") is
// the review UI's (the SPA's index.html, which reads the session cookie) or a 404, never theirs.
describe('content security policy by path', () => {
  const stack = useStack('csp_paths');

  const policy = async (path: string) => (await stack.request('GET', path, { token: null })).headers.get('content-security-policy');

  it("gives the OpenAPI page and the queue dashboard's sign-in their own policy", async () => {
    for (const path of ['/docs', '/docs/', '/docs-json', '/admin/queues/sign-in']) {
      expect({ path, policy: await policy(path) }).toEqual({ path, policy: expect.stringContaining("script-src 'self' 'unsafe-inline'") });
    }
  });

  it('gives a path that only begins with their names the strict policy', async () => {
    for (const path of ['/docsx', '/docs-jsonx', '/docs.html', '/docs%2fx', '/admin/queuesx', '/admin/queues-x', '/docsx?y=1']) {
      const answer = await policy(path);
      expect({ path, inline: answer?.includes('unsafe-inline') }).toEqual({ path, inline: false });
    }
  });
});
