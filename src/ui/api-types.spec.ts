import { spawnSync } from 'node:child_process';

// The UI's API types are generated from this service's OpenAPI document; a
// controller or DTO change without `npm run gen:api` fails here.
describe('generated API types of the review UI', () => {
  it('match the OpenAPI document the controllers describe', () => {
    const run = spawnSync(process.execPath, ['--disable-warning=DEP0205', '--import', '@swc-node/register/esm-register', 'web/scripts/api-types.ts', '--check'], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '' },
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 130_000);
});
