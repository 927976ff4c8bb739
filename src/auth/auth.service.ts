import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PasswordHasher } from '../users/password-hasher.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { AccessTokenView } from './dto/login.dto.js';
import type { AccessTokenClaims } from './principal-resolver.service.js';

export const TOKEN_LIFETIME_SECONDS = Symbol('TOKEN_LIFETIME_SECONDS');

// One message for every failure, so a caller cannot probe which emails exist.
const INVALID_CREDENTIALS = 'Invalid email or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    @Inject(TOKEN_LIFETIME_SECONDS) private readonly lifetimeSeconds: number,
  ) {}

  async login(email: string, password: string): Promise<AccessTokenView> {
    const { accessToken } = await this.signIn(email, password);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.lifetimeSeconds };
  }

  /** Checks the password and mints an access token; the browser session keeps it in a cookie. */
  async signIn(email: string, password: string): Promise<{ user: User; accessToken: string; expiresIn: number }> {
    const user = await this.users.findByEmail(email);
    // Unknown email: still pay for one Argon2 verification so timing matches.
    const valid = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyDummy(password);
    if (!user || !valid || !user.active) throw new UnauthorizedException(INVALID_CREDENTIALS);

    const claims: AccessTokenClaims = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(claims);
    return { user, accessToken, expiresIn: this.lifetimeSeconds };
  }
}
