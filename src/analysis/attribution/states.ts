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

/** The first two code units of every name, as one number. */
const STATE_NAME_STARTS = new Set<number>();
for (const name of STATE_NAMES.keys()) STATE_NAME_STARTS.add(name.charCodeAt(0) * 0x10000 + name.charCodeAt(1));

/**
 * Whether a name may begin with the word text[start, end): no when its first
 * two characters begin no name. Read from the codes, with no string made:
 * most capitalised words are ruled out here.
 */
export function mayBeginStateName(text: string, start: number, end: number): boolean {
  return end - start < 2 || STATE_NAME_STARTS.has(text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1));
}

/** Whether some capital or country name begins with `text`: a name that begins with none cannot grow into one. */
export function isStateNamePrefix(text: string): boolean {
  return STATE_NAME_PREFIXES.has(text);
}

export const stateNameMaxWords = LONGEST_STATE_WORDS;
