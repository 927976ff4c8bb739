import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AUTH_USER_CACHE_MS } from '../users/users.service.js';
import { TtlCache } from './ttl-cache.js';

/**
 * Access tokens signed out before their expiry. PostgreSQL holds the list
 * (it must survive a Redis flush); each process caches an answer for as long
 * as it caches a user's row, so a sign-out reaches every process within the
 * same few seconds a deactivation does, and the process that signed out at once.
 */
@Injectable()
export class SessionRevocations {
  private readonly cache = new TtlCache<string, boolean>(AUTH_USER_CACHE_MS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Refuses the token from now on; expired entries are pruned on the way. */
  async revoke(tokenId: string, userId: string, expiresAt: Date): Promise<void> {
    await this.insert(tokenId, userId, expiresAt);
  }

  /**
   * Spends a one-time token (a board sign-in code): true the first time, false
   * once it has been spent or revoked, so a code copied from a screen or a
   * log cannot open a second session.
   */
  async spend(tokenId: string, userId: string, expiresAt: Date): Promise<boolean> {
    return this.insert(tokenId, userId, expiresAt);
  }

  /** True when this call added the token to the list. */
  private async insert(tokenId: string, userId: string, expiresAt: Date): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `WITH pruned AS (DELETE FROM revoked_sessions WHERE expires_at < now())
       INSERT INTO revoked_sessions (token_id, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (token_id) DO NOTHING
       RETURNING token_id`,
      [tokenId, userId, expiresAt],
    );
    this.cache.set(tokenId, true);
    return rows.length > 0;
  }

  async isRevoked(tokenId: string): Promise<boolean> {
    const cached = this.cache.get(tokenId);
    if (cached !== undefined) return cached;
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM revoked_sessions WHERE token_id = $1`, [tokenId]);
    this.cache.set(tokenId, rows.length > 0);
    return rows.length > 0;
  }
}
