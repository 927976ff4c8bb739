import { UsersAndApiKeys1795815000000 } from '../../src/database/migrations/1795815000000-users-and-api-keys.js';
import { SessionEpoch1795838000000 } from '../../src/database/migrations/1795838000000-session-epoch.js';
import { UsersEmailNfc1795839100000 } from '../../src/database/migrations/1795839100000-users-email-nfc.js';
import { useMigrationDatabase } from '../support/migrated-database.js';

const composed = 'j\u00e4ger@example.org';
const decomposed = 'ja\u0308ger@example.org';

/**
 * Sign-in looks an address up in NFC (normalizeEmail); one stored decomposed
 * before that rule is composed by the migration, so its owner can still sign in.
 */
describe('migration UsersEmailNfc', () => {
  const database = useMigrationDatabase('emailnfc');
  const before = [UsersAndApiKeys1795815000000, SessionEpoch1795838000000];

  it('composes a decomposed address, and leaves one whose composed form is another account’s', async () => {
    const [alone, twin, original] = await database.migrated(before, async (source) => {
      const insert = async (email: string) =>
        (await source.query<Array<{ id: string }>>(`INSERT INTO users (email, password_hash, role, active) VALUES ($1, 'x', 'reviewer', true) RETURNING id`, [email]))[0].id;
      return [
        await insert('ma\u0301ria@example.org'), // "á" decomposed, no composed twin
        await insert(decomposed),
        await insert(composed),
      ];
    });
    await database.migrated([...before, UsersEmailNfc1795839100000], async (migrated) => {
      const emails = new Map((await migrated.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM users`)).map((row) => [row.id, row.email]));
      expect(emails.get(alone)).toBe('m\u00e1ria@example.org');
      expect(emails.get(twin)).toBe(decomposed);
      expect(emails.get(original)).toBe(composed);
    });
  });
});
