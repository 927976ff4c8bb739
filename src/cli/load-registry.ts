import { readFile } from 'node:fs/promises';
import { OutletRegistry, type OutletRecord } from '../analysis/index.js';
import { InputError } from './read-input.js';

export const SEED_FILE = new URL('../outlets/outlets.seed.json', import.meta.url);

/** The registry the CLI analyses against: the curated seed file, or one given with --registry. */
export async function loadRegistry(path?: string): Promise<OutletRegistry> {
  const location = path ?? SEED_FILE;
  let records: OutletRecord[];
  try {
    records = JSON.parse(await readFile(location, 'utf8')) as OutletRecord[];
  } catch (error) {
    throw new InputError(`registry ${String(path ?? 'seed file')}: ${(error as Error).message}`);
  }
  if (!Array.isArray(records)) throw new InputError(`registry ${String(location)}: expected a JSON array of outlets`);
  return OutletRegistry.fromRecords(records);
}
