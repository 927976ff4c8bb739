import type { Token } from '../text/tokenize.js';
import { COPULAS, FIGURE_PLACING_VERBS, FINDING_NOUNS, GENERAL_NAME_WORDS, MEASURING_PARTICIPLES, GOVERNMENT_TITLES, OCCUPATION_TITLES, OUTLET_WITNESS_VERBS, POLICE_FORCE_HEADS, POLICE_RANKS, QUOTE_CONTINUING_VERBS, QUOTING_VERBS, REPORTING_VERBS, MAKING_VERBS, SENTENCE_MARKERS, TITLE_ABBREVIATIONS, TITLE_WORDS } from './lexicon.js';
import { isCountryAdjectiveStart } from './offices.js';
import { PHRASE_CUE_FIRST_WORDS } from './phrase-cues.js';

// The word lists that many rules and passes ask about for every word they
// pass, as bits of Token.classes: a token's word is looked up once, when a
// rule first asks (a word no rule asks about, as in most set-aside paragraphs,
// is never looked up), and every later question is a bit test instead of a
// set lookup per rule and pass.

/** A title ("minister", "spokesman", "Dr"): names.ts's isTitle. */
export const TITLE = 1;
/** A government title ("ambassador", "diplomat", "minister"): GOVERNMENT_TITLES. */
export const GOVERNMENT_TITLE = 2;
/** The first word of a country's adjective ("south" of "South Korean"): offices.ts's isCountryAdjectiveStart. */
export const COUNTRY_ADJECTIVE_START = 4;
/** A word at which the cue loop of SentenceAttributor.run may do anything (see CUE_LOOP_WORDS). */
export const CUE_LOOP_WORD = 8;
/** A police force's head word ("police", "constabulary"): introductions.ts's notePoliceForce asks it of every word. */
export const POLICE_FORCE_HEAD = 16;

/** The title lists in one set: most words are none of them. */
export const TITLES: ReadonlySet<string> = new Set([...TITLE_WORDS, ...TITLE_ABBREVIATIONS, ...OCCUPATION_TITLES, ...POLICE_RANKS]);

/**
 * The words at which the cue loop of SentenceAttributor.run may do anything: a sentence marker, the first
 * word of a cue phrase, a verb that quotes, reports ("claimed" among them) or goes on with a quotation, a
 * copula before an owned document's figure, "agreed", a possessive before a statement. Each rule of the loop
 * first asks for one of these, so any other word (most of a sentence) is passed by with one bit test instead
 * of one lookup per rule. A rule added to the loop adds its words here.
 */
const CUE_LOOP_WORDS: ReadonlySet<string> = new Set([
  ...SENTENCE_MARKERS.keys(), ...PHRASE_CUE_FIRST_WORDS, ...QUOTING_VERBS, ...REPORTING_VERBS, ...MAKING_VERBS, ...QUOTE_CONTINUING_VERBS, ...COPULAS, ...OUTLET_WITNESS_VERBS, ...FIGURE_PLACING_VERBS,
  'agreed', "'s", '’s', ...FINDING_NOUNS, ...MEASURING_PARTICIPLES,
]);

/** The classes of a word in lower case. */
function classesOf(lower: string): number {
  let classes = 0;
  if (TITLES.has(lower)) classes |= TITLE;
  if (GOVERNMENT_TITLES.has(lower)) classes |= GOVERNMENT_TITLE;
  if (isCountryAdjectiveStart(lower)) classes |= COUNTRY_ADJECTIVE_START;
  if (CUE_LOOP_WORDS.has(lower)) classes |= CUE_LOOP_WORD;
  if (POLICE_FORCE_HEADS.has(lower)) classes |= POLICE_FORCE_HEAD;
  return classes;
}

/** Distinct words kept at most: a cache, emptied when full, so that no stream of odd words grows it without end. */
const MAX_CACHED_WORDS = 50_000;
const classesByWord = new Map<string, number>();

/** The token's classes as bits, looked up on the first question about it (Token.classes is negative until then). */
export function wordClasses(token: Token): number {
  if (token.classes >= 0) return token.classes;
  let classes = classesByWord.get(token.lower);
  if (classes === undefined) {
    classes = classesOf(token.lower);
    if (classesByWord.size >= MAX_CACHED_WORDS) classesByWord.clear();
    classesByWord.set(token.lower, classes);
  }
  token.classes = classes;
  return classes;
}

export const isGovernmentTitle = (token: Token): boolean => (wordClasses(token) & GOVERNMENT_TITLE) !== 0;
export const startsCountryAdjective = (token: Token): boolean => (wordClasses(token) & COUNTRY_ADJECTIVE_START) !== 0;
export const isPoliceForceHead = (token: Token): boolean => (wordClasses(token) & POLICE_FORCE_HEAD) !== 0;

/**
 * "Massachusetts General Hospital", "General Motors": a capitalised "General" before a word of a body's name
 * (GENERAL_NAME_WORDS) is no title, so no rule cuts the name at it. Asked once per text, before any rule.
 */
export function untitleGeneralInNames(tokens: readonly Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k];
    if (token.lower !== 'general' || !token.capitalized || !tokens[k + 1].capitalized || !GENERAL_NAME_WORDS.has(tokens[k + 1].lower)) continue;
    token.classes = wordClasses(token) & ~TITLE;
  }
}
