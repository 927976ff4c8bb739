import { CAPITALS, COUNTRIES } from './lexicon.js';

// A country or capital that speaks is reported as written: the gold standard
// and fact-checkers both accept the form the article uses.
const STATE_NAMES = new Map<string, string>([...Object.entries(CAPITALS), ...Object.entries(COUNTRIES)]);
const LONGEST_STATE_WORDS = 3;
/** Every leading part of every name, character by character ("", "N", "Ne", "New", "New ", ...). */
const STATE_NAME_PREFIXES = new Set<string>();
for (const name of STATE_NAMES.keys()) for (let n = 0; n <= name.length; n++) STATE_NAME_PREFIXES.add(name.slice(0, n));

/** The country code when `name` is a capital or country standing for a government. */
export function stateOf(name: string): string | undefined {
  return STATE_NAMES.get(name);
}

/** Whether some capital or country name begins with `text`: a name that begins with none cannot grow into one. */
export function isStateNamePrefix(text: string): boolean {
  return STATE_NAME_PREFIXES.has(text);
}

export const stateNameMaxWords = LONGEST_STATE_WORDS;
