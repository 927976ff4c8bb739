import { OutletRegistry } from '../analysis/index.js';
import { readSeedFile } from '../outlets/outlet-seed-file.js';
import { InputError } from './read-input.js';

/** The registry the CLI analyses against: the curated seed file, or one given with --registry. */
export async function loadRegistry(path?: string): Promise<OutletRegistry> {
  try {
    return OutletRegistry.fromRecords(await readSeedFile(path));
  } catch (error) {
    throw new InputError(`registry ${path ?? 'seed file'}: ${(error as Error).message}`);
  }
}
