// Jest's globalSetup: the service the e2e suites start in child processes is
// compiled once per run, into .test-build/, instead of by SWC's loader at
// every start (some 90 starts a run, each then also compiling its engine
// threads: about 3 s of CPU and 4 s of waiting apiece on two cores). Compiled
// at the start of every run, so it is never older than the source.
import { execFileSync } from 'node:child_process';
import { cpSync, globSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, '.test-build');

export default function compileService() {
  rmSync(out, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });
  // The data files the code reads next to itself (the outlet seed, the example article).
  for (const file of globSync('src/**/*.json', { cwd: root })) {
    cpSync(join(root, file), join(out, relative('src', file)));
  }
  process.env['CLAIMTRAIL_SERVICE_BUILD'] = join(out, 'main.js');
}
