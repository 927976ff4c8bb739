import type { Token } from '../text/tokenize.js';

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

const MONTHS = words(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
const DATE_WORDS = words('monday tuesday wednesday thursday friday saturday sunday yesterday today week month year decade century');
const QUANTITY_WORDS = words(
  'percent per cent million millions billion billions trillion thousand thousands hundred hundreds dozen dozens tons tonnes ' +
    'kilometres kilometers miles troops soldiers people deaths casualties dollars euros pounds rubles hryvnias',
);
const COMPARISON_WORDS = words(
  'more less fewer most least largest biggest highest lowest smallest record first last only increase increased decrease ' +
    'decreased rise rose fell fall doubled tripled halved compared than surge surged drop dropped',
);
const CAUSAL_WORDS = words('because cause caused causes due led leads result resulted results consequence therefore thus since');
const FACTUAL_VERBS = words(
  'killed died injured arrested signed imposed banned launched attacked seized captured deployed sent supplied delivered ' +
    'transferred approved passed voted elected won lost closed opened sold bought paid received destroyed invaded',
);
const OPINION_WORDS = words(
  'i we me my our us you your think feel hope wish believe should must ought perhaps maybe probably seems seem ' +
    'obviously clearly undoubtedly terrible wonderful shameful disgraceful dangerous grandiose beautiful horrible ' +
    'awful great amazing incredible ridiculous absurd tragic sad',
);
const HEDGES = words('may might could would possibly potentially likely unlikely');

// Each word's lists as bits, so a token costs one lookup instead of one per list.
const MONTH_OR_DATE = 1;
const QUANTITY = 2;
const COMPARISON = 4;
const CAUSAL = 8;
const FACTUAL = 16;
const OPINION = 32;
const HEDGE = 64;
const WORD_KINDS = new Map<string, number>();
for (const [list, bit] of [
  [MONTHS, MONTH_OR_DATE],
  [DATE_WORDS, MONTH_OR_DATE],
  [QUANTITY_WORDS, QUANTITY],
  [COMPARISON_WORDS, COMPARISON],
  [CAUSAL_WORDS, CAUSAL],
  [FACTUAL_VERBS, FACTUAL],
  [OPINION_WORDS, OPINION],
  [HEDGES, HEDGE],
] as const) {
  for (const word of list) WORD_KINDS.set(word, (WORD_KINDS.get(word) ?? 0) | bit);
}

/** A superlative's ending ("largest"), read from codes: `endsWith` at every token costs more. */
function endsWithEst(word: string): boolean {
  const n = word.length;
  return n >= 3 && word.charCodeAt(n - 1) === 116 && word.charCodeAt(n - 2) === 115 && word.charCodeAt(n - 3) === 101; // e s t
}

export interface CheckworthinessInput {
  tokens: Token[];
  first: number;
  end: number;
  attributed: boolean;
}

/**
 * 0..1: how much a fact-checker would want to check the sentence. A weighted
 * sum of the features fact-checkers name (numbers, dates, named actors,
 * attribution, comparisons, causal links, concrete events) minus opinion and
 * hedging, squashed through a logistic curve.
 */
export function scoreCheckworthiness({ tokens, first, end, attributed }: CheckworthinessInput): number {
  let numbers = 0;
  let dates = 0;
  let names = 0;
  let comparisons = 0;
  let causal = 0;
  let events = 0;
  let opinion = 0;
  let hedges = 0;
  let wordsSeen = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    if (t.pos === 'PUNCT' || t.pos === 'SYM') {
      if (t.text === '!') opinion++;
      continue;
    }
    wordsSeen++;
    const lower = t.lower;
    if (t.pos === 'NUM' || (lower.charCodeAt(0) >= 48 && lower.charCodeAt(0) <= 57)) {
      numbers++;
      if (lower.length === 4 && (lower.startsWith('19') || lower.startsWith('20'))) dates++;
    }
    const kinds = WORD_KINDS.get(lower) ?? 0;
    if (kinds & MONTH_OR_DATE) dates++;
    if (kinds & QUANTITY) numbers += 0.5;
    if (t.pos === 'PROPN' && i > first) names++;
    if (kinds & COMPARISON || endsWithEst(lower)) comparisons++;
    if (kinds & CAUSAL) causal++;
    if (kinds & FACTUAL) events++;
    if (kinds & OPINION) opinion++;
    if (kinds & HEDGE) hedges++;
  }
  let z = -1.1;
  z += Math.min(numbers, 3) * 0.65;
  z += Math.min(dates, 2) * 0.35;
  z += Math.min(names, 4) * 0.25;
  z += Math.min(comparisons, 2) * 0.3;
  z += Math.min(causal, 2) * 0.3;
  z += Math.min(events, 2) * 0.35;
  z += attributed ? 0.5 : 0;
  z -= Math.min(opinion, 3) * 0.35;
  z -= Math.min(hedges, 2) * 0.3;
  if (wordsSeen < 6) z -= 0.8;
  const score = 1 / (1 + Math.exp(-z));
  return Math.round(score * 100) / 100;
}
