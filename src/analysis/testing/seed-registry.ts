import { readFileSync } from 'node:fs';
import { OutletRegistry } from '../registry/outlet-registry.js';
import type { OutletRecord } from '../types.js';

/** The curated seed registry, for specs (the engine itself never reads files). */
export function seedRegistry(): OutletRegistry {
  const url = new URL('../../outlets/outlets.seed.json', import.meta.url);
  return OutletRegistry.fromRecords(JSON.parse(readFileSync(url, 'utf8')) as OutletRecord[]);
}
