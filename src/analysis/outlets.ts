// The engine's types and outlet registry without its language model. The
// service's main process needs these (the registry cache, the outlet DTOs)
// but runs analyses only in its engine threads, and importing index.ts loads
// wink's model through analyze (some 0.7 s of CPU at every process start).
export * from './types.js';
export { OutletRegistry } from './registry/outlet-registry.js';
