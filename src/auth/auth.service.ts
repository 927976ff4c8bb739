import { createHash, randomUUID } from 'node:crypto';
import { BadRequestException, ForbiddenException, Inject, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { PasswordHasher } from '../users/password-hasher.js';
import type { User } from '../users/user.entity.js';
import { normalizeEmail } from '../users/normalize-email.js';
import { UsersService } from '../users/users.service.js';
import type { AccessTokenView } from './dto/login.dto.js';
import { hasWellFormedTokenId, type AccessTokenClaims } from './principal-resolver.service.js';
import { RateLimiter, type HttpReply } from './rate-limit/rate-limiter.service.js';
import { SessionRevocations } from './session-revocations.service.js';

export const TOKEN_LIFETIME_SECONDS = Symbol('TOKEN_LIFETIME_SECONDS');

// One message for every failure, so a caller cannot probe which emails exist.
const INVALID_CREDENTIALS = 'Invalid email or password';
export const SAME_PASSWORD = 'newPassword must differ from currentPassword';

export type LoginFailure = 'unknown_account' | 'wrong_password' | 'inactive';

/** Where a login came from, for the per-account limit and the audit trail. */
export interface LoginContext {
  ip: string;
  requestId?: string;
  reply: HttpReply;
}

/** A stable id for an attempted account that does not exist, so its attempts can be grouped. */
function unknownAccountId(email: string): string {
  const hex = createHash('sha256').update(`login:${email}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    @Inject(TOKEN_LIFETIME_SECONDS) private readonly lifetimeSeconds: number,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revocations: SessionRevocations,
    // Absent only where a test boots the auth module without metrics.
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  async login(email: string, password: string, context: LoginContext): Promise<AccessTokenView> {
    const { accessToken } = await this.signIn(email, password, context);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.lifetimeSeconds };
  }

  /** Checks the password and mints an access token; the browser session keeps it in a cookie. */
  async signIn(
    email: string,
    password: string,
    context: LoginContext,
  ): Promise<{ user: User; accessToken: string; expiresIn: number }> {
    const account = normalizeEmail(email);
    // Per account, whichever address the guesses come from (the per-IP limit is the guard's).
    await this.limiter.assertLoginAllowed(account, context.reply);
    const user = await this.users.findByEmail(email);
    // Unknown email: still pay for one Argon2 verification so timing matches.
    const valid = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyDummy(password);
    if (!user || !valid || !user.active) {
      const reason: LoginFailure = !user ? 'unknown_account' : !valid ? 'wrong_password' : 'inactive';
      await this.recordFailure(account, user?.id ?? null, reason, context);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    await this.limiter.recordLoginSuccess(account);
    return { user, accessToken: await this.mintToken(user), expiresIn: this.lifetimeSeconds };
  }

  /**
   * The signed-in user's own password: the current one must be given (a
   * session left open is not enough to take the account over), and a wrong
   * one counts towards the account's lock-out as a failed login does. Every
   * session of the account ends; the caller gets a token for a new one.
   */
  async changeOwnPassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    context: LoginContext,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    const user = await this.users.findByIdWithPasswordHash(userId);
    if (!user?.active) throw new UnauthorizedException('Not signed in as a user');
    const account = normalizeEmail(user.email);
    await this.limiter.assertLoginAllowed(account, context.reply);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.recordFailure(account, user.id, 'wrong_password', context);
      throw new ForbiddenException('The current password is wrong');
    }
    await this.limiter.recordLoginSuccess(account);
    // Checked after the current password, so a wrong one is still the 403 it always was. The same
    // password again would end every other session while changing nothing a person would expect.
    // "The same" as the account reads it: passwords are compared after NFKC, so one differing only by
    // a fullwidth letter ("ｅditor-password") was taken as new, and the old one went on signing in.
    if (newPassword === currentPassword || (await this.hasher.verify(user.passwordHash, newPassword))) {
      throw new BadRequestException(SAME_PASSWORD);
    }
    const changed = await this.users.changePassword(user.id, newPassword, user.id);
    return { accessToken: await this.mintToken(changed), expiresIn: this.lifetimeSeconds };
  }

  /** A session token for the account as it now is (its role and session epoch). */
  private mintToken(user: User): Promise<string> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, ep: user.sessionEpoch };
    // Its own id, so that signing out can refuse this token alone (SessionRevocations).
    return this.jwt.signAsync(claims, { jwtid: randomUUID() });
  }

  /**
   * Ends a session: its token is refused from now on (until it would have
   * expired anyway). A token that no longer verifies has nothing left to end.
   */
  async signOut(token: string): Promise<void> {
    const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token).catch(() => null);
    if (!claims?.jti || !claims.exp || !hasWellFormedTokenId(claims)) return;
    await this.revocations.revoke(claims.jti, claims.sub, new Date(claims.exp * 1000));
  }

  /** Counted (metric), remembered for the account's lock-out, and audited. */
  private async recordFailure(account: string, userId: string | null, reason: LoginFailure, context: LoginContext): Promise<void> {
    this.metrics?.loginFailures.inc({ reason });
    await this.limiter.recordLoginFailure(account);
    await this.audit.record(this.dataSource.manager, {
      entityType: 'account',
      entityId: userId ?? unknownAccountId(account),
      action: 'auth.login_failed',
      actor: SYSTEM_ACTOR,
      after: { reason, ip: context.ip, ...(userId ? {} : { email: account }) },
      requestId: context.requestId ?? null,
    });
  }
}
