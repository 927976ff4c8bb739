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

/**
 * Scopes whose work spans every article: a webhook endpoint receives the
 * events (claim text, article title) of every desk's articles, and its
 * delivery log names them. A key limited to its own articles cannot use them.
 */
export const SCOPES_ACROSS_ARTICLES: readonly ApiKeyScope[] = [ApiKeyScope.WebhooksManage];

/** The 403/400 message for such a scope on a key limited to its own articles, or null. */
export function ownArticlesConflict(scope: string, ownArticlesOnly: boolean): string | null {
  if (!ownArticlesOnly || !(SCOPES_ACROSS_ARTICLES as readonly string[]).includes(scope)) return null;
  return `a key limited to its own articles cannot use ${scope}: webhook endpoints receive every article's events`;
}
