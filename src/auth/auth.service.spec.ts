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

  function service(user: User | null) {
    const users = { findByEmail: jest.fn(async () => user) };
    return new AuthService(users as unknown as UsersService, hasher, jwt, 3600);
  }

  it('returns a signed token with sub and role, and its lifetime', async () => {
    const result = await service(alice).login('Alice@Example.org', 'alice-password-123');
    expect(result).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    await expect(jwt.verifyAsync(result.accessToken)).resolves.toMatchObject({ sub: 'a1', role: 'reviewer' });
  });

  it('gives one generic 401 for a wrong password, an unknown email and a deactivated account', async () => {
    const attempts = [
      () => service(alice).login('alice@example.org', 'wrong-password-123'),
      () => service(null).login('nobody@example.org', 'alice-password-123'),
      () => service({ ...alice, active: false }).login('alice@example.org', 'alice-password-123'),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toThrow(new UnauthorizedException('Invalid email or password'));
    }
  });

  it('spends a hash verification even when the email is unknown', async () => {
    const spy = jest.spyOn(hasher, 'verifyDummy');
    await expect(service(null).login('nobody@example.org', 'x')).rejects.toBeInstanceOf(UnauthorizedException);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
