import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from './analyze.js';
import { emptyScore, f1, scoreArticle, type GoldArticle } from './testing/gold-score.js';
import { seedRegistry } from './testing/seed-registry.js';

// Regression articles in several styles (wire copy, aggregators, translations,
// opinion, press releases, scraped pages), annotated independently of the
// engine. The floors sit a little under today's figures, so a change that
// makes attribution worse fails here; `node ../shared/eval/score.mjs --gold
// test/fixtures/articles --verbose` lists every miss.
const fixtures = new URL('../../test/fixtures/', import.meta.url);
const registry = seedRegistry();

function readGold(folder: string): GoldArticle[] {
  const dir = new URL(folder, fixtures);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as GoldArticle);
}

describe('regression articles', () => {
  const score = emptyScore();
  for (const gold of readGold('articles/')) scoreArticle(gold, gold.text, analyze(gold.text, registry).claims, score);

  it('finds the annotated claims and reports no boilerplate', () => {
    expect(score.found / score.gold).toBeGreaterThanOrEqual(0.97);
    expect(score.noise / score.notClaims).toBeLessThanOrEqual(0.02);
  });

  it('links claims to their original sources and relays', () => {
    expect(f1(score.sources)).toBeGreaterThanOrEqual(0.8);
    expect(f1(score.relays)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the example article of the design', () => {
  it('is analysed without a miss', () => {
    const score = emptyScore();
    for (const gold of readGold('example/')) scoreArticle(gold, gold.text, analyze(gold.text, registry).claims, score);
    expect(score.misses).toEqual([]);
    expect(score.found).toBe(score.gold);
  });
});

describe('saved HTML pages', () => {
  const pages = readdirSync(new URL('html/', fixtures)).filter((f) => f.endsWith('.html'));

  it.each(pages)('%s: extracts the article body and analyses it like the text', (page) => {
    const html = readFileSync(new URL(`html/${page}`, fixtures), 'utf8');
    const gold = JSON.parse(readFileSync(new URL(`articles/${page.replace(/\.html$/, '.json')}`, fixtures), 'utf8')) as GoldArticle;
    const result = analyze(html, registry);
    expect(result.title).toBeTruthy();
    expect(result.text).not.toMatch(/<script|Leave a Reply|Back to top|function\(/);
    const score = emptyScore();
    // a not-claim counts only where the page kept it as a paragraph: "Health" the label, not "Department of Health"
    const paragraphs = new Set(result.text.split('\n\n'));
    scoreArticle({ ...gold, not_claims: gold.not_claims?.filter((nc) => paragraphs.has(nc)) }, result.text, result.claims, score);
    expect(score.gold).toBeGreaterThan(10);
    expect(score.found / score.gold).toBeGreaterThanOrEqual(0.95);
    expect(score.noise).toBe(0);
    expect(f1(score.sources)).toBeGreaterThanOrEqual(0.75);
  });
});
