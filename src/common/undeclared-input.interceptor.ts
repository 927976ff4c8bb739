import { BadRequestException, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/**
 * A route that declares no query DTO takes no query parameters, and one that
 * declares no body takes none: either sent anyway is refused with 400 naming
 * it, as a route with a DTO refuses a field the DTO lacks. Otherwise
 * `GET /v1/articles/:id/revisions?limit=1` answered every revision, and the
 * fields of a body sent to `POST /v1/webhooks/:id/rotate-secret` were dropped
 * without a word: the caller never learnt that what it sent meant nothing.
 * Only the API (`/v1/`): probes and scrapers may add their own.
 */
@Injectable()
export class UndeclaredInputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<FastifyRequest>();
      if (request.url.startsWith('/v1/')) {
        const names = Object.keys((request.query as Record<string, unknown> | undefined) ?? {});
        if (names.length > 0 && !declares(context, RouteParamtypes.QUERY)) {
          throw new BadRequestException(`this route takes no query parameters: ${names.slice(0, 5).join(', ')}`);
        }
        if (!isEmptyBody(request.body) && !declares(context, RouteParamtypes.BODY)) {
          throw new BadRequestException(`this route takes no body${bodyFields(request.body)}`);
        }
      }
    }
    return next.handle();
  }
}

function declares(context: ExecutionContext, kind: RouteParamtypes): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => key.split(':')[0] === String(kind));
}

/** No body, `null`, `{}`, `[]` or an empty string: nothing was sent that could mean anything. */
function isEmptyBody(body: unknown): boolean {
  if (body === undefined || body === null || body === '') return true;
  if (Array.isArray(body)) return body.length === 0;
  return typeof body === 'object' && Object.keys(body).length === 0;
}

function bodyFields(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return '';
  return `: ${Object.keys(body).slice(0, 5).map((name) => `property ${name} should not exist`).join(', ')}`;
}
