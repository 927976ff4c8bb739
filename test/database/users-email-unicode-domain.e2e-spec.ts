import { UsersAndApiKeys1795815000000 } from '../../src/database/migrations/1795815000000-users-and-api-keys.js';
import { SessionEpoch1795838000000 } from '../../src/database/migrations/1795838000000-session-epoch.js';
import { UsersEmailUnicodeDomain1795839700000 } from '../../src/database/migrations/1795839700000-users-email-unicode-domain.js';
import { useMigrationDatabase } from '../support/migrated-database.js';

const BEFORE = [UsersAndApiKeys1795815000000, SessionEpoch1795838000000];

/**
 * Sign-in looks an address up with its domain in Unicode (normalizeEmail); one
 * stored with its domain in ASCII before that rule is spelt so by the
 * migration, so its owner can still sign in.
 */
describe('migration UsersEmailUnicodeDomain', () => {
  const database = useMigrationDatabase('emailidn');

  it('spells an ASCII domain in Unicode, and leaves one whose Unicode spelling is another account’s', async () => {
    const ids = await database.migrated(BEFORE, async (source) => {
      const insert = async (email: string) =>
        (await source.query<Array<{ id: string }>>(`INSERT INTO users (email, password_hash, role, active) VALUES ($1, 'x', 'reviewer', true) RETURNING id`, [email]))[0].id;
      return [
        await insert('maria@xn--exmple-cua.org'),
        await insert('jane@xn--exmple-cua.org'), // a twin of the next one's Unicode spelling
        await insert('jane@ex\u00e4mple.org'),
        await insert('xn--not-a-domain@example.org'),
      ];
    });
    await database.migrated([...BEFORE, UsersEmailUnicodeDomain1795839700000], async (migrated) => {
      const emails = new Map((await migrated.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM users`)).map((row) => [row.id, row.email]));
      expect(ids.map((id) => emails.get(id))).toEqual([
        'maria@ex\u00e4mple.org',
        'jane@xn--exmple-cua.org',
        'jane@ex\u00e4mple.org',
        'xn--not-a-domain@example.org',
      ]);
    });
  });
});
