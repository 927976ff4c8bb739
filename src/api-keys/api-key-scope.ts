/** What an API key may do, chosen when it is created. */
export const ApiKeyScope = {
  ArticlesWrite: 'articles:write',
  ArticlesRead: 'articles:read',
  OutletsRead: 'outlets:read',
  WebhooksManage: 'webhooks:manage',
} as const;

export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];

export const API_KEY_SCOPES: readonly ApiKeyScope[] = Object.values(ApiKeyScope);

/** What every key could do before scopes existed: keys created without scopes get the same. */
export const DEFAULT_API_KEY_SCOPES: readonly ApiKeyScope[] = [
  ApiKeyScope.ArticlesWrite,
  ApiKeyScope.ArticlesRead,
  ApiKeyScope.OutletsRead,
];
