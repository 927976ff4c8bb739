import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions ended by signing out, until their token would have expired
 * anyway: an access token is a signed JWT that stays valid to its `exp`,
 * so without this list a signed-out cookie copied elsewhere kept working.
 */
export class RevokedSessions1795837000000 implements MigrationInterface {
  name = 'RevokedSessions1795837000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE revoked_sessions (
        token_id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX revoked_sessions_expiry_idx ON revoked_sessions (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revoked_sessions`);
  }
}
