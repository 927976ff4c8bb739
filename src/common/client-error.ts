import { STATUS_CODES, maxHeaderSize, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { API_CSP, SECURITY_HEADERS } from './api-answer-headers.js';
import { errorBody } from './http-error.js';

/**
 * What to tell a client whose bytes never became a request (Node's parser
 * refused them, or they did not arrive in time), in words: Fastify's own
 * answer said "Client Error" whatever the fault.
 */
export function clientErrorAnswer(code: string | undefined): { status: number; message: string } {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'the request did not arrive whole in time (HTTP_REQUEST_TIMEOUT_MS)' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: `the request line and headers, the URL included, are larger than ${maxHeaderSize} bytes` };
    default:
      return { status: 400, message: 'the request is not valid HTTP/1.1 (its request line, a header, or how its body is framed)' };
  }
}

/** The headers of an error answered outside Fastify, after which the connection closes: the API's, then the body's. */
function closingErrorHeaders(body: string): Record<string, string | number> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': API_CSP,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  };
}

/**
 * Fastify's clientErrorHandler: the answer goes straight onto the socket (no
 * request exists to reply through) in the API's error shape, and the
 * connection closes, since what follows on it cannot be trusted to be framed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, message } = clientErrorAnswer(error.code);
  const body = JSON.stringify(errorBody(status, message));
  if (socket.writable) {
    const headerLines = Object.entries(closingErrorHeaders(body)).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headerLines.join('')}\r\n${body}`);
  }
  socket.destroy(error);
}

/**
 * Node's 'checkExpectation' listener: a request whose Expect header is not
 * 100-continue never reaches Fastify, and Node's own answer is a bare 417
 * with no body. This one says why, in the error shape.
 */
export function answerUnmetExpectation(request: IncomingMessage, response: ServerResponse): void {
  const expected = String(request.headers.expect ?? '').slice(0, 100);
  const body = JSON.stringify(errorBody(417, `the Expect header ${JSON.stringify(expected)} is not supported; only 100-continue is`));
  response.writeHead(417, closingErrorHeaders(body));
  response.end(body);
}
