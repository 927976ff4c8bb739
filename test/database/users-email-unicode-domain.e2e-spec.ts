import { DataSource } from 'typeorm';
import { UsersAndApiKeys1795815000000 } from '../../src/database/migrations/1795815000000-users-and-api-keys.js';
import { SessionEpoch1795838000000 } from '../../src/database/migrations/1795838000000-session-epoch.js';
import { UsersEmailUnicodeDomain1795839700000 } from '../../src/database/migrations/1795839700000-users-email-unicode-domain.js';
import { createTempDatabase, type TempDatabase } from '../support/database.js';

const BEFORE = [UsersAndApiKeys1795815000000, SessionEpoch1795838000000];

/**
 * Sign-in looks an address up with its domain in Unicode (normalizeEmail); one
 * stored with its domain in ASCII before that rule is spelt so by the
 * migration, so its owner can still sign in.
 */
describe('migration UsersEmailUnicodeDomain', () => {
  let database: TempDatabase;

  beforeAll(async () => {
    database = await createTempDatabase('emailidn');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('spells an ASCII domain in Unicode, and leaves one whose Unicode spelling is another account’s', async () => {
    const source = await new DataSource({ type: 'postgres', url: database.url, migrations: BEFORE }).initialize();
    try {
      await source.runMigrations();
      const insert = async (email: string) =>
        (await source.query<Array<{ id: string }>>(`INSERT INTO users (email, password_hash, role, active) VALUES ($1, 'x', 'reviewer', true) RETURNING id`, [email]))[0].id;
      const alone = await insert('maria@xn--exmple-cua.org');
      const twin = await insert('jane@xn--exmple-cua.org');
      const original = await insert('jane@ex\u00e4mple.org');
      const plain = await insert('xn--not-a-domain@example.org');
      await source.destroy();

      const migrated = await new DataSource({ type: 'postgres', url: database.url, migrations: [...BEFORE, UsersEmailUnicodeDomain1795839700000] }).initialize();
      try {
        await migrated.runMigrations();
        const emails = new Map((await migrated.query<Array<{ id: string; email: string }>>(`SELECT id, email FROM users`)).map((row) => [row.id, row.email]));
        expect([alone, twin, original, plain].map((id) => emails.get(id))).toEqual([
          'maria@ex\u00e4mple.org',
          'jane@xn--exmple-cua.org',
          'jane@ex\u00e4mple.org',
          'xn--not-a-domain@example.org',
        ]);
      } finally {
        await migrated.destroy();
      }
    } finally {
      if (source.isInitialized) await source.destroy();
    }
  });
});
