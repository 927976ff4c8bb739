import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import type { OutletRegistry } from '../registry/outlet-registry.js';
import { emptyScore, scoreArticle, type Counts, type GoldArticle, type GoldClaim, type GoldScore } from './gold-score.js';

// Reads a folder of gold articles (and saved HTML pages of some of them),
// runs the engine on each and scores it: shared by `npm run eval` and the
// regression spec, so both report the same figures. Not part of the engine
// (it reads files); only tools and specs import it.

export interface ScoredArticle {
  /** The gold id, or "<id>.html" for the saved page of that article. */
  key: string;
  gold: GoldArticle;
  score: GoldScore;
}

export function readGoldDir(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      let gold: GoldArticle;
      try {
        gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldArticle;
      } catch (error) {
        // Among a hundred gold files, a parse error that names none leaves the annotator searching.
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
      const problem = goldProblem(gold);
      if (problem) throw new Error(`${file}: ${problem}`);
      return { ...gold, id: gold.id ?? file.replace(/\.json$/, '') };
    });
}

const isText = (value: unknown): value is string => typeof value === 'string';
/** Lists of acceptable names (`[["The Wall Street Journal", "WSJ"]]`), or absent when optional. */
const isNameLists = (value: unknown): boolean => Array.isArray(value) && value.every((names) => Array.isArray(names) && names.every(isText));

/**
 * What in a parsed gold file the scorer cannot read, or null. A file of
 * `null`, or a claim without its quote or with its sources as a string, ended
 * the run with "Cannot read properties of undefined (reading 'slice')",
 * naming neither the file nor the claim.
 */
function goldProblem(gold: GoldArticle | null): string | null {
  if (typeof gold !== 'object' || gold === null || !isText(gold.text) || !Array.isArray(gold.claims)) return 'not a gold article (needs text and claims)';
  if (gold.not_claims !== undefined && !(Array.isArray(gold.not_claims) && gold.not_claims.every(isText))) return 'not_claims must be a list of strings';
  const index = gold.claims.findIndex(
    (claim: Partial<GoldClaim> | null) =>
      typeof claim !== 'object' || claim === null || !isText(claim.quote) || !isNameLists(claim.sources) ||
      (claim.via !== undefined && !isNameLists(claim.via)) || (claim.optional_sources !== undefined && !isNameLists(claim.optional_sources)),
  );
  return index < 0 ? null : `claims[${index}] needs a quote (a string) and sources, via and optional_sources as lists of names (["Reuters"])`;
}

/**
 * Scores the engine on each gold article's text, and on each saved page
 * `<pages>/<id>.html`, against the text the page yields. A page keeps only
 * some of the furniture the plain text lists: a not-claim counts only where
 * the page kept it as a paragraph ("Health" the label, not "Department of
 * Health" inside a sentence).
 */
export function scoreGold(golds: GoldArticle[], registry: OutletRegistry, pages?: string): ScoredArticle[] {
  const scored: ScoredArticle[] = [];
  for (const gold of golds) {
    scored.push({ key: gold.id, gold, score: scoreArticle(gold, gold.text, analyze(gold.text, registry).claims) });
    const page = pages && join(pages, `${gold.id}.html`);
    if (!page || !existsSync(page)) continue;
    const result = analyze({ html: readFileSync(page, 'utf8') }, registry);
    const paragraphs = new Set(result.text.split('\n\n'));
    const asPage = { ...gold, not_claims: gold.not_claims?.filter((passage) => paragraphs.has(passage)) };
    scored.push({ key: `${gold.id}.html`, gold, score: scoreArticle(asPage, result.text, result.claims) });
  }
  return scored;
}

/** What a regression must not lose, per article: claims found, noise, and source and relay pairs. */
export interface BaselineEntry {
  found: number;
  noise: number;
  sources: Counts;
  relays: Counts;
}

export type Baseline = Record<string, BaselineEntry>;

export function toBaseline(scored: ScoredArticle[]): Baseline {
  const baseline: Baseline = {};
  for (const { key, score } of [...scored].sort((a, b) => a.key.localeCompare(b.key))) {
    baseline[key] = { found: score.found, noise: score.noise, sources: { ...score.sources }, relays: { ...score.relays } };
  }
  return baseline;
}

/** One entry per line, so a change to the baseline reads as a diff of the articles it touched. */
export function formatBaseline(baseline: Baseline): string {
  const lines = Object.entries(baseline).map(([key, entry]) => `  ${JSON.stringify(key)}: ${JSON.stringify(entry)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function totalOf(entries: BaselineEntry[]): BaselineEntry {
  const total = { ...emptyScore(), found: 0, noise: 0 };
  for (const entry of entries) {
    total.found += entry.found;
    total.noise += entry.noise;
    for (const key of ['sources', 'relays'] as const) {
      total[key].tp += entry[key].tp;
      total[key].fp += entry[key].fp;
      total[key].fn += entry[key].fn;
    }
  }
  return { found: total.found, noise: total.noise, sources: total.sources, relays: total.relays };
}
