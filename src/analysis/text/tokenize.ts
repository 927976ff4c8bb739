import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;

/**
 * wink with its language model, read on first use, not on import: the
 * service's main process imports the engine's word lists (source corrections
 * guess a name's type) but analyses only in its engine threads, and reading
 * the model cost it some 0.3 s of CPU and its memory at every start. An
 * engine thread loads it as it starts (engine.worker.ts).
 *
 * Sentence boundaries and part-of-speech tags only: named-entity recognition
 * would cost a third of the throughput, and wink's light model has no
 * organisation entities anyway (outlets come from the registry).
 */
export function languageModel(): Wink {
  wink ??= winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model'), ['sbd', 'pos']);
  return wink;
}

/**
 * wink's model tests every new token with /[a-z].*\.$/i, which takes time in
 * the square of the token's length: a 40 KB "word" costs seconds. A run of
 * this many characters without whitespace is cut before wink sees it.
 */
export const MAX_TOKEN_RUN = 100;

/** Dash tokens that stand apart a dateline ("LONDON - ", "SEOUL (Yonhap) -- ") or a wire's sign-off ("... - Reuters"). */
export const DASH_TOKENS: ReadonlySet<string> = new Set(['-', '–', '—', '--']);

export interface Token {
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  /**
   * Capitalised as a name is (see isCapitalizedWord): nearly every rule asks
   * it of the words it passes, many times per word, so it is decided once here.
   */
  capitalized: boolean;
  /**
   * The lexicon's classes of the word (titles, cue words ...) as bits, one
   * lookup per word instead of one per rule and pass: -1 until the first
   * question (read through attribution/word-classes.ts's wordClasses).
   */
  classes: number;
}

/**
 * A token made by a constructor, not an object literal: V8 keeps an allocation
 * site per literal and, once it sees that tokens outlive young-generation
 * collections (they live as long as the article's analysis), allocates them in
 * the old generation from then on, which cost the engine some 5% (measured with
 * bench/analysis-ab.ts; the difference goes with --no-allocation-site-pretenuring).
 * `new` of a class has no such site: tokens are allocated young, as strings are.
 */
class WordToken implements Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  capitalized: boolean;
  classes = -1;

  constructor(start: number, end: number, text: string, pos: string) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = text.toLowerCase();
    this.pos = pos;
    this.capitalized = isCapitalizedWord(text);
  }
}

/** A token of `text` at [start, end), its classes not yet looked up. */
export function newToken(start: number, end: number, text: string, pos: string): Token {
  return new WordToken(start, end, text, pos);
}

/**
 * A word written as a name is: a capital first (not a digit), or a brand in
 * camel case ("iSuppli", "eBay").
 */
export function isCapitalizedWord(text: string): boolean {
  const ch = text.charCodeAt(0);
  // NaN for the empty token the tagger may leave between two stops ("A0..0")
  if (Number.isNaN(ch) || (ch >= 48 && ch <= 57)) return false;
  // "iSuppli", "eBay": a brand written in camel case is a name
  if (ch >= 97 && ch <= 122) return isCamelCaseName(text);
  if (ch < 128) return ch >= 65 && ch <= 90; // ASCII, decided without a case conversion
  const first = text[0];
  return first !== first.toLowerCase();
}

/**
 * A lower-case letter, then a capital, then lower-case letters: "iSuppli", "eBay", "iFixit" (not "mRNA", "kW").
 * Read from codes, as /^[a-z][A-Z][a-z]{2,}/ would: every lower-case word is asked, and a pattern cost more
 * than the rest of isCapitalizedWord. The caller has checked the first letter.
 */
function isCamelCaseName(text: string): boolean {
  return isAsciiUpper(text.charCodeAt(1)) && isAsciiLower(text.charCodeAt(2)) && isAsciiLower(text.charCodeAt(3));
}

/** Past the end of the text a code is NaN, which is neither. */
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

export interface Tokenized {
  tokens: Token[];
  /** Sentence spans as [firstToken, lastToken] (inclusive), as wink found them. */
  sentences: Array<[number, number]>;
}

/**
 * What /\s/ matches, by code: no pattern runs per accented letter or curly
 * quote. tokenize.spec.ts holds it to /\s/ over every code unit.
 */
function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The text wink reads: the same length, with a space in place of every
 * MAX_TOKEN_RUN-th character of a run without whitespace (never half of a
 * surrogate pair). Offsets stay exact; only such runs lose a character from
 * their tokens, and no real word is that long.
 */
export function cutLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  let run = 0;
  let cuts: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      run = 0;
    } else if (++run > MAX_TOKEN_RUN && !(code >= 0xdc00 && code <= 0xdfff)) {
      (cuts ??= []).push(i);
      run = 0;
    }
  }
  if (!cuts) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    parts.push(text.slice(from, at), ' ');
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Whether some run of more than MAX_TOKEN_RUN code units has no whitespace
 * (without one, nothing is cut). Words are short: the window of
 * MAX_TOKEN_RUN + 1 units after a run's possible start is read backwards to
 * its last whitespace, and the next run can only start after it, so most
 * characters are never read (a scan of every character cost more than
 * everything else done per character of the text outside wink).
 */
function hasLongRun(text: string): boolean {
  let from = 0; // runs starting before `from` are known to be short
  while (from + MAX_TOKEN_RUN < text.length) {
    let k = from + MAX_TOKEN_RUN;
    while (k >= from && !isWhitespace(text.charCodeAt(k))) k--;
    if (k < from) return true;
    from = k + 1;
  }
  return false;
}

/** "'s" or "’s", which the tokenizer splits off the word before it. */
export function isPossessive(token: Token | undefined): boolean {
  return token?.text === "'s" || token?.text === '’s';
}

/**
 * The whitespace wink drops: neither in a token nor in the spaces before the
 * next one, so every offset after one of them came out one short (a byte
 * order mark opening a pasted text moved every claim). tokenize.spec.ts finds
 * this set again over every code /\s/ matches.
 */
const SPACES_WINK_DROPS = /[\v\f\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/g;

/** The text with the whitespace wink drops made plain spaces: the same length, so offsets stay exact. */
function withSpacesWinkCounts(text: string): string {
  return text.replace(SPACES_WINK_DROPS, ' ');
}

/**
 * wink's tokenizer keeps every token's text and the spaces before it (once
 * the spaces it drops are plain ones), so the offsets rebuilt here index the
 * input exactly.
 */
export function tokenize(text: string): Tokenized {
  const nlp = languageModel();
  const its = nlp.its;
  const doc = nlp.readDoc(cutLongRuns(withSpacesWinkCounts(text)));
  const tokenList = doc.tokens();
  const values = tokenList.out<string>(its.value);
  const spaces = tokenList.out<string>(its.precedingSpaces);
  const tags = tokenList.out(its.pos) as string[];
  const tokens: Token[] = [];
  // wink cuts words at letters outside ASCII ("Wi" "ś" "niewski") and at a soft hyphen: glue the pieces back
  // each wink token's index among ours: made at the first glue (until then the two are the same), so most
  // articles, with nothing to glue, build none (a plain array: a typed one costs more to allocate)
  let newIndex: number[] | undefined;
  let glued = false;
  let lastValue = '';
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const gap = spaces[i].length;
    offset += gap;
    const value = values[i];
    // wink makes an empty token of a run of stops ("Ur..n"): no word, so none of ours; sentence
    // bounds on it go to the token before
    if (value.length === 0) {
      newIndex ??= Array.from({ length: i }, (_, k) => k);
      newIndex.push(Math.max(0, tokens.length - 1));
      continue;
    }
    // the cheap ASCII test first: most words side by side are ASCII and stay apart
    if (gap === 0 && tokens.length > 0 && !isAscii(lastValue, value) && endsWithLetter(lastValue) && startsWithLetter(value)) {
      // the text is sliced once the run ends: growing it piece by piece would be quadratic
      const previous = tokens[tokens.length - 1];
      if (!newIndex) newIndex = Array.from({ length: i }, (_, k) => k);
      previous.end += value.length;
      previous.text = '';
      glued = true;
    } else {
      if (glued) finishGlued(text, tokens[tokens.length - 1]);
      glued = false;
      tokens.push(newToken(offset, offset + value.length, value, tags[i]));
    }
    newIndex?.push(tokens.length - 1);
    lastValue = value;
    offset += value.length;
  }
  if (glued) finishGlued(text, tokens[tokens.length - 1]);
  const spans = doc.sentences().out(its.span) as Array<[number, number]>;
  const sentences: Array<[number, number]> = [];
  // by index: destructuring each pair goes through the iterator protocol
  for (let k = 0; k < spans.length; k++) {
    const span: [number, number] = newIndex ? [newIndex[spans[k][0]], newIndex[spans[k][1]]] : [spans[k][0], spans[k][1]];
    if (tokens.length === 0) break;
    const previous = sentences[sentences.length - 1];
    if (previous && previous[1] >= span[0]) previous[1] = Math.max(previous[1], span[1]);
    else sentences.push(span);
  }
  return { tokens, sentences };
}

function finishGlued(text: string, token: Token): void {
  // the word as read, without the marks drawn as nothing inside it ("Reu\u00adters" is Reuters to every rule)
  token.text = text.slice(token.start, token.end).replace(INVISIBLE_IN_WORDS, '');
  token.lower = token.text.toLowerCase();
  token.capitalized = isCapitalizedWord(token.text);
  token.classes = -1;
}

/**
 * A soft hyphen (a hyphenation point pasted from a web page or a CMS), a
 * zero-width space and the joiners: drawn as nothing inside a word, but wink
 * cuts the word there ("Reu" "\u00ad" "ters"), so they glue as letters do.
 */
const INVISIBLE_IN_WORD = '\u00ad\u200b\u200c\u2060\u200d'; // the joiner last: eslint reads a joiner between two marks as one joined character
const INVISIBLE_IN_WORDS = new RegExp(`[${INVISIBLE_IN_WORD}]`, 'gu');
const LETTER = new RegExp(`[\\p{L}${INVISIBLE_IN_WORD}]`, 'u');

function startsWithLetter(value: string): boolean {
  return LETTER.test(value[0]);
}

function endsWithLetter(value: string): boolean {
  return LETTER.test(value[value.length - 1]);
}

/** Two ASCII words side by side were split on purpose ("can" "not", "gon" "na"). */
function isAscii(left: string, right: string): boolean {
  return left.charCodeAt(left.length - 1) < 128 && right.charCodeAt(0) < 128;
}
