import { denialReason, type RoutePolicy } from './authorize.js';
import type { Principal } from './principal.js';

const key = (ownArticlesOnly: boolean): Principal => ({
  kind: 'api-key',
  apiKeyId: 'k1',
  name: 'desk',
  scopes: ['articles:read', 'webhooks:manage'],
  ownArticlesOnly,
});

// The webhooks routes: admins, or keys with webhooks:manage (@RolesOrApiKey).
const WEBHOOKS: RoutePolicy = { allowApiKey: false, roles: ['admin'], keyScopeBesideRoles: 'webhooks:manage' };
const ARTICLES: RoutePolicy = { allowApiKey: true, scope: 'articles:read' };

describe('API keys limited to their own articles', () => {
  it('cannot manage webhooks, whose endpoints and delivery log span every article', () => {
    expect(denialReason(key(false), WEBHOOKS)).toBeNull();
    expect(denialReason(key(true), WEBHOOKS)).toMatch(/limited to its own articles cannot use webhooks:manage/);
    expect(denialReason(key(true), { allowApiKey: true, scope: 'webhooks:manage' })).toMatch(/own articles/);
  });

  it('keep their other scopes', () => {
    expect(denialReason(key(true), ARTICLES)).toBeNull();
  });
});
