// node --import @swc-node/register/esm-register bench/analysis-output-hash.ts [out.txt]
// Speed work on the engine must not change a single output. This runs the
// engine over every fixture (articles, the example, saved pages), the
// benchmark's reshuffled corpus, each adversarial family at a few sizes,
// inputs drawn (with fixed seeds) from the property specs' generators and
// every string literal of the engine's specs, and prints one hash per group
// and one over all. With a file argument it also writes a hash per input, so
// two runs can be diffed to find the inputs whose analysis changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { analyze, type AnalysisInput } from '../src/analysis/index.js';
import { ADVERSARIAL_FAMILIES } from '../src/analysis/testing/adversarial.js';
import { articleTexts, markupParts } from '../src/analysis/testing/arbitraries.js';
import { seedRegistry } from '../src/analysis/testing/seed-registry.js';
import { reshuffledArticles } from './analysis-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const registry = seedRegistry();

type Case = { key: string; input: AnalysisInput; options?: Parameters<typeof analyze>[2] };

function fixtureCases(): Case[] {
  const cases: Case[] = [];
  for (const dir of ['test/fixtures/articles', 'test/fixtures/example']) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort()) {
      const text = (JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as { text: string }).text;
      cases.push({ key: `${dir}/${file}`, input: text });
      cases.push({ key: `${dir}/${file}#text`, input: text, options: { format: 'text' } });
    }
  }
  for (const file of readdirSync(join(root, 'test/fixtures/html')).sort()) {
    const html = readFileSync(join(root, 'test/fixtures/html', file), 'utf8');
    cases.push({ key: `html/${file}`, input: { html } });
    cases.push({ key: `html/${file}#string`, input: html });
  }
  return cases;
}

/** The benchmark's corpus, its first 300 copies. */
function benchCorpusCases(): Case[] {
  return reshuffledArticles((copies) => copies >= 300).map((input, i) => ({ key: `corpus/${i}`, input, options: { format: 'text' } }));
}

function adversarialCases(): Case[] {
  return ADVERSARIAL_FAMILIES.flatMap((f) =>
    [0, 1, 7, 100, 1000, 10_000, 60_000].map((bytes) => ({ key: `adversarial/${f.name}/${bytes}`, input: f.make(bytes), options: f.options })),
  );
}

/** The property spec's generators, sampled with fixed seeds. */
function propertyCases(): Case[] {
  const words = fc.array(fc.stringMatching(/^[A-Za-zé]{1,8}$/).chain((w) => fc.integer({ min: 1, max: 300 }).map((n) => w.repeat(n))), { minLength: 1, maxLength: 12 });
  const longWords = fc.tuple(words, fc.constantFrom(' ', '. ', ' said ', ', according to Reuters. ')).map(([parts, glue]) => `${parts.join(glue)}.`);
  const markup = markupParts.map((parts) => `<html><body>${parts.join('')}</body></html>`);
  const cases: Case[] = [];
  fc.sample(articleTexts, { seed: 1, numRuns: 3000 }).forEach((text, i) => cases.push({ key: `property/articles/${i}`, input: text, options: { format: 'text' } }));
  fc.sample(longWords, { seed: 2, numRuns: 200 }).forEach((text, i) => cases.push({ key: `property/words/${i}`, input: text, options: { format: 'text' } }));
  fc.sample(markup, { seed: 3, numRuns: 300 }).forEach((html, i) => cases.push({ key: `property/markup/${i}`, input: { html } }));
  return cases;
}

/** Every string literal (10 characters or more) in the engine's specs, as text. */
function specLiteralCases(): Case[] {
  const specs: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.spec.ts')) specs.push(path);
    }
  };
  walk(join(root, 'src/analysis'));
  const cases: Case[] = [];
  for (const spec of specs.sort()) {
    const source = ts.createSourceFile(spec, readFileSync(spec, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.length >= 10) {
        cases.push({ key: `spec/${spec.slice(root.length)}/${cases.length}`, input: node.text, options: { format: 'text' } });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return cases;
}

function outputOf(c: Case): string {
  try {
    return JSON.stringify(analyze(c.input, registry, c.options));
  } catch (error) {
    return `threw ${(error as Error).name}: ${(error as Error).message}`;
  }
}

const groups: Record<string, Case[]> = {
  fixtures: fixtureCases(),
  benchCorpus: benchCorpusCases(),
  adversarial: adversarialCases(),
  property: propertyCases(),
  specLiterals: specLiteralCases(),
};
const all = createHash('sha256');
const lines: string[] = [];
for (const [name, cases] of Object.entries(groups)) {
  const group = createHash('sha256');
  for (const c of cases) {
    const digest = createHash('sha256').update(outputOf(c)).digest('hex');
    group.update(digest);
    lines.push(`${digest.slice(0, 16)} ${c.key}`);
  }
  const hex = group.digest('hex');
  all.update(hex);
  console.log(`${name.padEnd(14)} ${String(cases.length).padStart(5)} inputs  ${hex.slice(0, 16)}`);
}
console.log(`all            ${String(lines.length).padStart(5)} inputs  ${all.digest('hex').slice(0, 16)}`);
if (process.argv[2]) writeFileSync(process.argv[2], `${lines.join('\n')}\n`);
