import { ForbiddenException, HttpException, UnauthorizedException, type ExecutionContext, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { jest } from '@jest/globals';
import { AuthGuard } from './auth.guard.js';
import { AllowApiKey, Public, Roles, RolesOrApiKey } from './decorators.js';
import { PRINCIPAL_KEY, type Principal } from './principal.js';
import { LoginRateLimit } from './rate-limit/rate-limiter.service.js';
import type { PrincipalResolver } from './principal-resolver.service.js';
import type { RateLimiter } from './rate-limit/rate-limiter.service.js';

class Routes {
  @Public() open() {}
  @Public() @LoginRateLimit() login() {}
  plain() {}
  @AllowApiKey('articles:read') keyed() {}
  @AllowApiKey('webhooks:manage') hooks() {}
  @Roles('admin') adminOnly() {}
  @Roles('editor', 'admin') editorial() {}
  @AllowApiKey('articles:read') @Roles('admin') keyedAdmin() {}
  @RolesOrApiKey('webhooks:manage', 'admin') adminOrHooksKey() {}
}

@AllowApiKey('articles:read')
class KeyedController {
  read() {}
  @Roles('admin') manage() {}
}

@RolesOrApiKey('webhooks:manage', 'admin')
class HooksController {
  list() {}
  // The handler's own roles: the controller's key scope does not come with them.
  @Roles('admin') adminOnly() {}
}

const reviewer: Principal = { kind: 'user', userId: 'u1', role: 'reviewer' };
const editor: Principal = { kind: 'user', userId: 'u2', role: 'editor' };
const admin: Principal = { kind: 'user', userId: 'u3', role: 'admin' };
const apiKey: Principal = { kind: 'api-key', apiKeyId: 'k1', name: 'cms', scopes: ['articles:read'], ownArticlesOnly: false };

function contextFor(cls: Type, handler: string, authorization?: string) {
  const request: Record<string, unknown> = { ip: '10.0.0.9', headers: authorization === undefined ? {} : { authorization } };
  const reply = { header: () => reply };
  const context = {
    getType: () => 'http',
    getClass: () => cls,
    getHandler: () => (cls.prototype as Record<string, () => void>)[handler],
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ExecutionContext;
  return { context, request };
}

function guardResolving(principal: Principal | Error, refusalLimit = Infinity) {
  const resolve = jest.fn(async (_token: string): Promise<Principal> => {
    if (principal instanceof Error) throw principal;
    return principal;
  });
  const counted: string[] = [];
  const limiter = {
    consumeRoute: async (budget: string, _p: Principal | undefined, ip: string) => void counted.push(`${budget === 'login-ip' ? 'login' : budget} ${ip}`),
    consumeCaller: async (p: Principal, ip: string) => void counted.push(p.kind === 'api-key' ? `key ${p.apiKeyId}` : `ip ${ip}`),
    consumeRefused: async (ip: string) => {
      counted.push(`refused ${ip}`);
      if (counted.length > refusalLimit) throw new HttpException('Rate limit exceeded', 429);
    },
  } as unknown as RateLimiter;
  return { guard: new AuthGuard(new Reflector(), { resolve } as unknown as PrincipalResolver, limiter), resolve, counted };
}

describe('AuthGuard', () => {
  it('lets anyone through a @Public() route without looking at credentials', async () => {
    const { guard, resolve } = guardResolving(new UnauthorizedException());
    await expect(guard.canActivate(contextFor(Routes, 'open').context)).resolves.toBe(true);
    await expect(guard.canActivate(contextFor(Routes, 'open', 'Bearer junk').context)).resolves.toBe(true);
    expect(resolve).not.toHaveBeenCalled();
  });

  it.each([undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b'])(
    'answers 401 for a missing or malformed Authorization header (%p)',
    async (header) => {
      const { guard } = guardResolving(reviewer);
      await expect(guard.canActivate(contextFor(Routes, 'plain', header).context)).rejects.toBeInstanceOf(
        UnauthorizedException,
      );
    },
  );

  it('passes the resolver 401 through (bad token, deactivated user, revoked key)', async () => {
    const { guard } = guardResolving(new UnauthorizedException('Invalid or revoked API key'));
    await expect(guard.canActivate(contextFor(Routes, 'keyed', 'Bearer ctk_x').context)).rejects.toThrow(
      'Invalid or revoked API key',
    );
  });

  describe('rate limiting', () => {
    it('counts refused requests against the IP, and answers 429 once that budget is spent', async () => {
      const { guard, counted } = guardResolving(new UnauthorizedException('Invalid or expired access token'), 1);
      await expect(guard.canActivate(contextFor(Routes, 'plain', 'Bearer bad').context)).rejects.toBeInstanceOf(UnauthorizedException);
      await expect(guard.canActivate(contextFor(Routes, 'plain').context)).rejects.toMatchObject({ status: 429 });
      expect(counted).toEqual(['refused 10.0.0.9', 'refused 10.0.0.9']);
    });

    it('counts API keys per key and users per IP, before deciding 403', async () => {
      const keyed = guardResolving(apiKey);
      await expect(keyed.guard.canActivate(contextFor(Routes, 'plain', 'Bearer ctk_x').context)).rejects.toBeInstanceOf(ForbiddenException);
      expect(keyed.counted).toEqual(['key k1']);
      const user = guardResolving(reviewer);
      await expect(user.guard.canActivate(contextFor(Routes, 'plain', 'Bearer t').context)).resolves.toBe(true);
      expect(user.counted).toEqual(['ip 10.0.0.9']);
    });

    it('limits login per IP and leaves other public routes alone', async () => {
      const { guard, counted } = guardResolving(admin);
      await guard.canActivate(contextFor(Routes, 'login').context);
      await guard.canActivate(contextFor(Routes, 'open').context);
      expect(counted).toEqual(['login 10.0.0.9']);
    });
  });

  it('attaches the principal to the request', async () => {
    const { guard, resolve } = guardResolving(editor);
    const { context, request } = contextFor(Routes, 'plain', 'bearer abc.def.ghi');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(resolve).toHaveBeenCalledWith('abc.def.ghi');
    expect(request[PRINCIPAL_KEY]).toEqual(editor);
  });

  it('takes the principal the pre-body gate resolved instead of resolving the token again, and still decides the role', async () => {
    const { guard, resolve, counted } = guardResolving(admin);
    const { context, request } = contextFor(Routes, 'adminOnly', 'Bearer abc.def.ghi');
    request[PRINCIPAL_KEY] = reviewer;
    await expect(guard.canActivate(context)).rejects.toBeInstanceOf(ForbiddenException);
    expect(resolve).not.toHaveBeenCalled();
    expect(counted).toEqual(['ip 10.0.0.9']);
  });

  // route, principal, allowed?
  const table: Array<[Type, string, Principal, boolean]> = [
    [Routes, 'plain', reviewer, true],
    [Routes, 'plain', admin, true],
    [Routes, 'plain', apiKey, false],
    [Routes, 'keyed', apiKey, true],
    [Routes, 'keyed', reviewer, true],
    // A key without the route's scope is refused; users are not scoped.
    [Routes, 'hooks', apiKey, false],
    [Routes, 'hooks', { ...apiKey, scopes: ['webhooks:manage'] }, true],
    [Routes, 'keyed', { ...apiKey, scopes: ['articles:write'] }, false],
    [Routes, 'hooks', reviewer, true],
    [Routes, 'adminOnly', admin, true],
    [Routes, 'adminOnly', editor, false],
    [Routes, 'adminOnly', apiKey, false],
    [Routes, 'editorial', editor, true],
    [Routes, 'editorial', reviewer, false],
    [Routes, 'keyedAdmin', apiKey, false],
    [Routes, 'keyedAdmin', admin, true],
    [KeyedController, 'read', apiKey, true],
    [KeyedController, 'manage', apiKey, false],
    [KeyedController, 'manage', admin, true],
    // Admins, or keys holding webhooks:manage: not other users, not other keys.
    [Routes, 'adminOrHooksKey', admin, true],
    [Routes, 'adminOrHooksKey', editor, false],
    [Routes, 'adminOrHooksKey', { ...apiKey, scopes: ['webhooks:manage'] }, true],
    [Routes, 'adminOrHooksKey', apiKey, false],
    [HooksController, 'list', { ...apiKey, scopes: ['articles:read', 'webhooks:manage'] }, true],
    [HooksController, 'list', reviewer, false],
    [HooksController, 'list', admin, true],
    [HooksController, 'adminOnly', { ...apiKey, scopes: ['webhooks:manage'] }, false],
    [HooksController, 'adminOnly', admin, true],
  ];
  it.each(table)('%p.%s for %j: allowed=%p', async (cls, handler, principal, allowed) => {
    const { guard } = guardResolving(principal);
    const attempt = guard.canActivate(contextFor(cls, handler, 'Bearer t').context);
    if (allowed) await expect(attempt).resolves.toBe(true);
    else await expect(attempt).rejects.toBeInstanceOf(ForbiddenException);
  });
});
