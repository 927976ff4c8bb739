import { jsonValue as j } from '../database/sql.js';

/**
 * A scalar subquery: the article `articleId` (a SQL expression) as a webhook
 * envelope shows it (no texts), as compact JSON text, or NULL when there is
 * no such article. `baseUrl` is a SQL text expression (the public base URL).
 */
export function articleEnvelopeJson(articleId: string, baseUrl: string): string {
  return `(SELECT '{"id":' || ${j('a.id')} || ',"externalId":' || ${j('a.external_id')} || ',"title":' || ${j('a.title')}
            || ',"url":' || ${j('a.url')} || ',"status":' || ${j('a.status')} || ',"revision":' || ${j('a.revision')}
            || ',"claimCount":' || ${j('a.claim_count')} || ',"unsourcedClaimCount":' || ${j('a.unsourced_claim_count')}
            || ',"failureReason":' || ${j('a.failure_reason')}
            || ',"link":' || ${j(`${baseUrl} || '/v1/articles/' || a.id`)} || '}'
     FROM articles a WHERE a.id = ${articleId})`;
}
