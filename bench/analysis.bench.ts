// npm run bench:analysis — throughput of the analysis engine against the NLP
// library it builds on, and its time on adversarial input.
import { readdirSync, readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, OutletRegistry } from '../src/analysis/index.js';
import { readSeedFileSync } from '../src/outlets/outlet-seed-file.js';

const CORPUS_BYTES = 2 * 1024 * 1024;
const ADVERSARIAL_BYTES = 5 * 1024 * 1024;

const registry = OutletRegistry.fromRecords(readSeedFileSync());

/** Varied articles: every annotated article, its paragraphs reshuffled per copy, up to 2 MB. */
function buildCorpus(): string[] {
  const dirs = ['../test/fixtures/articles/', '../test/fixtures/example/'].map((d) => new URL(d, import.meta.url));
  const texts = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string }).text),
  );
  const corpus: string[] = [];
  let bytes = 0;
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let i = 0; bytes < CORPUS_BYTES; i++) {
    const paragraphs = texts[i % texts.length].split('\n\n');
    const head = paragraphs.slice(0, 2);
    const body = paragraphs.slice(2).sort(() => random() - 0.5);
    const article = [...head, ...body].join('\n\n');
    corpus.push(article);
    bytes += Buffer.byteLength(article);
  }
  return corpus;
}

function megabytesPerSecond(texts: string[], run: (text: string) => unknown): number {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  for (const text of texts.slice(0, 5)) run(text); // warm up the JIT
  const started = performance.now();
  for (const text of texts) run(text);
  const seconds = (performance.now() - started) / 1000;
  return bytes / 1e6 / seconds;
}

function adversarial(): Array<[string, string]> {
  const part = ADVERSARIAL_BYTES / 5;
  const fill = (unit: string) => unit.repeat(Math.ceil(part / unit.length)).slice(0, part);
  return [
    ['dots', fill('.')],
    ['quotes', fill('“”"«»\'')],
    ['capitalised words', fill('Reuters Said According To The Wall Street ')],
    ['no spaces', fill('abcdefghijKLMNOP1.5%,')],
    ['abbreviations and brackets', fill('U.S. (ISW) Gen. No. ')],
  ];
}

const corpus = buildCorpus();
const corpusMB = corpus.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
console.log(`corpus: ${corpus.length} articles, ${corpusMB.toFixed(2)} MB`);

const wink = winkNLP(model);
const winkSbd = winkNLP(model, ['sbd']);
const runners = {
  engine: (text: string) => analyze(text, registry, { format: 'text' }),
  baseline: (text: string) => {
    const doc = wink.readDoc(text);
    doc.sentences().out();
    doc.entities().out();
  },
  sentenceOnly: (text: string) => winkSbd.readDoc(text).sentences().out(),
};

// Rounds interleave the three runs, and each figure is the median of its
// rounds: on a shared machine a burst of other work then skews no one run.
const ROUNDS = 3;
const samples: Record<keyof typeof runners, number[]> = { engine: [], baseline: [], sentenceOnly: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(runners) as Array<[keyof typeof runners, (t: string) => unknown]>) {
    samples[name].push(megabytesPerSecond(corpus, run));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const engineMBps = median(samples.engine);
const baselineMBps = median(samples.baseline);
const sentenceOnlyMBps = median(samples.sentenceOnly);
const rounds = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');
console.log(`engine (full analysis):                        ${engineMBps.toFixed(2)} MB/s  (rounds: ${rounds(samples.engine)})`);
console.log(`wink-nlp readDoc, sentences + entities:        ${baselineMBps.toFixed(2)} MB/s  (rounds: ${rounds(samples.baseline)})`);
console.log(`wink-nlp sentence splitting only (sbd pipe):   ${sentenceOnlyMBps.toFixed(2)} MB/s  (rounds: ${rounds(samples.sentenceOnly)})`);

let adversarialSeconds = 0;
for (const [name, text] of adversarial()) {
  const started = performance.now();
  analyze(text, registry, { format: 'text' });
  const seconds = (performance.now() - started) / 1000;
  adversarialSeconds += seconds;
  console.log(`adversarial ${name.padEnd(28)} ${(text.length / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s`);
}
console.log(`ratio engine/baseline: ${(engineMBps / baselineMBps).toFixed(2)}`);
console.log(
  JSON.stringify({
    engineMBps: Number(engineMBps.toFixed(3)),
    baselineMBps: Number(baselineMBps.toFixed(3)),
    ratio: Number((engineMBps / baselineMBps).toFixed(3)),
    sentenceOnlyMBps: Number(sentenceOnlyMBps.toFixed(3)),
    adversarialMB: ADVERSARIAL_BYTES / 1e6,
    adversarialSeconds: Number(adversarialSeconds.toFixed(2)),
  }),
);
