// Jest's globalTeardown, and the last step of `npm run test:e2e`: drops the
// template database global-setup.mjs migrated. Under CLAIMTRAIL_SERVICE_PREBUILT=1
// a Jest process leaves it to the npm script, which runs after every lane.
import { fileURLToPath } from 'node:url';
import { dropTemplate } from './global-setup.mjs';

export default async function teardown() {
  if (process.env['CLAIMTRAIL_SERVICE_PREBUILT'] !== '1') await dropTemplate();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await dropTemplate();
