import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { jest } from '@jest/globals';
import { AuthGuard } from './auth.guard.js';
import { AllowApiKey, Public, Roles } from './decorators.js';
import { PRINCIPAL_KEY, type Principal } from './principal.js';
import type { PrincipalResolver } from './principal-resolver.service.js';

class Routes {
  @Public() open() {}
  plain() {}
  @AllowApiKey() keyed() {}
  @Roles('admin') adminOnly() {}
  @Roles('editor', 'admin') editorial() {}
  @AllowApiKey() @Roles('admin') keyedAdmin() {}
}

@AllowApiKey()
class KeyedController {
  read() {}
  @Roles('admin') manage() {}
}

const reviewer: Principal = { kind: 'user', userId: 'u1', role: 'reviewer' };
const editor: Principal = { kind: 'user', userId: 'u2', role: 'editor' };
const admin: Principal = { kind: 'user', userId: 'u3', role: 'admin' };
const apiKey: Principal = { kind: 'api-key', apiKeyId: 'k1', name: 'cms' };

function contextFor(cls: Function, handler: string, authorization?: string) {
  const request: Record<string, unknown> = { headers: authorization === undefined ? {} : { authorization } };
  const context = {
    getType: () => 'http',
    getClass: () => cls,
    getHandler: () => (cls.prototype as Record<string, Function>)[handler],
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

function guardResolving(principal: Principal | Error) {
  const resolve = jest.fn(async (_token: string): Promise<Principal> => {
    if (principal instanceof Error) throw principal;
    return principal;
  });
  return { guard: new AuthGuard(new Reflector(), { resolve } as unknown as PrincipalResolver), resolve };
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

  it('attaches the principal to the request', async () => {
    const { guard, resolve } = guardResolving(editor);
    const { context, request } = contextFor(Routes, 'plain', 'bearer abc.def.ghi');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(resolve).toHaveBeenCalledWith('abc.def.ghi');
    expect(request[PRINCIPAL_KEY]).toEqual(editor);
  });

  // route, principal, allowed?
  const table: Array<[Function, string, Principal, boolean]> = [
    [Routes, 'plain', reviewer, true],
    [Routes, 'plain', admin, true],
    [Routes, 'plain', apiKey, false],
    [Routes, 'keyed', apiKey, true],
    [Routes, 'keyed', reviewer, true],
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
  ];
  it.each(table)('%p.%s for %j: allowed=%p', async (cls, handler, principal, allowed) => {
    const { guard } = guardResolving(principal);
    const attempt = guard.canActivate(contextFor(cls, handler, 'Bearer t').context);
    if (allowed) await expect(attempt).resolves.toBe(true);
    else await expect(attempt).rejects.toBeInstanceOf(ForbiddenException);
  });
});
