import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiKeysService } from '../api-keys/api-keys.service.js';
import { looksLikeApiKey } from '../api-keys/api-key-secret.js';
import { UsersService } from '../users/users.service.js';
import type { Principal } from './principal.js';
import { SessionRevocations } from './session-revocations.service.js';

export interface AccessTokenClaims {
  sub: string;
  role: string;
  /** The token's id (tokens minted before sign-out could end them have none). */
  jti?: string;
  /** The account's session epoch when the token was minted (see UsersService.findSessionUser). */
  ep?: number;
  exp?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A token id as this service mints them (a UUID), or none at all (tokens from
 * before sign-out existed). Anything else comes from a token this service did
 * not make: as a revocation lookup it failed the uuid column (a 500).
 */
export function hasWellFormedTokenId(claims: Pick<AccessTokenClaims, 'jti'>): boolean {
  return claims.jti === undefined || (typeof claims.jti === 'string' && UUID.test(claims.jti));
}

/**
 * Turns a bearer token into a Principal, or throws 401. Exported so non-Nest
 * routes (e.g. a Fastify plugin such as Bull Board) can authenticate the same way.
 */
@Injectable()
export class PrincipalResolver {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly apiKeys: ApiKeysService,
    private readonly revocations: SessionRevocations,
  ) {}

  /**
   * Whether `token` still stands for the same person in the same role: false
   * once they signed out, changed their password, were deactivated or given
   * another role. For a long-lived response (an event stream) that was
   * authorised once, at its start.
   */
  async stillSignedIn(token: string, principal: Principal): Promise<boolean> {
    if (principal.kind !== 'user') return false;
    try {
      const now = await this.resolve(token);
      return now.kind === 'user' && now.userId === principal.userId && now.role === principal.role;
    } catch (error) {
      if (error instanceof UnauthorizedException) return false;
      throw error;
    }
  }

  async resolve(token: string): Promise<Principal> {
    if (looksLikeApiKey(token)) return this.resolveApiKey(token);
    return this.resolveUser(token);
  }

  private async resolveApiKey(token: string): Promise<Principal> {
    const key = await this.apiKeys.authenticate(token);
    if (!key) throw new UnauthorizedException('Invalid or revoked API key');
    return { kind: 'api-key', apiKeyId: key.id, name: key.name, scopes: key.scopes, ownArticlesOnly: key.ownArticlesOnly };
  }

  private async resolveUser(token: string): Promise<Principal> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new UnauthorizedException('Invalid or expired access token');
    }
    // Every token this service mints expires; one without `exp` (made with the secret elsewhere) would never.
    if (!hasWellFormedTokenId(claims) || typeof claims.exp !== 'number') throw new UnauthorizedException('Invalid or expired access token');
    if (claims.jti && (await this.revocations.isRevoked(claims.jti))) throw new UnauthorizedException('Signed out: sign in again');
    // The token alone is not enough: a deactivated account must stop working
    // at once, so the user row (briefly cached) has the last word, role included.
    const user = await this.users.findSessionUser(claims.sub, claims.ep);
    if (!user) throw new UnauthorizedException('Invalid or expired access token');
    return { kind: 'user', userId: user.id, role: user.role };
  }
}
