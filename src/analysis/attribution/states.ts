import { CAPITALS, COUNTRIES } from './lexicon.js';

// A country or capital that speaks is reported as written: the gold standard
// and fact-checkers both accept the form the article uses.
const STATE_NAMES = new Map<string, string>([...Object.entries(CAPITALS), ...Object.entries(COUNTRIES)]);
const LONGEST_STATE_WORDS = 3;

/** The country code when `name` is a capital or country standing for a government. */
export function stateOf(name: string): string | undefined {
  return STATE_NAMES.get(name);
}

export const stateNameMaxWords = LONGEST_STATE_WORDS;
