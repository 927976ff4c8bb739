// npm run bench:article [-- article.json]
// The engine's time per analysis of one article (the ingest benchmark's example by default), called
// as an engine thread calls it: 50 analyses to warm up, then 300 timed. Prints the wall time and the
// process's CPU time per analysis; on a shared machine compare runs of two commits alternately, and
// read the CPU figure.
import { readFileSync } from 'node:fs';
import { analyze, OutletRegistry } from '../src/analysis/index.js';
import { readSeedFileSync } from '../src/outlets/outlet-seed-file.js';

const WARM_UP = 50;
const RUNS = 300;
/** The service's default cap (ARTICLE_MAX_TEXT_BYTES), as runEngineTask passes it. */
const MAX_TEXT_BYTES = 200 * 1024;

const file = process.argv[2] ?? new URL('../src/articles/example-article.json', import.meta.url);
const { text } = JSON.parse(readFileSync(file, 'utf8')) as { text: string };
const registry = OutletRegistry.fromRecords(readSeedFileSync());
const run = () => analyze({ text }, registry, { limits: { maxTextLength: MAX_TEXT_BYTES } });

for (let i = 0; i < WARM_UP; i++) run();
const cpuBefore = process.cpuUsage();
const started = performance.now();
let claims = 0;
for (let i = 0; i < RUNS; i++) claims = run().claims.length;
const wallMs = (performance.now() - started) / RUNS;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
console.log(`${text.length} characters, ${claims} claims: ${wallMs.toFixed(3)} ms per analysis (wall), ${cpuMs.toFixed(3)} ms (CPU)`);
console.log(JSON.stringify({ characters: text.length, claims, wallMs: Number(wallMs.toFixed(3)), cpuMs: Number(cpuMs.toFixed(3)) }));
