import { UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { jest } from '@jest/globals';
import { PasswordHasher } from '../users/password-hasher.js';
import type { User } from '../users/user.entity.js';
import type { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';

const jwt = new JwtService({ secret: 's'.repeat(40), signOptions: { expiresIn: 3600 } });

describe('AuthService.login', () => {
  const hasher = new PasswordHasher();
  let alice: User;

  beforeAll(async () => {
    alice = { id: 'a1', email: 'alice@example.org', role: 'reviewer', active: true } as User;
    alice.passwordHash = await hasher.hash('alice-password-123');
  });

  const context = { ip: '10.0.0.1', requestId: 'r1', reply: { header: () => undefined } };
  let limiter: { assertLoginAllowed: jest.Mock<any>; recordLoginFailure: jest.Mock<any>; recordLoginSuccess: jest.Mock<any> };
  let audit: { record: jest.Mock<any> };
  let metrics: { loginFailures: { inc: jest.Mock<any> } };

  function service(user: User | null) {
    const users = { findByEmail: jest.fn(async () => user) };
    limiter = { assertLoginAllowed: jest.fn(async () => undefined), recordLoginFailure: jest.fn(async () => undefined), recordLoginSuccess: jest.fn(async () => undefined) };
    audit = { record: jest.fn(async () => undefined) };
    metrics = { loginFailures: { inc: jest.fn() } };
    return new AuthService(users as unknown as UsersService, hasher, jwt, 3600, limiter as never, audit as never, { manager: {} } as never, {} as never, metrics as never);
  }

  it('returns a signed token with sub and role, and its lifetime', async () => {
    const result = await service(alice).login('Alice@Example.org', 'alice-password-123', context);
    expect(result).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    await expect(jwt.verifyAsync(result.accessToken)).resolves.toMatchObject({ sub: 'a1', role: 'reviewer' });
  });

  it('gives one generic 401 for a wrong password, an unknown email and a deactivated account', async () => {
    const attempts = [
      () => service(alice).login('alice@example.org', 'wrong-password-123', context),
      () => service(null).login('nobody@example.org', 'alice-password-123', context),
      () => service({ ...alice, active: false }).login('alice@example.org', 'alice-password-123', context),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toThrow(new UnauthorizedException('Invalid email or password'));
    }
  });

  it('spends a hash verification even when the email is unknown', async () => {
    const spy = jest.spyOn(hasher, 'verifyDummy');
    await expect(service(null).login('nobody@example.org', 'x', context)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('counts, audits and remembers a failed login per account; a success forgets the failures', async () => {
    const auth = service(alice);
    await expect(auth.login('Alice@example.org', 'wrong-password-123', context)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(limiter.assertLoginAllowed).toHaveBeenCalledWith('alice@example.org', context.reply);
    expect(limiter.recordLoginFailure).toHaveBeenCalledWith('alice@example.org');
    expect(metrics.loginFailures.inc).toHaveBeenCalledWith({ reason: 'wrong_password' });
    expect(audit.record).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({
      entityType: 'account',
      entityId: 'a1',
      action: 'auth.login_failed',
      after: { reason: 'wrong_password', ip: '10.0.0.1' },
      requestId: 'r1',
    }));
    await auth.login('alice@example.org', 'alice-password-123', context);
    expect(limiter.recordLoginSuccess).toHaveBeenCalledWith('alice@example.org');
  });

  it('audits attempts on unknown accounts under one stable id per email', async () => {
    const auth = service(null);
    await expect(auth.login('ghost@example.org', 'x', context)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(auth.login('GHOST@example.org', 'y', context)).rejects.toBeInstanceOf(UnauthorizedException);
    const [first, second] = audit.record.mock.calls.map((c: any[]) => c[1]);
    expect(first.entityId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.entityId).toBe(first.entityId);
    expect(first.after).toEqual({ reason: 'unknown_account', ip: '10.0.0.1', email: 'ghost@example.org' });
  });
});
