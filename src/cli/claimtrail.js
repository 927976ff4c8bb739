#!/usr/bin/env node
// The package's `claimtrail` bin: `claimtrail analyze ...` and `claimtrail eval ...`.
// From a checkout with dev dependencies it runs the TypeScript source through
// SWC (never a stale build); from an installed package it runs the compiled dist/.
// The scorer reads its own options, so its command word is taken off argv.
const entry = process.argv[2] === 'eval' ? 'eval' : 'main';
if (entry === 'eval') process.argv.splice(2, 1);
try {
  // @swc-node/register still hooks in with module.register(), which Node 26
  // deprecates (DEP0205; its registerHooks entry point is not released yet):
  // keep that one warning off a user's terminal, as `--disable-warning` does
  // for the npm scripts.
  process.noDeprecation = true;
  try {
    await import('@swc-node/register/esm-register');
  } finally {
    process.noDeprecation = false;
  }
  await import(`./${entry}.ts`);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@swc-node')) throw error;
  await import(`../../dist/cli/${entry}.js`);
}
