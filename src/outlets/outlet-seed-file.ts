import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OUTLET_TYPES, type OutletRecord } from '../analysis/types.js';

// The curated registry file, read by the service's seeder, the analyze CLI,
// the engine's specs and the benchmark alike.

/** Shipped beside this module (nest-cli.json copies it into dist). */
export const DEFAULT_SEED_FILE = fileURLToPath(new URL('./outlets.seed.json', import.meta.url));

/** Outlet records from parsed JSON: an array, or `{ "outlets": [...] }`. */
export function parseSeed(json: unknown): OutletRecord[] {
  const list = Array.isArray(json) ? json : (json as { outlets?: unknown })?.outlets;
  if (!Array.isArray(list)) throw new Error('outlet seed must be an array of outlets or { "outlets": [...] }');
  return list.map((entry, i) => {
    const r = entry as Partial<OutletRecord>;
    if (typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.type !== 'string') {
      throw new Error(`outlet seed entry ${i} needs string id, name and type`);
    }
    // The database takes any text here, and the API then lists an outlet whose type its own contract refuses.
    if (!(OUTLET_TYPES as readonly string[]).includes(r.type)) {
      throw new Error(`outlet seed entry ${i} (${r.id}) has type "${r.type}"; known types: ${OUTLET_TYPES.join(', ')}`);
    }
    return r as OutletRecord;
  });
}

export async function readSeedFile(file = DEFAULT_SEED_FILE): Promise<OutletRecord[]> {
  return parseSeed(JSON.parse(await readFile(file, 'utf8')));
}

export function readSeedFileSync(file = DEFAULT_SEED_FILE): OutletRecord[] {
  return parseSeed(JSON.parse(readFileSync(file, 'utf8')));
}
