#!/usr/bin/env node
// The package's `claimtrail` bin. From a checkout with dev dependencies it runs
// the TypeScript source through SWC (never a stale build); from an installed
// package it runs the compiled dist/.
try {
  await import('@swc-node/register/esm-register');
  await import('./main.ts');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@swc-node')) throw error;
  await import('../../dist/cli/main.js');
}
