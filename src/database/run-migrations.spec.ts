import { spawnSync } from 'node:child_process';
import { planTempDatabase } from '../../test/support/database.js';

const runMigrations = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--disable-warning=DEP0205', '--import', '@swc-node/register/esm-register', 'src/database/run-migrations.ts'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    timeout: 60_000,
  });

/** `npm run migration:run`, as an operator runs it before a deployment. */
describe('the migration script', () => {
  it('names the PostgreSQL it could not use and the variable that sets it, in one line', () => {
    // A role that does not exist: refused at once, with no retries to wait out.
    const url = 'postgres://no_such_role_for_migrations@127.0.0.1:5432/claimtrail_none';
    const run = runMigrations({ DATABASE_URL: url });
    expect(run.status).toBe(1);
    // It said only "migration failed: role ... does not exist", unlike the service, which names the server and DATABASE_URL.
    expect(run.stderr.trim().split('\n')).toEqual([
      `migration failed: cannot use PostgreSQL at ${url} (DATABASE_URL): role "no_such_role_for_migrations" does not exist`,
    ]);
  }, 40_000);

  // TypeORM's lines came in Nest's coloured console format, though the README promises one JSON line each.
  it('writes JSON lines only, TypeORM\'s included, as the service does', async () => {
    const database = planTempDatabase('migrations');
    try {
      const run = runMigrations({ DATABASE_URL: database.url, LOG_LEVEL: 'info' });
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { context?: string; msg: string });
      expect(lines.map((l) => l.msg)).toContain(`created database ${database.url}`);
      expect(lines.some((l) => l.context === 'TypeORM' && /migration/i.test(l.msg))).toBe(true);
      expect(lines[lines.length - 1]).toEqual(expect.objectContaining({ context: 'Migrations', msg: expect.stringMatching(/^applied: /) }));
      expect(run.stdout + run.stderr).not.toMatch(/\u001b\[/);
    } finally {
      await database.drop();
    }
  }, 90_000);
});
