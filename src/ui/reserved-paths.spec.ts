import { isApiPath, isClientRoute, isPrivateAnswerPath, isReservedPath } from './reserved-paths.js';

describe('SPA fallback', () => {
  it.each(['/v1', '/v1/articles', '/docs', '/docs-json', '/health/live', '/metrics', '/admin/queues', '/v1?x=1', '//v1/articles', '/V1/articles', '/Health/live'])('never shadows %s', (path) => {
    expect(isReservedPath(path)).toBe(true);
  });

  // Percent-encoded, or reached through a dot segment or a backslash: still the API's, never the UI's page.
  it.each(['/v1%2fusers', '/v1%2F', '/%76%31/users', '/v1%252fusers', '/v1%5Cusers', '/x/%2e%2e/v1/users', '/x/../v1', '/health%2Flive', '/docs%3Fx'])(
    'never shadows %s, encoded',
    (path) => {
      expect(isReservedPath(path)).toBe(true);
      expect(isClientRoute(path)).toBe(false);
    },
  );

  // A path parameter (";x"), which servers such as Tomcat or Spring drop before routing: a proxy reads the API there.
  it.each(['/v1;x/articles', '/v1;', '/health;jsessionid=1/live', '/v1%3Bx/users'])('never shadows %s, with a path parameter', (path) => {
    expect(isReservedPath(path)).toBe(true);
    expect(isClientRoute(path)).toBe(false);
    expect(isApiPath(path)).toBe(path.toLowerCase().startsWith('/v1'));
  });

  it('reads a path with broken percent-encoding as written', () => {
    expect(isReservedPath('/v1%zz')).toBe(false);
    expect(isReservedPath('/v1/%zz')).toBe(true);
  });

  it.each(['/', '/review/verdict', '/articles/1', '/v10', '/documents', '/administrator', '/manage%2Fusers', '/v1%20notes'])('serves the UI at %s', (path) => {
    expect(isReservedPath(path)).toBe(false);
  });
});

describe('client routes', () => {
  it('sends index.html for router paths, not for missing files', () => {
    expect(isClientRoute('/review/verdict?x=1')).toBe(true);
    expect(isClientRoute('/assets/missing.js')).toBe(false);
    expect(isClientRoute('/v1/whatever')).toBe(false);
    expect(isClientRoute('/assets/missing%2Ejs')).toBe(false);
  });
});

describe('API paths', () => {
  it('are /v1 however written, and nothing else', () => {
    for (const path of ['/v1/articles', '/V1', '//v1/x', '/v1%2fusers', '/%76%31']) expect(isApiPath(path)).toBe(true);
    for (const path of ['/', '/v10', '/docs', '/articles/v1']) expect(isApiPath(path)).toBe(false);
  });
});

describe('answers no cache may keep', () => {
  it('are the API and the queue dashboard, however written', () => {
    for (const path of ['/v1/articles', '/admin/queues', '/admin/queues/api/queues', '/ADMIN/queues?x=1', '/admin%2fqueues']) expect(isPrivateAnswerPath(path)).toBe(true);
    for (const path of ['/', '/docs', '/admin/queuesx', '/admin', '/assets/app.js']) expect(isPrivateAnswerPath(path)).toBe(false);
  });
});
