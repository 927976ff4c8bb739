// The engine's types and outlet registry without the rest of the engine. The
// service's main process needs these (the registry cache, the outlet DTOs)
// but runs analyses only in its engine threads, and importing index.ts
// evaluates every module of the engine (wink's model itself is read on first
// use: text/tokenize.ts).
export * from './types.js';
export { OutletRegistry } from './registry/outlet-registry.js';
