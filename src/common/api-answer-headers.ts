/**
 * What every /v1 answer carries, in one place: the event stream writes its
 * headers itself (a hijacked reply skips Fastify's onSend hook), and must not
 * drift from what bootstrap.ts sets on every other answer.
 */

// JSON answers need no scripts at all.
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

// API keys, webhook secrets and tokens shown once, articles and grades read with
// the browser's cookie: a cache (the browser's, a proxy's) must keep none of them.
export const API_CACHE_CONTROL = 'no-store';
