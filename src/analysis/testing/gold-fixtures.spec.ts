import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The gold files are data the regression floors stand on: a quote that is no
// longer in its text, or overlapping claims, would make the scores meaningless.
describe('the gold regression fixtures', () => {
  it('pass test/fixtures/validate-fixtures.mjs', () => {
    const script = fileURLToPath(new URL('../../../test/fixtures/validate-fixtures.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
