import { applyDecorators } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** The one error shape every route answers with. */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'text must not be empty or whitespace only' }) message!: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; the message names the field',
  401: 'Missing or invalid credentials',
  403: 'Authenticated, but not allowed',
  404: 'Not found',
  406: 'None of the formats the Accept header asks for',
  409: 'Conflict with the current state',
  413: 'Body larger than the limit',
  414: 'A path segment (an id) longer than the router takes',
  415: 'Body not uncompressed application/json',
  422: 'Idempotency-Key reused with a different body',
  429: 'Rate limited; see Retry-After',
  503: 'A dependency (PostgreSQL or Redis) is unavailable',
};

// A message of each status as the service words it. The schema's one example is a 400: shown
// for every status, it told a reader that a 404 or a 429 answers {"statusCode":400,"error":"Bad Request"}.
const EXAMPLE_MESSAGES: Record<number, string> = {
  400: 'text must not be empty or whitespace only',
  401: 'Missing or malformed Authorization header; expected "Bearer <token>"',
  403: 'This API key lacks the scope articles:read',
  404: 'article 00000000-0000-4000-8000-000000000000 not found',
  406: 'the report is served as application/json, text/markdown, text/html (Accept), or choose one with ?format=',
  409: 'you do not hold the lease on this claim (it expired, someone else graded it, or it changed)',
  413: 'request body is larger than the limit of 2097152 bytes',
  414: 'a path segment is longer than 100 characters',
  415: 'request bodies must be application/json (got text/plain)',
  422: 'Idempotency-Key was already used for a different article; use a new key for new content',
  429: 'Rate limit exceeded; retry in 12 seconds',
  503: 'a backing service (database or queue) is unavailable; retry shortly',
};

/** The error body a status answers with, as an example. */
export function errorExample(status: number): ErrorResponse {
  return { statusCode: status, error: STATUS_CODES[status] ?? String(status), message: EXAMPLE_MESSAGES[status] ?? DESCRIPTIONS[status] ?? String(status) };
}

// Sent with every 429 (the rate limiter) and 503 (the exception filter): when to try again.
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } };

// Sent with every 401 (the exception filter): how to authenticate, per RFC 6750.
const WWW_AUTHENTICATE = {
  'WWW-Authenticate': {
    description: 'The Bearer challenge: `Bearer realm="claimtrail"`, with `error="invalid_token"` when credentials were sent and refused',
    schema: { type: 'string' },
  },
};

interface ErrorResponseObject {
  description: string;
  headers?: typeof RETRY_AFTER | typeof WWW_AUTHENTICATE;
  content: { 'application/json': { schema: { $ref: string }; example: ErrorResponse } };
}

/** An error answer as an OpenAPI response object (for answers the document adds to every route). */
export function errorResponseObject(status: number): ErrorResponseObject {
  return {
    description: DESCRIPTIONS[status] ?? String(status),
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : status === 401 ? { headers: WWW_AUTHENTICATE } : {}),
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) }, example: errorExample(status) } },
  };
}

/**
 * Documents the error answers of a route in OpenAPI. Always as JSON, which is
 * what the exception filter sends: with `type` alone, a route's @ApiProduces
 * (the event stream, the Markdown/HTML report) would be copied onto its errors.
 */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ErrorResponse),
    ...statuses.map((status) =>
      ApiResponse({ status, ...errorResponseObject(status) }),
    ),
  );
}
