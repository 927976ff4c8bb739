// Jest's globalSetup: the service the e2e suites start in child processes is
// compiled once per run, into .test-build/, instead of by SWC's loader at
// every start (some 90 starts a run, each then also compiling its engine
// threads: about 3 s of CPU and 4 s of waiting apiece on two cores). Compiled
// at the start of every run, so it is never older than the source.
//
// `npm run test:e2e` compiles it once itself (`node test/support/global-setup.mjs`)
// and then runs two Jest processes side by side, the browser suites and the
// rest; each of those only points at the build (CLAIMTRAIL_SERVICE_PREBUILT=1).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, globSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// At the depth of src/: the compiled service finds the review UI's build (web/dist) as src/ does.
const out = join(root, '.test-build');
const entry = join(out, 'main.js');

function compile() {
  rmSync(out, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });
  // The data files the code reads next to itself (the outlet seed, the example article).
  for (const file of globSync('src/**/*.json', { cwd: root })) {
    cpSync(join(root, file), join(out, relative('src', file)));
  }
}

export default function compileService() {
  if (process.env['CLAIMTRAIL_SERVICE_PREBUILT'] !== '1') compile();
  else if (!existsSync(entry)) throw new Error(`CLAIMTRAIL_SERVICE_PREBUILT=1 but ${entry} is missing: run node test/support/global-setup.mjs first`);
  process.env['CLAIMTRAIL_SERVICE_BUILD'] = entry;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) compile();
