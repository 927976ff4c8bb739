import { UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { jest } from '@jest/globals';
import type { ApiKeysService } from '../api-keys/api-keys.service.js';
import type { AuthUser, UsersService } from '../users/users.service.js';
import { PrincipalResolver } from './principal-resolver.service.js';
import type { SessionRevocations } from './session-revocations.service.js';

const SECRET = 'x'.repeat(48);
const OPTIONS = { issuer: 'claimtrail', audience: 'claimtrail-api' };
const jwt = new JwtService({
  secret: SECRET,
  signOptions: { algorithm: 'HS256', expiresIn: 60, ...OPTIONS },
  verifyOptions: { algorithms: ['HS256'], ...OPTIONS },
});
const USER_ID = '8d3f0f4e-2a53-4a53-9f49-1d7f8b8f0a11';

function resolverWith(user: AuthUser | null, key: { id: string; name: string } | null = null, revoked: string[] = []) {
  const users = { findSessionUser: jest.fn(async () => user) };
  const apiKeys = { authenticate: jest.fn(async () => key) };
  const revocations = { isRevoked: jest.fn(async (tokenId: string) => revoked.includes(tokenId)) };
  const resolver = new PrincipalResolver(jwt, users as unknown as UsersService, apiKeys as unknown as ApiKeysService, revocations as unknown as SessionRevocations);
  return { resolver, users, apiKeys, revocations };
}

describe('PrincipalResolver', () => {
  it('resolves a valid JWT to the user, taking the role from the database row', async () => {
    const { resolver, users } = resolverWith({ id: USER_ID, role: 'editor', sessionEpoch: 0 });
    const token = await jwt.signAsync({ sub: USER_ID, role: 'admin' });
    await expect(resolver.resolve(token)).resolves.toEqual({ kind: 'user', userId: USER_ID, role: 'editor' });
    expect(users.findSessionUser).toHaveBeenCalledWith(USER_ID, undefined);
  });

  it('refuses a signed-out token with 401 and lets the same user\'s other tokens through', async () => {
    const SIGNED_OUT = '0b6f4d5e-8c1a-4f1e-9a63-3c2d1e0f9a77';
    const { resolver } = resolverWith({ id: USER_ID, role: 'editor', sessionEpoch: 0 }, null, [SIGNED_OUT]);
    await expect(resolver.resolve(await jwt.signAsync({ sub: USER_ID, role: 'editor', sessionEpoch: 0 }, { jwtid: SIGNED_OUT }))).rejects.toThrow('Signed out: sign in again');
    await expect(resolver.resolve(await jwt.signAsync({ sub: USER_ID, role: 'editor', sessionEpoch: 0 }, { jwtid: '5a1c3d9e-0b7f-4e2a-8d61-7f4e2b9c1d03' }))).resolves.toMatchObject({ userId: USER_ID });
  });

  it('refuses a deactivated or deleted user with 401', async () => {
    const { resolver } = resolverWith(null);
    const token = await jwt.signAsync({ sub: USER_ID, role: 'admin' });
    await expect(resolver.resolve(token)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it.each([
    ['signed with another secret', () => new JwtService({ secret: 'y'.repeat(48) }).signAsync({ sub: USER_ID }, OPTIONS)],
    ['expired', () => jwt.signAsync({ sub: USER_ID }, { expiresIn: -10 })],
    ['for another audience', () => jwt.signAsync({ sub: USER_ID }, { audience: 'elsewhere' })],
    ['unsigned (alg none)', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: USER_ID, ...OPTIONS })}.`],
    ['garbage', async () => 'not-a-jwt'],
    // Only a holder of the secret can make these, but they reached the uuid column of revoked_sessions (a 500).
    ['whose token id is not a UUID', () => jwt.signAsync({ sub: USER_ID }, { jwtid: 'not-a-uuid' })],
    ['whose token id is an object', () => jwt.signAsync({ sub: USER_ID, jti: { x: 1 } })],
    // It never expired, and as sign-out revokes a token only until its expiry, nothing could end it.
    ['with no expiry', () => new JwtService({ secret: SECRET }).signAsync({ sub: USER_ID }, OPTIONS)],
  ])('refuses a token %s with 401', async (_label, makeToken) => {
    const { resolver, users } = resolverWith({ id: USER_ID, role: 'admin', sessionEpoch: 0 });
    await expect(resolver.resolve(await makeToken())).rejects.toThrow('Invalid or expired access token');
    expect(users.findSessionUser).not.toHaveBeenCalled();
  });

  it('resolves a live API key and refuses an unknown or revoked one', async () => {
    const live = resolverWith(null, { id: 'k1', name: 'cms' });
    await expect(live.resolver.resolve('ctk_anything')).resolves.toEqual({ kind: 'api-key', apiKeyId: 'k1', name: 'cms' });
    const dead = resolverWith(null, null);
    await expect(dead.resolver.resolve('ctk_anything')).rejects.toThrow('Invalid or revoked API key');
  });
});

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
