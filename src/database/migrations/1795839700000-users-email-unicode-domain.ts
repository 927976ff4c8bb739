import type { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeEmail } from '../../users/normalize-email.js';

/**
 * Addresses are kept with their domain in Unicode (normalizeEmail): one
 * stored with a domain in its ASCII form ("xn--…") before that rule could no
 * longer be signed in with, as sign-in now looks the Unicode form up. Spelt
 * so here, unless that spelling is another account's (two accounts an admin
 * made for the same mailbox; both stay as they are, for an admin to settle).
 */
export class UsersEmailUnicodeDomain1795839700000 implements MigrationInterface {
  name = 'UsersEmailUnicodeDomain1795839700000';

  async up(q: QueryRunner): Promise<void> {
    const rows = (await q.query(`SELECT id, email FROM users WHERE email ~ '@(.*\\.)?xn--'`)) as Array<{ id: string; email: string }>;
    for (const { id, email } of rows) {
      const spelt = normalizeEmail(email);
      if (spelt === email) continue;
      await q.query(
        `UPDATE users u SET email = $2 WHERE u.id = $1 AND NOT EXISTS (SELECT 1 FROM users o WHERE o.id <> u.id AND lower(o.email) = lower($2))`,
        [id, spelt],
      );
    }
  }

  async down(): Promise<void> {
    // The ASCII spellings are not kept: the Unicode form names the same mailbox.
  }
}
