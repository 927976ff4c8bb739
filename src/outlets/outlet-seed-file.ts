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
  return list.map(seedEntry);
}

const isName = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The lists of names an entry may have: each, when given, a list of strings. */
const NAME_LISTS = ['aliases', 'abbreviations', 'domains'] as const;

/**
 * One entry, checked as far as the seeder and the engine read it. An alias
 * given as a string ("aliases": "WSJ") stopped the service at its first start
 * with a database error and a stack trace, where the analyze CLI read it as one
 * alias per letter; a null entry was a TypeError naming no entry; a blank name
 * was an outlet called nothing.
 */
function seedEntry(entry: unknown, i: number): OutletRecord {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`outlet seed entry ${i} must be an object`);
  const r = entry as Record<string, unknown>;
  if (!isName(r.id) || !isName(r.name) || !isName(r.type)) {
    throw new Error(`outlet seed entry ${i} needs string id, name and type, none of them blank`);
  }
  // The database takes any text here, and the API then lists an outlet whose type its own contract refuses.
  if (!(OUTLET_TYPES as readonly string[]).includes(r.type)) {
    throw new Error(`outlet seed entry ${i} (${r.id}) has type "${r.type}"; known types: ${OUTLET_TYPES.join(', ')}`);
  }
  for (const field of NAME_LISTS) {
    const value = r[field];
    if (value !== undefined && !(Array.isArray(value) && value.every(isName))) {
      throw new Error(`outlet seed entry ${i} (${r.id}): ${field} must be a list of non-blank strings`);
    }
  }
  if (r.country !== undefined && r.country !== null && typeof r.country !== 'string') {
    throw new Error(`outlet seed entry ${i} (${r.id}): country must be a string such as "US"`);
  }
  return r as unknown as OutletRecord;
}

export async function readSeedFile(file = DEFAULT_SEED_FILE): Promise<OutletRecord[]> {
  return parseSeed(JSON.parse(await readFile(file, 'utf8')));
}

export function readSeedFileSync(file = DEFAULT_SEED_FILE): OutletRecord[] {
  return parseSeed(JSON.parse(readFileSync(file, 'utf8')));
}
