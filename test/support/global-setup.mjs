// Jest's globalSetup: the service the e2e suites start in child processes is
// compiled once per run, into .test-build/, instead of by SWC's loader at
// every start (some 90 starts a run, each then also compiling its engine
// threads: about 3 s of CPU and 4 s of waiting apiece on two cores). Compiled
// at the start of every run, so it is never older than the source.
//
// The review UI is built once too, for the browser suites (each built it).
// The run also migrates one database, which every suite's migrated database
// is copied from (CREATE DATABASE ... TEMPLATE): some 60 stacks each ran the
// 26 migrations, about a second of CPU apiece. global-teardown.mjs drops it;
// one an interrupted run left is dropped by the next run's setup.
//
// `npm run test:e2e` prepares both once itself (`node test/support/global-setup.mjs`),
// runs two Jest processes side by side, the browser suites and the rest, each
// of which only points at them (CLAIMTRAIL_SERVICE_PREBUILT=1), and then
// drops the database (`node test/support/global-teardown.mjs`).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../../', import.meta.url));
// At the depth of src/: the compiled service finds the review UI's build (web/dist) as src/ does.
const out = join(root, '.test-build');
const entry = join(out, 'main.js');
/** Where the migrated database's name is kept for the Jest processes and the teardown. */
export const templateFile = join(out, 'migrated-template');
/** The maintenance database of the server the suites use, as test/support/database.ts reads it. */
export const adminDbUrl = process.env['TEST_POSTGRES_URL'] ?? process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function compile() {
  rmSync(out, { recursive: true, force: true });
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  // --noCheck: the same files (compared byte for byte) in two thirds of the time; `npm test` type-checks before the suites run.
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out, '--noCheck'], { cwd: root, stdio: 'inherit' });
  // The data files the code reads next to itself (the outlet seed, the example article).
  for (const file of globSync('src/**/*.json', { cwd: root })) {
    cpSync(join(root, file), join(out, relative('src', file)));
  }
}

/**
 * The review UI, built as `npm start` builds it (Vite passes NODE_ENV on to
 * React: Jest's "test" gave React's development build): the service serves
 * web/dist only if it is there when the service starts.
 */
function buildUi() {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

/** Creates and migrates the run's template database with the build's own `migration:run`. */
function migrateTemplate() {
  const name = `claimtrail_template_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminDbUrl);
  url.pathname = `/${name}`;
  // Written first: a failed migration still leaves a name for the teardown to drop.
  writeFileSync(templateFile, name);
  execFileSync(process.execPath, [join(out, 'database', 'run-migrations.js')], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Drops the template database named in templateFile, if any: this run's at its end, or one an interrupted run left. */
export async function dropTemplate() {
  if (!existsSync(templateFile)) return;
  const name = readFileSync(templateFile, 'utf8');
  const client = new pg.Client({ connectionString: adminDbUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  rmSync(templateFile);
}

async function prepare() {
  await dropTemplate();
  compile();
  buildUi();
  migrateTemplate();
}

export default async function prepareService() {
  if (process.env['CLAIMTRAIL_SERVICE_PREBUILT'] !== '1') await prepare();
  else if (!existsSync(entry) || !existsSync(templateFile)) {
    throw new Error(`CLAIMTRAIL_SERVICE_PREBUILT=1 but ${out} is not prepared: run node test/support/global-setup.mjs first`);
  }
  process.env['CLAIMTRAIL_SERVICE_BUILD'] = entry;
  process.env['CLAIMTRAIL_MIGRATED_TEMPLATE'] = readFileSync(templateFile, 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await prepare();
