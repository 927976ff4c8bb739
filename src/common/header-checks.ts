import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './http-error.js';

// Headers a request names once. Node keeps the first of a repeated Host, Authorization or
// Content-Type and drops the others without a word, so a proxy or filter in front that read
// another copy would act on other credentials, another host or another body type than this
// service did. None of them is a list (RFC 9110 5.3), and a request with more than one Host is
// a 400 (RFC 9112 3.2).
const ONCE_ONLY = ['Host', 'Authorization', 'Content-Type'] as const;

/**
 * What is wrong with a request's header lines (Node's rawHeaders: name, value, name, value ...),
 * or null: a header named more than once that must be named once, or an HTTP/1.1 request without
 * Host (RFC 9112 3.2; HTTP/1.0 had none).
 */
export function headerProblem(rawHeaders: readonly string[], httpVersion: string): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const repeated = ONCE_ONLY.find((name) => (counts.get(name.toLowerCase()) ?? 0) > 1);
  if (repeated) return `the ${repeated} header is sent more than once; send it once`;
  if (httpVersion === '1.1' && !counts.has('host')) return 'an HTTP/1.1 request must send a Host header';
  return null;
}

/**
 * What is wrong with a request's target, or null. A fragment is the client's own (RFC 9110
 * 4.2.4: never sent); Fastify read the words after "#" as a query, so "/v1/articles#x" was told
 * "property x should not exist".
 */
export function targetProblem(url: string | undefined): string | null {
  return url?.includes('#') ? 'the request target carries a fragment ("#..."); a fragment is never sent to the server' : null;
}

/**
 * Refuses such a request with 400 in the error shape before anything reads its target or those headers.
 * Node's own check of a missing Host (turned off where the server is built) answered a bare
 * 400 with no body.
 */
export function registerHeaderChecks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const problem = targetProblem(request.raw.url) ?? headerProblem(request.raw.rawHeaders, request.raw.httpVersion);
    if (problem) return reply.status(400).send(errorBody(400, problem));
  });
}
