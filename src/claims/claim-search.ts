import stem from 'wink-porter2-stemmer';
import { claimWords, fingerprintOf } from './claim-words.js';

/**
 * The inbox's full-text search, computed here rather than by PostgreSQL's
 * to_tsvector: a claim's index entry (a tsvector) when it is stored, and a
 * query (a tsquery) from what the reviewer typed, by the same words, stop
 * words and stems, so the two always agree. PostgreSQL only stores the
 * vectors, indexes them (GIN) and matches (`@@`). Words are claimWords'
 * (so a carried-over claim, same fingerprint, keeps its vector), English
 * stop words are left out but keep their place (phrases measure distance in
 * words), diacritics are left out (withoutDiacritics), and each word is
 * stemmed with Porter's English stemmer, version 2.
 */

/** PostgreSQL's English stop-word list (tsearch_data/english.stop). */
const STOP_WORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
   they them their theirs themselves what which who whom this that these those am is are was were be been being have has had
   having do does did doing a an the and but if or because as until while of at by for with about against between into through
   during before after above below to from up down in out on off over under again further then once here there when where why
   how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now`.split(/\s+/),
);

/** PostgreSQL's own limits on a tsvector: positions, positions kept per lexeme, a lexeme's and the whole vector's size. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_LENGTH = 255; // characters; longer "words" are not prose, and PostgreSQL refuses over 2,047 bytes
/**
 * The longest word that is stemmed; longer runs of letters are kept as
 * written. Porter2's regular expressions here cost the square of a word's
 * length (about 1 ms for 255 letters, on the main thread), so a submitted
 * article of long made-up words held the event loop for 0.7 s; no English
 * word is this long (the longest in dictionaries has 45 letters), so no real
 * word's lexeme changes. PostgreSQL's own stemmer stops at 1,000 bytes for
 * the same reason.
 */
const MAX_STEMMED_LENGTH = 64;
const MAX_VECTOR_BYTES = 512 * 1024; // well under the 1 MB PostgreSQL allows

/**
 * Each word's lexeme, or null for a stop word or an over-long word: one map
 * lookup per word, as claims ask for the same few thousand words over and
 * over (Porter's rules are a dozen regular expressions a word).
 */
const lexemes = new Map<string, string | null>();
const LEXEME_CACHE_SIZE = 50_000;

function lexeme(word: string): string | null {
  let found = lexemes.get(word);
  if (found === undefined) {
    const bare = withoutDiacritics(word);
    if (bare === '' || STOP_WORDS.has(bare) || bare.length > MAX_LEXEME_LENGTH) found = null;
    // Porter's rules are for English letters; other words (numbers, Cyrillic, Devanagari) are kept as written.
    else found = bare.length <= MAX_STEMMED_LENGTH && /^[a-z]+$/.test(bare) ? stem(bare) : bare;
    if (lexemes.size >= LEXEME_CACHE_SIZE) lexemes.clear();
    lexemes.set(word, found);
  }
  return found;
}

/**
 * The combining diacritics (accents, dots, rings, cedillas, and their
 * extensions) common to Latin, Greek and Cyrillic. Other scripts' marks are
 * kept: Devanagari's vowel signs, say, tell words apart.
 */
const DIACRITICS = /[\u0300-\u036f]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/gu;

/**
 * A word as it is indexed and looked up: without its diacritics, so that a
 * search matches whatever accents were typed or left out. Lower-casing alone
 * cannot make the two sides agree: Turkish "İ" lower-cases to "i" and a
 * combining dot, so "İstanbul" was not found by "istanbul"; and a text not in
 * NFC spells "á" as two characters. NFC afterwards, so the marks kept are
 * stored composed, as a reviewer types them.
 */
function withoutDiacritics(word: string): string {
  return /^[a-z0-9]*$/.test(word) ? word : word.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
}

/** Lexemes hold only letters, marks and digits, so quoting cannot be broken out of; quoted anyway, as tsvector and tsquery input want. */
const quoted = (lexeme: string) => `'${lexeme}'`;

/** The claim's index entry as tsvector input: `'export':1 'rose':2,7`. Empty when it has no word to index. */
export function searchVector(text: string): string {
  return searchVectorOf(claimWords(text));
}

/** What a claim's text gives the claims table: its fingerprint and its search entry (tsvector input). */
export interface IndexedText {
  fingerprint: string;
  search: string;
}

/** A claim's IndexedText, from one reading of its words. */
export function indexedText(text: string): IndexedText {
  const words = claimWords(text);
  return { fingerprint: fingerprintOf(words), search: searchVectorOf(words) };
}

/** searchVector of the text these are the claimWords of. */
export function searchVectorOf(words: readonly string[]): string {
  const positions = new Map<string, number[]>();
  let size = 0;
  for (let i = 0; i < words.length; i++) {
    const found = lexeme(words[i]);
    if (found === null) continue;
    const at = positions.get(found);
    if (at) {
      if (at.length < MAX_POSITIONS_PER_LEXEME && i < MAX_POSITION) at.push(i + 1);
    } else if ((size += found.length * 4 + 8) <= MAX_VECTOR_BYTES) {
      positions.set(found, [Math.min(i + 1, MAX_POSITION)]);
    }
  }
  let vector = '';
  for (const [found, at] of positions) vector += `${vector === '' ? '' : ' '}${quoted(found)}:${at.join(',')}`;
  return vector;
}

/** A query term's lexemes with the distance between each and the next in words (a stop word in between widens it). */
function phrase(text: string): string | undefined {
  const parts: string[] = [];
  let last = -1;
  claimWords(text).forEach((word, i) => {
    const found = lexeme(word);
    if (found === null) return;
    if (parts.length > 0) parts.push(i - last === 1 ? '<->' : `<${Math.min(i - last, MAX_POSITION)}>`);
    parts.push(quoted(found));
    last = i;
  });
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `(${parts.join(' ')})`;
}

/** `"a phrase"`, a bare term (words joined by punctuation are a phrase: "pro-Russian", "3.5"), either after `-`. */
const TERM = /(-?)(?:"([^"]*)"?|([^\s"]+))/g;

/** What was typed as its terms (a quoted phrase or a bare term), each with whether `-` excludes it: the syntax searchQuery reads. */
export function typedTerms(typed: string): Array<{ text: string; quoted: boolean; excluded: boolean }> {
  return [...typed.matchAll(TERM)].map(([, minus, quotedText, bare]) => ({
    text: quotedText ?? bare ?? '',
    quoted: quotedText !== undefined,
    excluded: minus === '-',
  }));
}

/** Whether a query term has a word the index holds: one made only of stop words ("who", "more than") has none. */
export function termIsIndexed(text: string): boolean {
  return phrase(text) !== undefined;
}

/**
 * What the reviewer typed as tsquery input, in web-search syntax as
 * PostgreSQL's websearch_to_tsquery reads it: words must all match, a
 * quoted phrase matches in order, `or` between terms matches either, and
 * `-` before a term excludes it. Undefined when nothing is left to look up
 * (only stop words or punctuation): the caller then matches the words in the
 * text itself.
 */
export function searchQuery(typed: string): string | undefined {
  let query = '';
  let or = false;
  for (const { text, quoted, excluded } of typedTerms(typed)) {
    if (!excluded && !quoted && text.toLowerCase() === 'or') {
      or = query !== '';
      continue;
    }
    const term = phrase(text);
    if (term === undefined) continue;
    const operand = excluded ? `!${term}` : term;
    query = query === '' ? operand : `${query} ${or ? '|' : '&'} ${operand}`;
    or = false;
  }
  return query === '' ? undefined : query;
}
