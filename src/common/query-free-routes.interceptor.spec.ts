import { BadRequestException, Controller, Get, Query, type ExecutionContext } from '@nestjs/common';
import { of } from 'rxjs';
import { QueryFreeRoutesInterceptor } from './query-free-routes.interceptor.js';

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
}

function contextFor(handler: keyof ThingsController, url: string, query: Record<string, string>): ExecutionContext {
  return {
    getType: () => 'http',
    getClass: () => ThingsController,
    getHandler: () => ThingsController.prototype[handler],
    switchToHttp: () => ({ getRequest: () => ({ url, query }) }),
  } as unknown as ExecutionContext;
}

describe('QueryFreeRoutesInterceptor', () => {
  const interceptor = new QueryFreeRoutesInterceptor();
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
});
