import { OutletRegistry } from '../analysis/index.js';
import { readSeedFile } from '../outlets/outlet-seed-file.js';
import { describeReadError, InputError } from './read-input.js';

/** The registry the CLI analyses against: the curated seed file, or one given with --registry. */
export async function loadRegistry(path?: string): Promise<OutletRegistry> {
  try {
    return OutletRegistry.fromRecords(await readSeedFile(path));
  } catch (error) {
    const where = `registry ${path ?? 'seed file'}`;
    // An unreadable file in words; a file that is not a registry with what is wrong in it.
    throw new InputError((error as NodeJS.ErrnoException).code ? describeReadError(where, error as NodeJS.ErrnoException) : `${where}: ${(error as Error).message}`);
  }
}
