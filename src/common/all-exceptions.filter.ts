import { ArgumentsHost, Catch, HttpException, Logger, NotFoundException, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { allowedMethods } from './allowed-methods.js';
import { errorBody, isUnavailable, type HttpErrorBody } from './http-error.js';

function messageOf(response: string | object, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return fallback;
}

/**
 * Every error leaves as {statusCode, error, message}: Nest's HTTP exceptions
 * keep their status, an unreachable database or Redis becomes 503, anything
 * else is a 500 whose details go to the log, never to the client.
 */
const FASTIFY_BODY_LIMIT_MESSAGES = new Set(['Payload Too Large', 'Request body is too large']);

/**
 * A 401 must say how to authenticate (RFC 9110, 15.5.2): a bearer token
 * (RFC 6750, 3), naming the token as invalid when one was sent. Bearer, not
 * Basic, so a browser shows no password dialog of its own.
 */
function bearerChallenge(request: FastifyRequest): string {
  return request.headers.authorization ? 'Bearer realm="claimtrail", error="invalid_token"' : 'Bearer realm="claimtrail"';
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  constructor(private readonly bodyLimitBytes?: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    this.answer(exception, host.switchToHttp().getRequest<FastifyRequest>(), host.switchToHttp().getResponse<FastifyReply>());
  }

  /** Sends the error answer for `exception`; also for refusals made before Nest sees the request (the pre-body gate). */
  answer(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    if (exception instanceof NotFoundException && request.is404 && this.answerOtherMethods(request, reply)) return;
    // An open route has a smaller limit than the rest (PUBLIC_BODY_LIMIT_BYTES); the refusal names the one that applied.
    const body = this.toBody(exception, request.routeOptions?.bodyLimit ?? this.bodyLimitBytes);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception }, `${body.statusCode}: ${(exception as Error)?.message ?? exception}`);
    }
    if (body.statusCode === 401 && !reply.hasHeader('WWW-Authenticate')) reply.header('WWW-Authenticate', bearerChallenge(request));
    if (body.statusCode === 503) reply.header('Retry-After', '5');
    // The rate limiter sets its own; any other 429 (a person's inbox streams all open) says when to try again too.
    if (body.statusCode === 429 && !reply.hasHeader('Retry-After')) reply.header('Retry-After', '10');
    reply.status(body.statusCode).send(body);
  }

  /** No route for this method, but some for others at the path: OPTIONS lists them, anything else is a 405. */
  private answerOtherMethods(request: FastifyRequest, reply: FastifyReply): boolean {
    const allow = allowedMethods(request);
    if (allow.length === 0) return false;
    reply.header('Allow', [...allow, 'OPTIONS'].join(', '));
    if (request.method === 'OPTIONS') {
      reply.status(204).send();
    } else {
      reply.status(405).send(errorBody(405, `${request.method} is not allowed here; this path answers ${allow.join(', ')}`));
    }
    return true;
  }

  private toBody(exception: unknown, bodyLimitBytes: number | undefined): HttpErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Fastify's own body-limit error, as Nest hands it on (its wording differs
      // between versions); our own 413s keep their message.
      if (status === 413 && bodyLimitBytes && FASTIFY_BODY_LIMIT_MESSAGES.has(exception.message)) {
        return errorBody(413, `request body is larger than the limit of ${bodyLimitBytes} bytes`);
      }
      return errorBody(status, messageOf(exception.getResponse(), exception.message));
    }
    // Fastify errors carry their own 4xx status (e.g. an unsupported media type). Checked before the
    // outage codes: a client that hangs up while its body is read is Fastify's 400 with Node's
    // ECONNRESET "aborted", which read as a lost database or Redis (a 503 logged as an error).
    const status = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      if (status === 413 && bodyLimitBytes) {
        return errorBody(413, `request body is larger than the limit of ${bodyLimitBytes} bytes`);
      }
      return errorBody(status, (exception as Error).message);
    }
    if (isUnavailable(exception)) {
      return errorBody(503, 'a backing service (database or queue) is unavailable; retry shortly');
    }
    return errorBody(500, 'internal error; the request id in the X-Request-Id header helps support find it');
  }
}
