// Jest's globalTeardown, and the last step of `npm run test:e2e`: drops the
// template database global-setup.mjs migrated. Under CLAIMTRAIL_SERVICE_PREBUILT=1
// a Jest process leaves it to the npm script, which runs after every lane.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { adminDbUrl, templateFile } from './global-setup.mjs';

async function dropTemplate() {
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

export default async function teardown() {
  if (process.env['CLAIMTRAIL_SERVICE_PREBUILT'] !== '1') await dropTemplate();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await dropTemplate();
