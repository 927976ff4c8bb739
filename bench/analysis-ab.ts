// node --disable-warning=DEP0205 --import @swc-node/register/esm-register bench/analysis-ab.ts <other checkout> [passes]
// This checkout's engine against another checkout's (say a detached worktree of main, its node_modules
// symlinked to this one's), in one process over the bench:analysis corpus, article by article in turn
// (which goes first alternating), each analysis timed in CPU time (process.cpuUsage). On a shared
// machine two runs of bench:analysis minutes apart differ by more than most changes to the engine;
// here both engines see the same load at the same moments, and time the scheduler gives other work
// is not counted, so a difference of 2% shows. Prints this/other time per pass and their median
// (the first pass, the JIT's warm-up, left out).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, OutletRegistry } from '../src/analysis/index.js';
import { readSeedFileSync } from '../src/outlets/outlet-seed-file.js';
import { reshuffledArticles } from './analysis-corpus.js';

type Engine = { analyze: typeof analyze; OutletRegistry: typeof OutletRegistry };

const otherRoot = process.argv[2];
if (!otherRoot) throw new Error('usage: bench/analysis-ab.ts <other checkout> [passes]');
const PASSES = Number(process.argv[3] ?? 7);
const CORPUS_BYTES = 2 * 1024 * 1024;

const other = (await import(pathToFileURL(resolve(otherRoot, 'src/analysis/index.ts')).href)) as Engine;
const records = readSeedFileSync();
const thisRegistry = OutletRegistry.fromRecords(records);
const otherRegistry = other.OutletRegistry.fromRecords(records);


/** Milliseconds of the process's CPU time while `run` runs. */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const corpus = reshuffledArticles((_, bytes) => bytes >= CORPUS_BYTES);
const megabytes = corpus.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
const ratios: number[] = [];
for (let pass = 0; pass < PASSES; pass++) {
  let thisMs = 0;
  let otherMs = 0;
  corpus.forEach((text, k) => {
    const runThis = () => (thisMs += cpuMs(() => analyze(text, thisRegistry, { format: 'text' })));
    const runOther = () => (otherMs += cpuMs(() => other.analyze(text, otherRegistry, { format: 'text' })));
    if (k % 2 === 0) {
      runThis();
      runOther();
    } else {
      runOther();
      runThis();
    }
  });
  if (pass > 0) ratios.push(thisMs / otherMs);
  const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(2);
  console.log(`pass ${pass}: this ${rate(thisMs)} MB/s, other ${rate(otherMs)} MB/s of CPU, this/other time ${(thisMs / otherMs).toFixed(3)}`);
}
ratios.sort((a, b) => a - b);
console.log(`this/other time, median of passes 1 to ${PASSES - 1}: ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}`);
