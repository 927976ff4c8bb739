import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emails are kept in Unicode NFC (normalizeEmail): an address stored
 * decomposed ("a" + combining diaeresis) before that rule could no longer be
 * signed in with, as sign-in now looks the composed form up. Composed here,
 * unless the composed address is another account's (two accounts an admin
 * made for the same person; both stay as they are, for an admin to settle).
 */
export class UsersEmailNfc1795839100000 implements MigrationInterface {
  name = 'UsersEmailNfc1795839100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE users u SET email = normalize(u.email, NFC)
       WHERE u.email IS NOT NFC NORMALIZED
         AND NOT EXISTS (SELECT 1 FROM users o WHERE o.id <> u.id AND lower(o.email) = lower(normalize(u.email, NFC)))`);
  }

  async down(): Promise<void> {
    // The decomposed spellings are not kept: composing an address changes nothing it means.
  }
}
