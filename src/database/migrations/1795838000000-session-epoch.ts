import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * users.session_epoch: every session token carries the epoch it was minted
 * in, and deactivation moves the account to the next one, so the sessions it
 * had stay dead when the account is reactivated.
 */
export class SessionEpoch1795838000000 implements MigrationInterface {
  name = 'SessionEpoch1795838000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN session_epoch int NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN session_epoch`);
  }
}
