import type { Span } from '../types.js';
import type { Paragraph } from './paragraphs.js';
import type { Token, Tokenized } from './tokenize.js';

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
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function endsWithNonFinalAbbreviation(tokens: Token[], last: number): boolean {
  const token = tokens[last];
  if (NON_FINAL_ABBREVIATIONS.has(token.lower)) return true;
  // "Gen" "." split into two tokens by the tokenizer
  if (token.text === '.' && last > 0 && tokens[last - 1].end === token.start) {
    return NON_FINAL_ABBREVIATIONS.has(`${tokens[last - 1].lower}.`);
  }
  // an initial: "J. R. R. Tolkien"
  return /^[A-Z]\.$/.test(token.text);
}

/** Brackets still open after [from, to), counting on from `depth`. */
function bracketDepth(tokens: Token[], from: number, to: number, depth = 0): number {
  for (let i = from; i < to; i++) {
    if (OPENERS.has(tokens[i].text)) depth++;
    else if (CLOSERS.has(tokens[i].text) && depth > 0) depth--;
  }
  return depth;
}

function isOnlyPunctuation(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos !== 'PUNCT' && tokens[i].pos !== 'SYM') return false;
  return true;
}

function paragraphOfTokens(tokens: Token[], paragraphs: Paragraph[]): Int32Array {
  const owner = new Int32Array(tokens.length).fill(-1);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p < paragraphs.length && paragraphs[p].end <= tokens[i].start) p++;
    if (p < paragraphs.length && paragraphs[p].start <= tokens[i].start) owner[i] = p;
  }
  return owner;
}

/** `openBrackets`: brackets left open by `current`, kept as it grows (recounting it each time is quadratic). */
function shouldJoin(tokens: Token[], current: Sentence, openBrackets: number, next: Sentence): boolean {
  if (current.paragraph !== next.paragraph) return false;
  if (isOnlyPunctuation(tokens, next.firstToken, next.endToken)) return true;
  if (openBrackets > 0) return true;
  const first = tokens[next.firstToken];
  if (startsLowercase(first)) return true;
  return endsWithNonFinalAbbreviation(tokens, current.endToken - 1);
}

/**
 * Sentences as the NLP library splits them, cut at paragraph boundaries and
 * mended where news copy trips it up: a quoted question followed by "he
 * asked", a full stop inside parentheses, titles such as "Gen." or "No.".
 */
export function segmentSentences({ tokens, sentences }: Tokenized, paragraphs: Paragraph[]): Sentence[] {
  const owner = paragraphOfTokens(tokens, paragraphs);
  const pieces: Sentence[] = [];
  for (const [first, last] of sentences) {
    let pieceStart = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && owner[i] === owner[i - 1]) continue;
      if (owner[pieceStart] >= 0) {
        pieces.push({
          firstToken: pieceStart,
          endToken: i,
          start: tokens[pieceStart].start,
          end: tokens[i - 1].end,
          paragraph: owner[pieceStart],
        });
      }
      pieceStart = i;
    }
  }
  const merged: Sentence[] = [];
  let openBrackets = 0;
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous && shouldJoin(tokens, previous, openBrackets, piece)) {
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
