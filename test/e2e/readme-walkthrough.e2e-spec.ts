import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ADMIN } from '../support/admin.js';
import { useStack } from '../support/stack.js';

/** The README's walkthrough, the shell block under "## Walkthrough", as a newcomer pastes it. */
function walkthrough(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## Walkthrough\n'));
  const start = section.indexOf('```sh\n') + '```sh\n'.length;
  return section.slice(start, section.indexOf('\n```', start));
}

/**
 * The walkthrough run command by command in bash, as written (the address
 * aside), against a fresh stack: it works, and a refused step says why and
 * leaves nothing behind that the next step would send as a credential.
 * Before, a refused login (a wrong password, a 429) left TOKEN saying
 * "undefined", every later step went on with it, and step 4 ended in a
 * TypeError's stack trace.
 */
describe('README walkthrough', () => {
  const stack = useStack('walkthrough');

  function run(script: string): { stdout: string; stderr: string } {
    const shell = script.replace('B=http://localhost:3000', `B=${stack.api.baseUrl}`);
    const result = spawnSync('bash', ['-c', shell], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}` },
      timeout: 30_000,
    });
    return { stdout: result.stdout, stderr: result.stderr };
  }

  it('logs in, makes an API key, submits the example article and reads it back', () => {
    const { stdout, stderr } = run(walkthrough().replace('change-me-demo-password', ADMIN.password));
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toMatch(/^(received|analyzing|analyzed) \d+ claims, \d+ unsourced$/);
    expect(stdout).not.toContain('undefined');
  });

  it('says why a refused login fails, and goes on with no "undefined" token', () => {
    // The stack's admin has its own password, so the README's example one is refused.
    const { stdout, stderr } = run(walkthrough());
    expect(stderr).toContain('401 Unauthorized: Invalid email or password');
    expect(`${stdout}${stderr}`).not.toContain('undefined');
    expect(stderr).not.toMatch(/TypeError|SyntaxError|^\s+at /m);
  });

  it('says why a refused submission fails, and step 4 says there is no article to read', () => {
    // The walkthrough as written, but with a body the service refuses (no text), as a typo in it would be.
    const script = walkthrough().replace('change-me-demo-password', ADMIN.password).replace('--data-binary @src/articles/example-article.json', `-d '{}'`);
    const { stdout, stderr } = run(script);
    expect(stderr.split('\n')[0]).toMatch(/^400 Bad Request: /);
    expect(stderr).toContain('ID: is set by step 3');
    expect(`${stdout}${stderr}`).not.toContain('undefined');
  });

  it('says when the login was rate limited', async () => {
    // Another address each time: one account's failures lock that account before the address runs out.
    for (let i = 0; i < 20; i++) {
      const body = { email: `nobody-${i}@example.org`, password: 'x'.repeat(12) };
      if ((await stack.request('POST', '/v1/auth/login', { token: null, body })).status === 429) break;
    }
    const stepOne = walkthrough().split('\n# 2.')[0].replace('change-me-demo-password', ADMIN.password);
    const { stdout, stderr } = run(`${stepOne}\necho "TOKEN=$TOKEN"`);
    expect(stderr).toMatch(/^429 Too Many Requests: /m);
    expect(stdout).toBe('TOKEN=\n');
  });
});
