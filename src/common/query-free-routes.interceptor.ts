import { BadRequestException, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/**
 * A route that declares no query DTO takes no query parameters: one sent
 * anyway is refused with 400 naming it, as a route with a DTO refuses a
 * parameter the DTO lacks. Otherwise `GET /v1/articles/:id/revisions?limit=1`
 * answered every revision, and the caller never learnt that `limit` meant
 * nothing there. Only the API (`/v1/`): probes and scrapers may add their own.
 */
@Injectable()
export class QueryFreeRoutesInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<FastifyRequest>();
      const names = Object.keys((request.query as Record<string, unknown> | undefined) ?? {});
      if (names.length > 0 && request.url.startsWith('/v1/') && !takesQuery(context)) {
        throw new BadRequestException(`this route takes no query parameters: ${names.slice(0, 5).join(', ')}`);
      }
    }
    return next.handle();
  }
}

function takesQuery(context: ExecutionContext): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.QUERY));
}
