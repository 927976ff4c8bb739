import { readSeedFileSync } from '../../outlets/outlet-seed-file.js';
import { OutletRegistry } from '../registry/outlet-registry.js';

/** The curated seed registry, for specs (the engine itself never reads files). */
export function seedRegistry(): OutletRegistry {
  return OutletRegistry.fromRecords(readSeedFileSync());
}
