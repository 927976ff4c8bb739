import type { Span } from '../types.js';

// Scores predicted claims against a gold article (docs/analysis-format.md,
// "Gold files" and "Metrics"). Pure: the eval command and the regression
// spec read the files and run the engine, this only compares.

/** A gold article: the text, every attributed sentence with its sources, and the passages that are no claims. */
export interface GoldArticle {
  id: string;
  /** The kind of copy ("wire", "live-blog", ...), for scores per style. */
  style?: string;
  origin?: string;
  text: string;
  claims: GoldClaim[];
  not_claims?: string[];
}

export interface GoldClaim {
  quote: string;
  /** Originals; each a list of acceptable names, the first canonical. */
  sources: string[][];
  /** Relays. */
  via?: string[][];
  /** Attributions a careful reader may or may not carry over: neither gain nor loss. */
  optional_sources?: string[][];
}

/** What the scorer needs of a predicted claim (the engine's Claim, or a line of another tool's JSON). */
export interface PredictedClaim extends Span {
  text?: string;
  sources?: Array<{ name: string; role: string }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface GoldScore {
  articles: number;
  gold: number;
  found: number;
  predicted: number;
  noise: number;
  notClaims: number;
  /** Predicted claims whose text is not the slice of the text at their offsets. */
  badOffsets: number;
  /** Gold quotes (and not-claims) missing from the analysed text: a lost paragraph, counted as missed. */
  missingQuotes: number;
  sources: Counts;
  relays: Counts;
  /** One line per missed claim, wrong or missed source, noisy passage. */
  misses: string[];
}

export function emptyScore(): GoldScore {
  return {
    articles: 0,
    gold: 0,
    found: 0,
    predicted: 0,
    noise: 0,
    notClaims: 0,
    badOffsets: 0,
    missingQuotes: 0,
    sources: { tp: 0, fp: 0, fn: 0 },
    relays: { tp: 0, fp: 0, fn: 0 },
    misses: [],
  };
}

/** Names compare case-insensitively, without accents, quotes, punctuation or a leading "the". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[“”"‘’'`«».,()[\]:;!?]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const matches = (name: string, aliases: string[]) => aliases.some((a) => normaliseName(a) === normaliseName(name));
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a: Span, b: Span) => {
  const shared = overlap(a, b);
  return shared / (a.end - a.start + (b.end - b.start) - shared);
};

export function precision({ tp, fp }: Counts): number {
  return tp + fp ? tp / (tp + fp) : 1;
}

export function recall({ tp, fn }: Counts): number {
  return tp + fn ? tp / (tp + fn) : 1;
}

export function f1(counts: Counts): number {
  const p = precision(counts);
  const r = recall(counts);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Adds `part` into `total` (for totals over articles or styles). */
export function addScore(total: GoldScore, part: GoldScore): void {
  for (const key of ['articles', 'gold', 'found', 'predicted', 'noise', 'notClaims', 'badOffsets', 'missingQuotes'] as const) total[key] += part[key];
  for (const key of ['sources', 'relays'] as const) {
    total[key].tp += part[key].tp;
    total[key].fp += part[key].fp;
    total[key].fn += part[key].fn;
  }
  total.misses.push(...part.misses);
}

/** Best overlap first, each gold claim and each prediction used once; a pair needs overlap/union >= 0.5. */
function matchClaims(gold: Span[], predicted: PredictedClaim[]): { predOf: Map<number, number>; goldOf: Map<number, number> } {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => {
    if (g.start < 0) return;
    predicted.forEach((p, pi) => {
      const value = iou(g, p);
      if (value >= 0.5) pairs.push([value, gi, pi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const goldOf = new Map<number, number>();
  const predOf = new Map<number, number>();
  for (const [, gi, pi] of pairs) {
    if (goldOf.has(pi) || predOf.has(gi)) continue;
    goldOf.set(pi, gi);
    predOf.set(gi, pi);
  }
  return { predOf, goldOf };
}

const namesOf = (claim: PredictedClaim | undefined, relay: boolean) =>
  (claim?.sources ?? []).filter((s) => (s.role === 'relay') === relay).map((s) => s.name);

/**
 * Scores one article. `text` is the text the predictions index: the gold text,
 * or the text extracted from a saved HTML page of it.
 */
export function scoreArticle(gold: GoldArticle, text: string, predicted: PredictedClaim[]): GoldScore {
  const score = emptyScore();
  score.articles = 1;
  score.predicted = predicted.length;
  for (const p of predicted) if (p.text !== undefined && text.slice(p.start, p.end) !== p.text) score.badOffsets++;
  const goldClaims = gold.claims.map((c) => {
    const start = text.indexOf(c.quote);
    return { ...c, start, end: start < 0 ? -1 : start + c.quote.length };
  });
  score.gold = goldClaims.length;
  const { predOf, goldOf } = matchClaims(goldClaims, predicted);
  score.found = predOf.size;

  const tally = (counts: Counts, golds: string[][], optional: string[][], names: string[], where: string) => {
    const used = new Set<number>();
    for (const name of names) {
      const k = golds.findIndex((aliases, j) => !used.has(j) && matches(name, aliases));
      if (k >= 0) {
        used.add(k);
        counts.tp++;
      } else if (!optional.some((aliases) => matches(name, aliases))) {
        counts.fp++;
        score.misses.push(`${gold.id}: wrong source "${name}" on: ${where}`);
      }
    }
    golds.forEach((aliases, j) => {
      if (used.has(j)) return;
      counts.fn++;
      score.misses.push(`${gold.id}: missed source "${aliases[0]}" on: ${where}`);
    });
  };

  goldClaims.forEach((g, gi) => {
    const where = g.quote.slice(0, 90);
    if (g.start < 0) {
      score.missingQuotes++;
      score.misses.push(`${gold.id}: quote missing from the analysed text: ${where}`);
    }
    const p = predOf.has(gi) ? predicted[predOf.get(gi)!] : undefined;
    if (!p && g.start >= 0) score.misses.push(`${gold.id}: missed claim: ${where}`);
    tally(score.sources, g.sources, g.optional_sources ?? [], namesOf(p, false), where);
    tally(score.relays, g.via ?? [], [], namesOf(p, true), where);
  });
  predicted.forEach((p, pi) => {
    if (goldOf.has(pi)) return;
    // an unmatched prediction is judged against the gold claims it overlaps
    const near = goldClaims.filter((g) => g.start >= 0 && overlap(g, p) > 0);
    const where = (p.text ?? text.slice(p.start, p.end)).slice(0, 90);
    tally(score.sources, [], near.flatMap((g) => [...g.sources, ...(g.optional_sources ?? [])]), namesOf(p, false), where);
    tally(score.relays, [], near.flatMap((g) => g.via ?? []), namesOf(p, true), where);
  });

  for (const passage of gold.not_claims ?? []) {
    const start = text.indexOf(passage);
    if (start < 0) continue; // a page may drop furniture the plain text kept: nothing to report there
    score.notClaims++;
    const span = { start, end: start + passage.length };
    const covered = predicted.reduce((sum, p) => sum + overlap(span, p), 0);
    if (covered > passage.length / 2) {
      score.noise++;
      score.misses.push(`${gold.id}: noise reported as a claim: ${passage.slice(0, 90)}`);
    }
  }
  return score;
}

/** The one-line figures the eval command prints and the README quotes. */
export function summarise(score: GoldScore): {
  claimRecall: number;
  noise: number;
  sources: { p: number; r: number; f1: number } & Counts;
  relays: { p: number; r: number; f1: number } & Counts;
} {
  const figures = (c: Counts) => ({ ...c, p: precision(c), r: recall(c), f1: f1(c) });
  return {
    claimRecall: score.gold ? score.found / score.gold : 1,
    noise: score.notClaims ? score.noise / score.notClaims : 0,
    sources: figures(score.sources),
    relays: figures(score.relays),
  };
}
