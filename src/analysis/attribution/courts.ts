import { isCapitalized } from './mentions.js';
import type { SentenceTokens } from './sentence-tokens.js';

// A judge speaks for the court she sits in: "Mrs Justice Jane Roe said", "Her
// Honour Judge Roe, sitting at Norvale County Court, found" (the court, the
// judge in `person`; docs/annotation-guidelines.md §2-3).

/** Nouns that end a court's name ("High Court", "Employment Tribunal"). */
const COURT_HEADS: ReadonlySet<string> = new Set(['court', 'tribunal']);
/** Small words inside a court's name ("Court of Appeal", "Court of Justice of the European Union"). */
const NAME_JOINS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the']);
const MAX_NAME_WORDS = 6;
/** Words before "Justice" that make it a judge's title ("Mrs Justice Roe", "Lord Justice Doe"). */
const JUSTICE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'lord', 'lady', 'dame', 'sir', 'chief']);
/** Words before "Judge" that make it a judge's title ("Her Honour Judge Roe", "District Judge Doe"). */
const JUDGE_QUALIFIERS: ReadonlySet<string> = new Set(['honour', 'honor', 'district', 'circuit', 'county', 'chief', 'deputy']);
/** Post-nominal letters after a judge's name ("Yip DBE", "Doe KC"): no part of the surname. */
const POST_NOMINAL = /^[A-Z]{2,4}$/;

/** The courts named in [from, to) ("the High Court", "Birmingham County Court", "Court of Appeal"), as [start, end). */
export function courtNamesIn(sentence: SentenceTokens, from: number, to: number): Array<[number, number]> {
  const { tokens } = sentence;
  const names: Array<[number, number]> = [];
  for (let k = from; k < to; k++) {
    if (!COURT_HEADS.has(tokens[k].lower) || !isCapitalized(tokens[k])) continue;
    let start = k;
    while (start - 1 >= from && k - start < MAX_NAME_WORDS && isCapitalized(tokens[start - 1]) && tokens[start - 1].lower !== 'the' && start - 1 !== sentence.first) start--;
    // "The High Court", sentence-initial: the capitalised article is no part of the name
    if (start - 1 === sentence.first && start - 1 >= from && isCapitalized(tokens[start - 1]) && tokens[start - 1].lower !== 'the') start--;
    let end = k + 1;
    while (end + 1 < to && NAME_JOINS.has(tokens[end].lower) && end - start < MAX_NAME_WORDS) {
      let next = end + 1;
      if (tokens[next].lower === 'the' && next + 1 < to) next++;
      if (!isCapitalized(tokens[next])) break;
      end = next + 1;
      while (end < to && isCapitalized(tokens[end]) && end - start < MAX_NAME_WORDS) end++;
    }
    // "the Court", "a federal court": no name of its own
    if (end - start > 1) names.push([start, end]);
    k = end - 1;
  }
  return names;
}

/** Words that may stand before a judge's title without naming a court ("Her Honour", "Mrs", "District"). */
const TITLE_PREFIXES: ReadonlySet<string> = new Set([...JUSTICE_HONORIFICS, ...JUDGE_QUALIFIERS, 'his', 'her', 'the', '.']);

/**
 * "Mrs Justice Jane Roe", "Her Honour Judge Roe", "HHJ Roe" [from, to): the judge's name after the title, else
 * undefined; a title that names its court ("U.S. District Judge", "Supreme Court Justice") is none of these.
 */
export function judgeNameIn(sentence: SentenceTokens, from: number, to: number): [number, number] | undefined {
  const { tokens } = sentence;
  for (let k = from; k < to - 1; k++) {
    const word = tokens[k];
    if (!isCapitalized(word)) continue;
    const before = k > from ? tokens[k - 1].lower : '';
    const titled =
      word.lower === 'hhj' ||
      (word.lower === 'justice' && JUSTICE_HONORIFICS.has(before)) ||
      (word.lower === 'judge' && (JUDGE_QUALIFIERS.has(before) || k === from));
    if (!titled) continue;
    for (let j = from; j < k; j++) if (!TITLE_PREFIXES.has(tokens[j].lower)) return undefined;
    let end = to;
    while (end > k + 2 && POST_NOMINAL.test(tokens[end - 1].text)) end--;
    for (let j = k + 1; j < end; j++) if (!isCapitalized(tokens[j])) return undefined;
    return end - (k + 1) <= MAX_NAME_WORDS ? [k + 1, end] : undefined;
  }
  return undefined;
}
