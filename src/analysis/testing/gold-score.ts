import type { Claim } from '../types.js';

/** A gold article as in ../shared/eval/FORMAT.md. */
export interface GoldArticle {
  id: string;
  text: string;
  claims: Array<{ quote: string; sources: string[][]; via?: string[][]; optional_sources?: string[][] }>;
  not_claims?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface GoldScore {
  gold: number;
  found: number;
  noise: number;
  notClaims: number;
  sources: Counts;
  relays: Counts;
  misses: string[];
}

// The same matching rules as ../shared/eval/score.mjs, so specs can hold the
// engine to the figures the scorer reports.
const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[“”"‘’'`«».,()[\]:;!?]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const matches = (name: string, aliases: string[]) => aliases.some((a) => normalise(a) === normalise(name));
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const o = overlap(a, b);
  return o / (a.end - a.start + (b.end - b.start) - o);
};

export function emptyScore(): GoldScore {
  return { gold: 0, found: 0, noise: 0, notClaims: 0, sources: { tp: 0, fp: 0, fn: 0 }, relays: { tp: 0, fp: 0, fn: 0 }, misses: [] };
}

export function f1({ tp, fp, fn }: Counts): number {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Adds one article's figures to `total`; `text` is the text the predictions index. */
export function scoreArticle(gold: GoldArticle, text: string, predicted: Claim[], total: GoldScore): void {
  const goldClaims = gold.claims
    .map((c) => ({ ...c, start: text.indexOf(c.quote) }))
    .filter((c) => c.start >= 0)
    .map((c) => ({ ...c, end: c.start + c.quote.length }));
  total.gold += goldClaims.length;
  const pairs: Array<[number, number, number]> = [];
  goldClaims.forEach((g, gi) => predicted.forEach((p, pi) => iou(g, p) >= 0.5 && pairs.push([iou(g, p), gi, pi])));
  pairs.sort((a, b) => b[0] - a[0]);
  const goldOf = new Map<number, number>();
  const predOf = new Map<number, number>();
  for (const [, gi, pi] of pairs) {
    if (goldOf.has(pi) || predOf.has(gi)) continue;
    goldOf.set(pi, gi);
    predOf.set(gi, pi);
  }
  total.found += predOf.size;
  const names = (claim: Claim | undefined, relay: boolean) => (claim?.sources ?? []).filter((s) => (s.role === 'relay') === relay).map((s) => s.name);
  const tally = (counts: Counts, golds: string[][], optional: string[][], names: string[], where: string) => {
    const used = new Set<number>();
    for (const name of names) {
      const k = golds.findIndex((aliases, j) => !used.has(j) && matches(name, aliases));
      if (k >= 0) {
        used.add(k);
        counts.tp++;
      } else if (!optional.some((aliases) => matches(name, aliases))) {
        counts.fp++;
        total.misses.push(`${gold.id}: wrong "${name}" on ${where}`);
      }
    }
    golds.forEach((aliases, j) => {
      if (used.has(j)) return;
      counts.fn++;
      total.misses.push(`${gold.id}: missed "${aliases[0]}" on ${where}`);
    });
  };
  goldClaims.forEach((g, gi) => {
    const p = predOf.has(gi) ? predicted[predOf.get(gi)!] : undefined;
    if (!p) total.misses.push(`${gold.id}: missed claim ${g.quote.slice(0, 60)}`);
    tally(total.sources, g.sources, g.optional_sources ?? [], names(p, false), g.quote.slice(0, 60));
    tally(total.relays, g.via ?? [], [], names(p, true), g.quote.slice(0, 60));
  });
  predicted.forEach((p, pi) => {
    if (goldOf.has(pi)) return;
    const near = goldClaims.filter((g) => overlap(g, p) > 0);
    tally(total.sources, [], near.flatMap((g) => [...g.sources, ...(g.optional_sources ?? [])]), names(p, false), p.text.slice(0, 60));
    tally(total.relays, [], near.flatMap((g) => g.via ?? []), names(p, true), p.text.slice(0, 60));
  });
  for (const nc of gold.not_claims ?? []) {
    const start = text.indexOf(nc);
    if (start < 0) continue;
    total.notClaims++;
    const covered = predicted.reduce((sum, p) => sum + overlap({ start, end: start + nc.length }, p), 0);
    if (covered > nc.length / 2) {
      total.noise++;
      total.misses.push(`${gold.id}: noise ${nc.slice(0, 60)}`);
    }
  }
}
