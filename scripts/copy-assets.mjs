// Copies the data files tsc does not emit (JSON next to the code that reads it) into dist/.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const ASSETS = ['outlets/outlets.seed.json'];

for (const asset of ASSETS) {
  const from = `src/${asset}`;
  if (!existsSync(from)) {
    console.error(`copy-assets: missing ${from}`);
    process.exit(1);
  }
  mkdirSync(dirname(`dist/${asset}`), { recursive: true });
  cpSync(from, `dist/${asset}`);
}
