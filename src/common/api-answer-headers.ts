/**
 * What every /v1 answer carries, in one place: the event stream writes its
 * headers itself (a hijacked reply skips Fastify's onSend hook), and must not
 * drift from what bootstrap.ts sets on every other answer.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

// JSON answers need no scripts at all.
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

// API keys, webhook secrets and tokens shown once, articles and grades read with
// the browser's cookie: a cache (the browser's, a proxy's) must keep none of them.
export const API_CACHE_CONTROL = 'no-store';

/** Helmet's options for every answer; the content security policy is set per path (bootstrap.ts). */
export const SECURITY_HEADER_OPTIONS = { contentSecurityPolicy: false } as const;

/**
 * The headers helmet sets, read once from helmet itself: the answers given
 * before Fastify's hooks run (the router's refusals of a malformed URL, Node's
 * parser's of bytes that are not HTTP, an unmet Expect) carry them too, and
 * stay in step with the plugin's on a helmet upgrade.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = headersSetBy(helmet(SECURITY_HEADER_OPTIONS));

function headersSetBy(middleware: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => void (headers[name] = String(value)),
    removeHeader: () => undefined,
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}
