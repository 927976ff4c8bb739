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
  409: 'Conflict with the current state',
  413: 'Body larger than the limit',
  415: 'Body not uncompressed application/json',
  422: 'Idempotency-Key reused with a different body',
  429: 'Rate limited; see Retry-After',
  503: 'A dependency (PostgreSQL or Redis) is unavailable',
};

/** An error answer as an OpenAPI response object (for answers the document adds to every route). */
export function errorResponseObject(status: number): { description: string; content: { 'application/json': { schema: { $ref: string } } } } {
  return { description: DESCRIPTIONS[status] ?? String(status), content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } } };
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
