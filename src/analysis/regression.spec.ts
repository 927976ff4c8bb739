import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from './analyze.js';
import { readGoldDir, scoreGold, totalOf, type Baseline, type BaselineEntry } from './testing/gold-corpus.js';
import { f1, type Counts } from './testing/gold-score.js';
import { seedRegistry } from './testing/seed-registry.js';

// The annotated regression articles (test/fixtures/articles) and saved pages
// of some of them (test/fixtures/html), held to the figures the engine
// reached when the baseline was last written
// (src/analysis/regression-baseline.json):
// - each article and page on its own may lose nothing: no claim found less,
//   no passage of noise more, no original or relay pair found less, no wrong
//   one more; a gain on one article cannot hide a loss on another;
// - over the whole corpus, each figure may fall by one claim's worth at most
//   (one claim, one noisy passage, one source pair).
// After a change that gains, or that trades a loss for a larger gain on
// purpose, rewrite the baseline and commit it with the change:
//   npm run -s eval -- --gold test/fixtures/articles --pages test/fixtures/html --verbose \
//     --write-baseline src/analysis/regression-baseline.json
const fixtures = (path: string) => fileURLToPath(new URL(`../../test/fixtures/${path}`, import.meta.url));
const registry = seedRegistry();
const baseline = JSON.parse(readFileSync(new URL('./regression-baseline.json', import.meta.url), 'utf8')) as Baseline;
const scored = scoreGold(readGoldDir(fixtures('articles')), registry, fixtures('html'));

/** The F1 after one more pair is lost or one more is wrong, whichever is lower. */
function oneClaimBelow({ tp, fp, fn }: Counts): number {
  return Math.min(f1({ tp: Math.max(0, tp - 1), fp, fn: fn + 1 }), f1({ tp, fp: fp + 1, fn }));
}

describe('regression articles, each on its own', () => {
  it.each(scored.map((s) => [s.key, s] as const))('%s loses nothing against the baseline', (key, { score }) => {
    const floor: BaselineEntry | undefined = baseline[key];
    if (!floor) throw new Error(`${key} has no baseline entry: write the baseline (see the top of this file)`);
    const losses: string[] = [];
    const atLeast = (what: string, now: number, then: number) => now < then && losses.push(`${what} ${then} -> ${now}`);
    const atMost = (what: string, now: number, then: number) => now > then && losses.push(`${what} ${then} -> ${now}`);
    atLeast('claims found', score.found, floor.found);
    atMost('noise', score.noise, floor.noise);
    atLeast('sources found', score.sources.tp, floor.sources.tp);
    atMost('wrong sources', score.sources.fp, floor.sources.fp);
    atLeast('relays found', score.relays.tp, floor.relays.tp);
    atMost('wrong relays', score.relays.fp, floor.relays.fp);
    expect(losses).toEqual([]);
  });

  it('has no baseline entry for an article that is gone', () => {
    expect(Object.keys(baseline).filter((key) => !scored.some((s) => s.key === key))).toEqual([]);
  });
});

describe('the regression corpus as a whole', () => {
  const then = totalOf(Object.values(baseline));
  const now = totalOf(scored.map((s) => ({ found: s.score.found, noise: s.score.noise, sources: s.score.sources, relays: s.score.relays })));

  it('finds the annotated claims and reports no more boilerplate', () => {
    expect(now.found).toBeGreaterThanOrEqual(then.found - 1);
    expect(now.noise).toBeLessThanOrEqual(then.noise + 1);
  });

  it('links claims to their original sources and relays', () => {
    expect(f1(now.sources)).toBeGreaterThanOrEqual(oneClaimBelow(then.sources));
    expect(f1(now.relays)).toBeGreaterThanOrEqual(oneClaimBelow(then.relays));
  });
});

describe('saved HTML pages', () => {
  const pages = scored.filter((s) => s.key.endsWith('.html'));

  it.each(pages.map((s) => [s.key, s] as const))('%s: the extracted text keeps every annotated sentence', (key, { gold, score }) => {
    const result = analyze(readFileSync(fixtures(`html/${key}`), 'utf8'), registry);
    expect(result.title).toBeTruthy();
    expect(result.text).not.toMatch(/<script|Leave a Reply|Back to top|function\(/);
    expect(gold.claims.filter((c) => !result.text.includes(c.quote)).map((c) => c.quote)).toEqual([]);
    expect(score.missingQuotes).toBe(0);
  });
});

describe('the example article of the design', () => {
  it('is analysed without a miss', () => {
    const [example] = scoreGold(readGoldDir(fixtures('example')), registry);
    expect(example.score.misses).toEqual([]);
    expect(example.score.found).toBe(example.score.gold);
  });
});
