import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../src/config/index.js';
import { UsersAndApiKeys1795815000000 } from '../../src/database/migrations/1795815000000-users-and-api-keys.js';
import { SessionEpoch1795838000000 } from '../../src/database/migrations/1795838000000-session-epoch.js';
import { UsersEmailNfc1795839100000 } from '../../src/database/migrations/1795839100000-users-email-nfc.js';
import { ApiKey } from '../../src/api-keys/api-key.entity.js';
import { BootstrapAdminService } from '../../src/users/bootstrap-admin.service.js';
import { PasswordHasher } from '../../src/users/password-hasher.js';
import { User } from '../../src/users/user.entity.js';
import { createTempDatabase } from '../support/database.js';

const CREDENTIALS = { email: 'First.Admin@Example.org', password: 'first-admin-password' };

describe('BootstrapAdminService against PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTempDatabase>>;
  const sources: DataSource[] = [];

  // Each data source stands for one process starting up (API, worker, replicas).
  async function process(): Promise<{ service: BootstrapAdminService; source: DataSource }> {
    const source = await new DataSource({ type: 'postgres', url: database.url, entities: [User, ApiKey], extra: { max: 2 } }).initialize();
    sources.push(source);
    const config = { auth: { bootstrapAdmin: CREDENTIALS } } as AppConfig;
    return { service: new BootstrapAdminService(config, source, new PasswordHasher()), source };
  }

  beforeAll(async () => {
    database = await createTempDatabase('bootstrap');
    const migrator = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [UsersAndApiKeys1795815000000, SessionEpoch1795838000000, UsersEmailNfc1795839100000],
    }).initialize();
    await migrator.runMigrations();
    await migrator.destroy();
  });
  afterEach(async () => {
    await Promise.all(sources.splice(0).map((s) => s.destroy()));
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('creates exactly one admin when several processes start at once, then does nothing', async () => {
    const processes = await Promise.all(Array.from({ length: 4 }, process));
    const outcomes = await Promise.all(processes.map(({ service }) => service.ensureAdmin(CREDENTIALS)));
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'admin-exists')).toHaveLength(3);

    const admins = await processes[0].source.getRepository(User).find({
      where: { role: 'admin' },
      select: { id: true, email: true, passwordHash: true },
    });
    expect(admins).toHaveLength(1);
    expect(admins[0].email).toBe('first.admin@example.org');
    expect(admins[0].passwordHash).toMatch(/^\$argon2id\$/);

    // Restarts are no-ops, even with other credentials configured.
    await expect(processes[1].service.ensureAdmin({ email: 'other@example.org', password: 'another-password' })).resolves.toBe(
      'admin-exists',
    );
    await expect(processes[1].service.onApplicationBootstrap()).resolves.toBeUndefined();
    await expect(processes[1].source.getRepository(User).count()).resolves.toBe(1);
  });

  // A second `docker compose up` after the README's recipe was run again (a new random password,
  // the old database volume) said nothing, and the new password was refused at sign-in.
  it('says at start-up that BOOTSTRAP_ADMIN_* is not applied once an admin exists', async () => {
    const { service } = await process();
    const lines: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => void lines.push(String(message)));
    try {
      await expect(service.ensureAdmin({ email: 'other@example.org', password: 'another-password' })).resolves.toBe('admin-exists');
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual([
      'An active admin exists: BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD are not applied ' +
        '(they only create the first admin; its password is the one it was created with)',
    ]);
  });

  it('does nothing without BOOTSTRAP_ADMIN_* and never hijacks an existing account', async () => {
    const { service, source } = await process();
    await expect(service.ensureAdmin(undefined)).resolves.toBe('not-configured');

    const users = source.getRepository(User);
    await users.update({ role: 'admin' }, { active: false });
    await users.insert({ email: 'taken@example.org', passwordHash: 'x', role: 'reviewer', active: true });
    await expect(service.ensureAdmin({ email: 'Taken@example.org', password: 'whatever-password' })).resolves.toBe('email-taken');
    await expect(
      users.findOneOrFail({ where: { email: 'taken@example.org' }, select: { role: true, passwordHash: true } }),
    ).resolves.toMatchObject({ role: 'reviewer', passwordHash: 'x' });
  });
});
