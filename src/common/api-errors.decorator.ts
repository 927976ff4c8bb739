import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** The one error shape every route answers with. */
export class ErrorResponse {
  @ApiProperty({ example: 400 }) statusCode!: number;
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
  415: 'Body not uncompressed application/json',
  422: 'Idempotency-Key reused with a different body',
  429: 'Rate limited; see Retry-After',
  503: 'A dependency (PostgreSQL or Redis) is unavailable',
};

// Sent with every 429 (the rate limiter) and 503 (the exception filter): when to try again.
const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } } };

interface ErrorResponseObject {
  description: string;
  headers?: typeof RETRY_AFTER;
  content: { 'application/json': { schema: { $ref: string } } };
}

/** An error answer as an OpenAPI response object (for answers the document adds to every route). */
export function errorResponseObject(status: number): ErrorResponseObject {
  return {
    description: DESCRIPTIONS[status] ?? String(status),
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } },
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
