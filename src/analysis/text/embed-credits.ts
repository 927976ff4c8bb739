import { DASH_TOKENS, type Token } from './tokenize.js';

/**
 * An embedded post's credit, as the page prints it under the post's text: a dash, the account's name, its handle in
 * brackets and the post's date ("— Fayetteville Police (@FayettevillePD) November 6, 2019"). It names who posted the
 * words above it; it states nothing itself, so it is set aside as furniture. Spaces are allowed where tokens joined
 * back with spaces put them ("( @FayettevillePD )", "6 , 2019").
 */
const EMBED_CREDIT =
  /^(?:[-–—]|--)\s*[^()\n]{1,60}?\(\s*@\s*[\p{L}\p{N}_.]{1,30}\s*\)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*,?\s*\d{4}\s*\.?$/iu;

/** A credit's characters, at most: a long account name and a date. */
export const MAX_EMBED_CREDIT_CHARS = 120;
/** A credit's tokens, at most (the tokenizer cuts the brackets, the handle's "@" and the date's comma apart). */
const MAX_EMBED_CREDIT_TOKENS = 20;

/** Whether `text` is an embedded post's credit and nothing else. */
export function isEmbedCredit(text: string): boolean {
  return text.length <= MAX_EMBED_CREDIT_CHARS && EMBED_CREDIT.test(text.trim());
}

/**
 * Whether the tokens after `i` up to `end` are an embedded post's credit glued to the post's last words ("Stay tuned
 * here. — Fayetteville Police (@FayettevillePD) November 6, 2019", or after a hashtag with no stop): the credit is
 * a unit of its own, never part of the sentence before it.
 */
export function embedCreditAfter(tokens: Token[], i: number, end: number): boolean {
  if (i + 1 >= end || end - (i + 1) > MAX_EMBED_CREDIT_TOKENS || !DASH_TOKENS.has(tokens[i + 1].text)) return false;
  let text = '';
  for (let k = i + 1; k < end; k++) text += (k > i + 1 ? ' ' : '') + tokens[k].text;
  return isEmbedCredit(text);
}
