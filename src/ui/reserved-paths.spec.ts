import { isClientRoute, isReservedPath } from './reserved-paths.js';

describe('SPA fallback', () => {
  it.each(['/v1', '/v1/articles', '/docs', '/docs-json', '/health/live', '/metrics', '/admin/queues', '/v1?x=1', '//v1/articles', '/V1/articles', '/Health/live'])('never shadows %s', (path) => {
    expect(isReservedPath(path)).toBe(true);
  });

  it.each(['/', '/review/verdict', '/articles/1', '/v10', '/documents', '/administrator'])('serves the UI at %s', (path) => {
    expect(isReservedPath(path)).toBe(false);
  });
});

describe('client routes', () => {
  it('sends index.html for router paths, not for missing files', () => {
    expect(isClientRoute('/review/verdict?x=1')).toBe(true);
    expect(isClientRoute('/assets/missing.js')).toBe(false);
    expect(isClientRoute('/v1/whatever')).toBe(false);
  });
});
