import type { Span } from '../types.js';
import { embedCreditAfter } from './embed-credits.js';
import { isOnlyMarker, itemStarts } from './list-items.js';
import type { Paragraph } from './paragraphs.js';
import { DASH_TOKENS, type Token, type Tokenized } from './tokenize.js';

export interface Sentence extends Span {
  /** Index of the first and one past the last token. */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

// Abbreviations that stand before a name or number and never end a sentence.
const NON_FINAL_ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov', 'sen',
    'rep', 'rev', 'st', 'no', 'nos', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'fig', 'vol', 'art', 'para', 'approx', 'est', 'ft', 'pres', 'amb', 'hon', 'mt', 'ave', 'vs', 'v',
  ].map((a) => `${a}.`),
);

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

function startsLowercase(token: Token): boolean {
  const ch = token.text[0];
  // the tagger may leave an empty token between two stops ("A0..0")
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function endsWithNonFinalAbbreviation(tokens: Token[], last: number): boolean {
  const token = tokens[last];
  if (NON_FINAL_ABBREVIATIONS.has(token.lower)) return true;
  // "Gen" "." split into two tokens by the tokenizer
  if (token.text === '.' && last > 0 && tokens[last - 1].end === token.start) {
    return NON_FINAL_ABBREVIATIONS.has(`${tokens[last - 1].lower}.`);
  }
  // an initial: "J. R. R. Tolkien" (but "you and I." ends a clause, and so does the last letter of a slashed
  // abbreviation, "according to Thomson Reuters I/B/E/S.")
  if (slashedAbbreviationEnd(tokens, last)) return false;
  return /^[A-Z]\.$/.test(token.text) && !(last > 0 && startsLowercase(tokens[last - 1]));
}

/** Words opening a bracketed update or correction note: "[Updated, ...:", "[Correction: ...". */
const UPDATE_NOTE_LABELS = new Set(['updated', 'update', 'correction', 'clarification', 'corrected']);

/** Brackets still open after [from, to), counting on from `depth`. */
function bracketDepth(tokens: Token[], from: number, to: number, depth = 0): number {
  for (let i = from; i < to; i++) {
    const text = tokens[i].text;
    // "[Updated, May 3, 4:10 p.m.: Sales rose ...": an update note opened by a bracket runs on for sentences,
    // often paragraphs, before it closes; its sentences are the article's own, each one apart
    if (text === '[' && UPDATE_NOTE_LABELS.has(tokens[i + 1]?.lower ?? '')) continue;
    if (text.length === 1) depth = afterBracket(text, depth);
    // the tokenizer keeps a bracket with the punctuation after it ("(14:30):" gives "):"): without
    // counting it, the bracket stays open and the paragraph's next sentences join the first
    else if (text.length <= 3 && (tokens[i].pos === 'PUNCT' || tokens[i].pos === 'SYM')) for (const ch of text) depth = afterBracket(ch, depth);
    // "(Logo: http://www.example.com/logo)": the tokenizer keeps the closing bracket with the address it closes
    else if (depth > 0 && text.charCodeAt(text.length - 1) === 41 && isWebAddress(text)) depth--; // ")" 
  }
  return depth;
}

/** "http://www.example.com/logo)", "www.example.com": a token that is a web address. */
function isWebAddress(text: string): boolean {
  return text.startsWith('http://') || text.startsWith('https://') || text.startsWith('www.');
}

function afterBracket(ch: string, depth: number): number {
  if (OPENERS.has(ch)) return depth + 1;
  return CLOSERS.has(ch) && depth > 0 ? depth - 1 : depth;
}

function isOnlyPunctuation(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos !== 'PUNCT' && tokens[i].pos !== 'SYM') return false;
  return true;
}

/** The paragraph of each token (-1: none). A plain array: a typed one costs more to allocate than one article's index is worth. */
function paragraphOfTokens(tokens: Token[], paragraphs: Paragraph[]): number[] {
  const owner: number[] = [];
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p < paragraphs.length && paragraphs[p].end <= tokens[i].start) p++;
    owner.push(p < paragraphs.length && paragraphs[p].start <= tokens[i].start ? p : -1);
  }
  return owner;
}

const URL_WITH_STOP = /^(?:https?:\/\/|www\.)\S+\.$/i;
const DOTS = /^\.{4,}$/;
/** "m.", "bn.": a million or a billion written after a figure, the sentence's stop kept to it by the tokenizer. */
const FIGURE_UNIT_WITH_STOP = /^(?:m|mn|bn|b|tn|k)\.$/i;

function startsUppercase(token: Token | undefined): boolean {
  if (!token) return false;
  const ch = token.text[0];
  return ch !== ch.toLowerCase();
}

/**
 * Boundaries the library misses: after a web address that ends the sentence
 * ("... content.html. Please"), after "I." or another lone capital closing a
 * clause ("you and I. Did"; "Albert I. Jones" stays one), after four dots
 * ("that.... She").
 */
function endsSentenceAt(tokens: Token[], i: number, end: number): boolean {
  const text = tokens[i].text;
  // every case below ends in a full stop: most tokens are ruled out before any pattern runs
  if (text[text.length - 1] !== '.' || i + 1 >= end) return false;
  // "according to Thomson Reuters I/B/E/S. (Reporting by ...": a slashed abbreviation's last letter and its stop
  // close the sentence, before a capital or a bracket opening a capitalised aside
  if (slashedAbbreviationEnd(tokens, i) && (startsUppercase(tokens[i + 1]) || (tokens[i + 1].text === '(' && startsUppercase(tokens[i + 2])))) return true;
  if (!startsUppercase(tokens[i + 1])) return false;
  if (URL_WITH_STOP.test(text) || DOTS.test(text)) return true;
  // "more than $600m. Forecasts": a figure's unit ("m", "bn") with the stop kept to it ends the sentence
  if (FIGURE_UNIT_WITH_STOP.test(text) && i > 0 && /^[\d.,]+$/.test(tokens[i - 1].text) && tokens[i - 1].end === tokens[i].start) return true;
  return /^[A-Z]\.$/.test(text) && i > 0 && startsLowercase(tokens[i - 1]);
}

/** "I/B/E/S.": a lone capital and its stop glued to a slash before it. */
function slashedAbbreviationEnd(tokens: Token[], i: number): boolean {
  return i > 0 && /^[A-Z]\.$/.test(tokens[i].text) && tokens[i - 1].text === '/' && tokens[i - 1].end === tokens[i].start;
}

/** Words of a wire's name in a sign-off ("The Associated Press"), at most. */
const MAX_SIGN_OFF_WORDS = 4;

/**
 * "... are imported. — Reuters": after a full stop, a dash and a few capitalised words closing the piece are the
 * wire's sign-off, a sentence of its own (never part of the claim before it).
 */
function dashedSignOffAfter(tokens: Token[], i: number, end: number): boolean {
  const text = tokens[i].text;
  if (text[text.length - 1] !== '.' || i + 2 >= end || end - (i + 2) > MAX_SIGN_OFF_WORDS || !DASH_TOKENS.has(tokens[i + 1].text)) return false;
  // "– Zarya.com": a domain's stop and ending are glued to its name
  for (let k = i + 2; k < end; k++) if (!startsUppercase(tokens[k]) && !(k > i + 2 && tokens[k].start === tokens[k - 1].end)) return false;
  return true;
}

/** Words opening a release's bracketed pointer to a picture: "(Logo: http://...)", "(Photo: https://...)". */
const MEDIA_LINK_LABELS: ReadonlySet<string> = new Set(['logo', 'photo', 'video', 'image', 'graphic']);
/** Tokens of such a pointer, at most. */
const MAX_MEDIA_LINK_TOKENS = 12;

/**
 * "... Vice Chairman. (Logo: http://www.example.com/logo) "When the Board asked me ...": a release's pointer to its
 * logo or photo, in brackets between two sentences, is a unit of its own (set aside), never the next sentence's start.
 */
function mediaLinkEndsAt(tokens: Token[], i: number, end: number): boolean {
  // (the tokenizer may keep the bracket with the address before it: "http://www.example.com/logo)")
  const text = tokens[i].text;
  if (text.charCodeAt(text.length - 1) !== 41 || i + 1 >= end) return false; // ")" 
  for (let k = i - 1; k >= 0 && i - k <= MAX_MEDIA_LINK_TOKENS; k--) {
    if (tokens[k].text === '(') return k + 2 < i && MEDIA_LINK_LABELS.has(tokens[k + 1].lower) && tokens[k + 2].text === ':';
  }
  return false;
}

/** Appends the piece to `out`, cut where the library missed a boundary. */
function splitMissed(tokens: Token[], piece: Sentence, out: Sentence[]): void {
  let from = piece.firstToken;
  for (let i = from; i < piece.endToken - 1; i++) {
    const cut = endsSentenceAt(tokens, i, piece.endToken) || dashedSignOffAfter(tokens, i, piece.endToken) || mediaLinkEndsAt(tokens, i, piece.endToken);
    if (!cut && !embedCreditAfter(tokens, i, piece.endToken)) continue;
    out.push(span(tokens, from, i + 1, piece.paragraph));
    from = i + 1;
  }
  out.push(span(tokens, from, piece.endToken, piece.paragraph));
}

function span(tokens: Token[], first: number, end: number, paragraph: number): Sentence {
  return { firstToken: first, endToken: end, start: tokens[first].start, end: tokens[end - 1].end, paragraph };
}

/** "mean...see": the library cut inside a run of dots. "N°. 1026": a number sign is no sentence end. */
function cutInsideAbbreviation(tokens: Token[], current: Sentence, next: Sentence): boolean {
  const last = tokens[current.endToken - 1];
  const first = tokens[next.firstToken];
  if (last.text.endsWith('.') && first.text.startsWith('.') && last.end === first.start) return true;
  // "the South Korea-U.S. combined drill": the tokenizer cuts an initialism after a hyphen ("U" "." "S."); a
  // capital glued on after the stop continues it
  const letter = current.endToken >= 2 ? tokens[current.endToken - 2] : undefined;
  if (last.text === '.' && last.end === first.start && letter?.end === last.start && /^[A-Z]$/.test(letter.text) && /^[A-Z]\.?$/.test(first.text)) return true;
  const sign = current.endToken >= 2 ? tokens[current.endToken - 2].text : '';
  if (last.text === '.' && (sign === '°' || sign === 'º')) return true;
  // "to close at R86.50", "Rs86.50", "R1.2bn": the tokenizer cuts a figure with a currency's letters glued before
  // it at its decimal point; a stop with a digit glued on both sides is no sentence end
  if (last.text === '.' && letter?.end === last.start && last.end === first.start && isDigit(letter.text.charCodeAt(letter.text.length - 1)) && isDigit(first.text.charCodeAt(0))) return true;
  // "As Censor.NET reports", "Gazeta.RU wrote": a site's name glued to its domain ending on both sides of the stop
  const name = last.text === '.' ? letter : last;
  return last.end === first.start && name !== undefined && name.end >= last.start - 1 && /[\p{L}\d]\.?$/u.test(name.text) && SITE_ENDINGS.has(first.lower) && (first.text === first.lower || first.text === first.text.toUpperCase() || TITLE_CASE_SITE_ENDINGS.has(first.text));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "News.Az reports", "Kun.Uz wrote": country endings some sites write in title case, which open no English sentence. */
const TITLE_CASE_SITE_ENDINGS: ReadonlySet<string> = new Set(['Az', 'Ru', 'Ua', 'Kz', 'Uz', 'Kg', 'Md', 'Ge', 'Lv', 'Lt', 'Ee']);

/** Domain endings a site's name carries in copy ("Censor.NET", "Zarya.com", "Lenta.ru"), in one case: "Monday.Net losses" is two sentences glued. */
export const SITE_ENDINGS: ReadonlySet<string> = new Set(['net', 'com', 'org', 'info', 'ru', 'ua', 'by', 'kz', 'az', 'ge', 'am', 'uz', 'kg', 'md', 'pl', 'lv', 'lt', 'ee', 'io', 'tv', 'fm', 'news']);

/** `openBrackets`: brackets left open by `current`, kept as it grows (recounting it each time is quadratic). */
function shouldJoin(tokens: Token[], current: Sentence, openBrackets: number, next: Sentence): boolean {
  if (current.paragraph !== next.paragraph) return false;
  if (isOnlyMarker(tokens, current.firstToken, current.endToken)) return true; // "1." then its item
  if (isOnlyPunctuation(tokens, next.firstToken, next.endToken)) return true;
  if (openBrackets > 0) return true;
  if (cutInsideAbbreviation(tokens, current, next)) return true;
  const first = tokens[next.firstToken];
  if (startsLowercase(first)) return true;
  return endsWithNonFinalAbbreviation(tokens, current.endToken - 1);
}

function joinPieces(tokens: Token[], pieces: Sentence[], join: (current: Sentence, openBrackets: number, next: Sentence) => boolean): Sentence[] {
  const merged: Sentence[] = [];
  let openBrackets = 0;
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous && join(previous, openBrackets, piece)) {
      previous.endToken = piece.endToken;
      previous.end = piece.end;
      openBrackets = bracketDepth(tokens, piece.firstToken, piece.endToken, openBrackets);
    } else {
      merged.push({ ...piece });
      openBrackets = bracketDepth(tokens, piece.firstToken, piece.endToken);
    }
  }
  return merged;
}

/** Appends the sentence to `out`, cut before each following item if it opens a list ("1) ... 2) ..."). */
function splitListItems(tokens: Token[], sentence: Sentence, out: Sentence[]): void {
  const starts = itemStarts(tokens, sentence.firstToken, sentence.endToken);
  if (!starts.length) {
    out.push(sentence);
    return;
  }
  const bounds = [sentence.firstToken, ...starts, sentence.endToken];
  for (let k = 1; k < bounds.length; k++) out.push(span(tokens, bounds[k - 1], bounds[k], sentence.paragraph));
}

/**
 * Sentences as the NLP library splits them, cut at paragraph boundaries and
 * mended where news copy trips it up: a quoted question followed by "he
 * asked", a full stop inside parentheses, titles such as "Gen." or "No.",
 * web addresses, ellipses and list items.
 */
export function segmentSentences({ tokens, sentences }: Tokenized, paragraphs: Paragraph[]): Sentence[] {
  const owner = paragraphOfTokens(tokens, paragraphs);
  // plain loops that append to one array: flatMap, spreading each piece's array and destructuring each
  // span cost more here than the checks they feed
  const pieces: Sentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const first = sentences[k][0];
    const last = sentences[k][1];
    let pieceStart = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && owner[i] === owner[i - 1]) continue;
      if (owner[pieceStart] >= 0) splitMissed(tokens, span(tokens, pieceStart, i, owner[pieceStart]), pieces);
      pieceStart = i;
    }
  }
  const merged = joinPieces(tokens, pieces, (current, openBrackets, next) => shouldJoin(tokens, current, openBrackets, next));
  const items: Sentence[] = [];
  for (const sentence of merged) splitListItems(tokens, sentence, items);
  // an item's marker cut off at the end of the item before goes with its own text
  return joinPieces(tokens, items, (current, _openBrackets, next) => current.paragraph === next.paragraph && isOnlyMarker(tokens, current.firstToken, current.endToken));
}
