import { spawnSync } from 'node:child_process';

/** `npm run migration:run`, as an operator runs it before a deployment. */
describe('the migration script', () => {
  it('names the PostgreSQL it could not use and the variable that sets it, in one line', () => {
    // A role that does not exist: refused at once, with no retries to wait out.
    const url = 'postgres://no_such_role_for_migrations@127.0.0.1:5432/claimtrail_none';
    const run = spawnSync(process.execPath, ['--disable-warning=DEP0205', '--import', '@swc-node/register/esm-register', 'src/database/run-migrations.ts'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: url },
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    // It said only "migration failed: role ... does not exist", unlike the service, which names the server and DATABASE_URL.
    expect(run.stderr.trim().split('\n')).toEqual([
      `migration failed: cannot use PostgreSQL at ${url} (DATABASE_URL): role "no_such_role_for_migrations" does not exist`,
    ]);
  }, 40_000);
});
