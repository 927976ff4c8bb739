import type { ClaimSource } from '../types.js';
import { NAME_ARTICLE_PARTICLES, NAME_TYPE_WORDS, SURNAME_PARTICLES } from './lexicon.js';
import { isNumberedStation } from './names.js';

type SourceType = ClaimSource['type'];

// The name's words decide in this order: an agency's word beats a media word, and so on.
const WORD_TYPES: Array<[SourceType, ReadonlySet<string>]> = [
  ['news-agency', NAME_TYPE_WORDS.agency],
  ['online-outlet', NAME_TYPE_WORDS.media],
  ['government', NAME_TYPE_WORDS.government],
  ['think-tank', NAME_TYPE_WORDS.thinkTank],
  ['research-institute', NAME_TYPE_WORDS.university],
  ['company', NAME_TYPE_WORDS.company],
  ['ngo', NAME_TYPE_WORDS.ngo],
];
/** Each word's rank: the first of WORD_TYPES whose words hold it. */
const RANK = new Map<string, number>();
WORD_TYPES.forEach(([, words], rank) => words.forEach((word) => RANK.has(word) || RANK.set(word, rank)));

// Attribution asks about the same few names over and over (a sentence's
// candidates, then its referents); the answer depends on the name alone.
const known = new Map<string, SourceType>();
const KNOWN_MAX = 10_000;

/** A best guess at what an unregistered source is, from the words of its name. */
export function guessSourceType(name: string): SourceType {
  let type = known.get(name);
  if (type === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    type = guess(name);
    known.set(name, type);
  }
  return type;
}

function guess(name: string): SourceType {
  if (isNumberedStation(name)) return 'broadcaster';
  let rank = WORD_TYPES.length;
  // "BlackBerry Ltd.", "Acme, Inc.": a word's stops and commas are no part of it
  for (const word of name.toLowerCase().split(/[\s\-–]+/)) rank = Math.min(rank, RANK.get(word.replace(/[.,]+$/, '')) ?? rank);
  if (rank < WORD_TYPES.length) return WORD_TYPES[rank][0];
  // "Jamieson Greer": two or three capitalised words; a single word may be anything
  // ("Ursula von der Leyen", "Salman bin Abdulaziz": a surname's particles do not count)
  // "The National Enquirer": a name opening with the article is a title or a body, never a person's
  if (/^the\s/i.test(name)) return 'unknown';
  // (nor do middle initials: "John F. Kennedy", "Kathaleen St. J. McCormick")
  const parts = name.split(/\s+/).filter((word) => !SURNAME_PARTICLES.has(word) && !isInitial(word));
  const capitalised = parts.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) || isArticledName(w));
  if (parts.length >= 2 && parts.length <= 3 && capitalised.length === parts.length) return 'person';
  return 'unknown';
}

/** "al-Huthi", "el-Sisi": an Arabic article glued by a hyphen to the capitalised name it opens ("Ayman al-Zawahiri"). */
function isArticledName(word: string): boolean {
  const dash = word.indexOf('-');
  return dash > 0 && NAME_ARTICLE_PARTICLES.has(word.slice(0, dash).toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(word.slice(dash + 1));
}

/** "F.": one capital letter and a stop, a middle initial. */
function isInitial(word: string): boolean {
  return word.length === 2 && word[1] === '.' && /\p{Lu}/u.test(word[0]);
}

export function isMediaType(type: ClaimSource['type']): boolean {
  return type === 'news-agency' || type === 'newspaper' || type === 'broadcaster' || type === 'online-outlet' || type === 'magazine';
}
