import { DataSource } from 'typeorm';
import { UsersAndApiKeys1795815000000 } from '../../src/database/migrations/1795815000000-users-and-api-keys.js';
import { SessionEpoch1795838000000 } from '../../src/database/migrations/1795838000000-session-epoch.js';
import { UsersEmailNfc1795839100000 } from '../../src/database/migrations/1795839100000-users-email-nfc.js';
import { createTempDatabase, type TempDatabase } from '../support/database.js';

const composed = 'j\u00e4ger@example.org';
const decomposed = 'ja\u0308ger@example.org';

/**
 * Sign-in looks an address up in NFC (normalizeEmail); one stored decomposed
 * before that rule is composed by the migration, so its owner can still sign in.
 */
describe('migration UsersEmailNfc', () => {
  let database: TempDatabase;

  beforeAll(async () => {
    database = await createTempDatabase('emailnfc');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('composes a decomposed address, and leaves one whose composed form is another account’s', async () => {
    const source = await new DataSource({ type: 'postgres', url: database.url, migrations: [UsersAndApiKeys1795815000000, SessionEpoch1795838000000] }).initialize();
    try {
      await source.runMigrations();
      const insert = (email: string) =>
        source.query<Array<{ id: string }>>(`INSERT INTO users (email, password_hash, role, active) VALUES ($1, 'x', 'reviewer', true) RETURNING id`, [email]);
      const [[alone], [twin], [original]] = [
        await insert('ma\u0301ria@example.org'), // "á" decomposed, no composed twin
        await insert(decomposed),
        await insert(composed),
      ];
      await source.destroy();

      const migrated = await new DataSource({
        type: 'postgres',
        url: database.url,
        migrations: [UsersAndApiKeys1795815000000, SessionEpoch1795838000000, UsersEmailNfc1795839100000],
      }).initialize();
      try {
        await migrated.runMigrations();
        const emails = new Map(
          (await migrated.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM users`)).map((row) => [row.id, row.email]),
        );
        expect(emails.get(alone.id)).toBe('m\u00e1ria@example.org');
        expect(emails.get(twin.id)).toBe(decomposed);
        expect(emails.get(original.id)).toBe(composed);
      } finally {
        await migrated.destroy();
      }
    } finally {
      if (source.isInitialized) await source.destroy();
    }
  });
});
