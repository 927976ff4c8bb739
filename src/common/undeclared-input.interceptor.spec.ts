import { BadRequestException, Body, Controller, Get, Post, Query, type ExecutionContext } from '@nestjs/common';
import { of } from 'rxjs';
import { UndeclaredInputInterceptor } from './undeclared-input.interceptor.js';

class PageQuery {
  limit?: number;
}

@Controller('v1/things')
class ThingsController {
  @Get()
  list(@Query() _page: PageQuery): string {
    return 'list';
  }

  @Get('plain')
  plain(): string {
    return 'plain';
  }

  @Post()
  create(@Body() _thing: PageQuery): string {
    return 'created';
  }

  @Post('rotate')
  rotate(): string {
    return 'rotated';
  }
}

function contextFor(handler: keyof ThingsController, url: string, query: Record<string, string>, body?: unknown): ExecutionContext {
  return {
    getType: () => 'http',
    getClass: () => ThingsController,
    getHandler: () => ThingsController.prototype[handler],
    switchToHttp: () => ({ getRequest: () => ({ url, query, body }) }),
  } as unknown as ExecutionContext;
}

describe('UndeclaredInputInterceptor', () => {
  const interceptor = new UndeclaredInputInterceptor();
  const next = { handle: () => of('handled') };

  it('refuses query parameters on an API route that declares none, naming them', () => {
    expect(() => interceptor.intercept(contextFor('plain', '/v1/things/plain?limit=1&x=2', { limit: '1', x: '2' }), next)).toThrow(
      new BadRequestException('this route takes no query parameters: limit, x'),
    );
  });

  it('leaves routes with a query DTO to their validation, and routes outside the API alone', () => {
    expect(() => interceptor.intercept(contextFor('list', '/v1/things?limit=1', { limit: '1' }), next)).not.toThrow();
    expect(() => interceptor.intercept(contextFor('plain', '/metrics?name=x', { name: 'x' }), next)).not.toThrow();
    expect(() => interceptor.intercept(contextFor('plain', '/v1/things/plain', {}), next)).not.toThrow();
  });

  // A body sent to POST /v1/webhooks/:id/rotate-secret (and the other routes that take none) was dropped unsaid.
  it('refuses a body on an API route that declares none, naming its fields; an empty one passes', () => {
    expect(() => interceptor.intercept(contextFor('rotate', '/v1/things/rotate', {}, { graceSeconds: 0 }), next)).toThrow(
      new BadRequestException('this route takes no body: property graceSeconds should not exist'),
    );
    expect(() => interceptor.intercept(contextFor('rotate', '/v1/things/rotate', {}, ['x']), next)).toThrow(new BadRequestException('this route takes no body'));
    expect(() => interceptor.intercept(contextFor('rotate', '/v1/things/rotate', {}, 'text'), next)).toThrow(new BadRequestException('this route takes no body'));
    for (const empty of [undefined, null, {}, [], '']) {
      expect(() => interceptor.intercept(contextFor('rotate', '/v1/things/rotate', {}, empty), next)).not.toThrow();
    }
    expect(() => interceptor.intercept(contextFor('create', '/v1/things', {}, { limit: 1 }), next)).not.toThrow();
    expect(() => interceptor.intercept(contextFor('rotate', '/hooks/rotate', {}, { graceSeconds: 0 }), next)).not.toThrow();
  });
});
