import type { Sentence } from '../text/segment-sentences.js';
import { newToken, type Token } from '../text/tokenize.js';
import { GOVERNMENT_NOUNS, MINISTRY_DOMAIN_WORDS, POLICE_RANKS, TITLE_WORDS } from './lexicon.js';

/** Shorter all-capitals words ("CEO", "UN") are read as abbreviations, as written. */
const MIN_DROP_CAP_LETTERS = 4;

/** Words a drop-capped lead opens with besides titles and ministries' domains: "POLICE in Lagos", "STATE Governor". */
const DROP_CAP_WORDS = new Set(['police', 'federal', 'state', 'national', 'former', 'acting', 'residents', 'officials', 'authorities']);

const isDropCapWord = (lower: string) =>
  TITLE_WORDS.has(lower) || MINISTRY_DOMAIN_WORDS.has(lower) || GOVERNMENT_NOUNS.has(lower) || POLICE_RANKS.has(lower) || DROP_CAP_WORDS.has(lower);

/**
 * "HEALTH Minister Sylvia Masebo has announced": a newspaper sets a lead's first word in capitals. When a
 * sentence opens with an all-capitals common word ("HEALTH", "POLICE") that titles and ministries are written
 * with, followed by a word capitalised as a name is, the word is read as "Health": no abbreviation, so no name of
 * its own. Offsets stay, so every slice of the text still shows it as written.
 */
export function softenDropCaps(tokens: Token[], sentences: readonly Sentence[]): void {
  for (const { firstToken } of sentences) {
    const token = tokens[firstToken];
    const next = tokens[firstToken + 1];
    if (!token || !next || token.text.length < MIN_DROP_CAP_LETTERS || !/^\p{Lu}+$/u.test(token.text)) continue;
    if (!next.capitalized || next.text === next.text.toUpperCase() || !isDropCapWord(token.lower)) continue;
    tokens[firstToken] = newToken(token.start, token.end, token.text[0] + token.lower.slice(1), token.pos);
  }
}
