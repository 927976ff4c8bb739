// npm run bench:analysis — throughput of the analysis engine against the NLP
// pipeline it builds on (like for like: wink-nlp with sbd and pos, sentences
// and tags read out), the heavier full wink pipeline as a second figure, and
// MB/s on each adversarial input family.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, AnalysisInputTooLarge, OutletRegistry } from '../src/analysis/index.js';
import { ADVERSARIAL_FAMILIES, inputBytes } from '../src/analysis/testing/adversarial.js';
import { readSeedFileSync } from '../src/outlets/outlet-seed-file.js';
import { reshuffledArticles } from './analysis-corpus.js';

const CORPUS_BYTES = 2 * 1024 * 1024;
/** Per adversarial family: large enough to dominate noise, small enough for the HTML ones (Readability reads ~0.1 MB/s on them). */
const ADVERSARIAL_BYTES = Number(process.env.BENCH_ADVERSARIAL_BYTES ?? 1024 * 1024);
const HTML_ADVERSARIAL_BYTES = ADVERSARIAL_BYTES / 8;

const registry = OutletRegistry.fromRecords(readSeedFileSync());


function megabytesPerSecond(texts: string[], run: (text: string) => unknown): number {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  for (const text of texts.slice(0, 5)) run(text); // warm up the JIT
  const started = performance.now();
  for (const text of texts) run(text);
  const seconds = (performance.now() - started) / 1000;
  return bytes / 1e6 / seconds;
}

const corpus = reshuffledArticles((_, bytes) => bytes >= CORPUS_BYTES);
const corpusMB = corpus.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
console.log(`corpus: ${corpus.length} articles, ${corpusMB.toFixed(2)} MB`);

// the engine loads wink with sbd and pos only: the like-for-like baseline does the same work and reads it out
const winkLike = winkNLP(model, ['sbd', 'pos']);
const winkFull = winkNLP(model);
const runners = {
  engine: (text: string) => analyze(text, registry, { format: 'text' }),
  baseline: (text: string) => {
    const doc = winkLike.readDoc(text);
    doc.sentences().out(winkLike.its.span);
    doc.tokens().out(winkLike.its.pos);
  },
  fullPipeline: (text: string) => {
    const doc = winkFull.readDoc(text);
    doc.sentences().out();
    doc.entities().out();
  },
};

// Rounds interleave the runs, and each figure is the median of its rounds:
// on a shared machine a burst of other work then skews no one run.
const ROUNDS = 3;
const samples: Record<keyof typeof runners, number[]> = { engine: [], baseline: [], fullPipeline: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(runners) as Array<[keyof typeof runners, (t: string) => unknown]>) {
    samples[name].push(megabytesPerSecond(corpus, run));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const engineMBps = median(samples.engine);
const baselineMBps = median(samples.baseline);
const fullPipelineMBps = median(samples.fullPipeline);
const rounds = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');
console.log(`engine (full analysis):                              ${engineMBps.toFixed(2)} MB/s  (rounds: ${rounds(samples.engine)})`);
console.log(`baseline: wink-nlp sbd+pos, sentences and tags out:  ${baselineMBps.toFixed(2)} MB/s  (rounds: ${rounds(samples.baseline)})`);
console.log(`wink-nlp full pipeline, sentences + entities:        ${fullPipelineMBps.toFixed(2)} MB/s  (rounds: ${rounds(samples.fullPipeline)})`);
console.log(`ratio engine/baseline: ${(engineMBps / baselineMBps).toFixed(2)}`);

// Each family at its size, least of two runs; a refused page is timed to its refusal.
const adversarial: Record<string, { MBps: number; seconds: number; refused?: string }> = {};
for (const family of ADVERSARIAL_FAMILIES) {
  const html = typeof family.make(10) !== 'string';
  const input = family.make(html ? HTML_ADVERSARIAL_BYTES : ADVERSARIAL_BYTES);
  const bytes = inputBytes(input);
  let seconds = Number.POSITIVE_INFINITY;
  let refused: string | undefined;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    try {
      analyze(input, registry, { format: html ? 'html' : 'text', ...family.options });
    } catch (error) {
      if (!(error instanceof AnalysisInputTooLarge)) throw error;
      refused = error.message;
    }
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  const MBps = bytes / 1e6 / seconds;
  adversarial[family.name] = { MBps: Number(MBps.toFixed(3)), seconds: Number(seconds.toFixed(3)), ...(refused ? { refused } : {}) };
  console.log(`adversarial ${family.name.padEnd(40)} ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(3)} s = ${MBps.toFixed(2)} MB/s${refused ? `  (refused: ${refused})` : ''}`);
}
console.log(
  JSON.stringify({
    engineMBps: Number(engineMBps.toFixed(3)),
    baselineMBps: Number(baselineMBps.toFixed(3)),
    ratio: Number((engineMBps / baselineMBps).toFixed(3)),
    fullPipelineMBps: Number(fullPipelineMBps.toFixed(3)),
    adversarial,
  }),
);
