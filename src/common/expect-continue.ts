import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const EXPECTS_CONTINUE = Symbol('claimtrail.expectsContinue');

type MarkedRequest = IncomingMessage & { [EXPECTS_CONTINUE]?: true };

/** The announced body fits the route's limit (a body of unknown length is let through to the parser's own count). */
function fitsLimit(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  const limit = request.routeOptions.bodyLimit;
  return length === undefined || limit === undefined || Number(length) <= limit;
}

/**
 * Node answers "100 Continue" to a request that expects it before any hook
 * runs, so a client that waits for it (curl does for bodies over 1 MB)
 * uploaded its whole body even when the answer was a 401, 403, 404 or 413
 * given without reading a byte of it. Here the interim answer waits until the
 * request has passed every check made before its body is read (the pre-body
 * gate among them), and is not sent for a body announced over the route's
 * limit: a refused client never sends its body (RFC 9110 10.1.1).
 */
export function registerExpectContinue(fastify: FastifyInstance): void {
  fastify.server.on('checkContinue', (request: MarkedRequest, response: ServerResponse) => {
    request[EXPECTS_CONTINUE] = true;
    // Refused before its body, the client may still send it or may not: the connection cannot carry a next request.
    response.setHeader('Connection', 'close');
    fastify.server.emit('request', request, response);
  });
  fastify.addHook('preParsing', (request, reply, payload, done) => {
    if ((request.raw as MarkedRequest)[EXPECTS_CONTINUE] && !reply.raw.headersSent && fitsLimit(request)) reply.raw.writeContinue();
    done(null, payload);
  });
}
