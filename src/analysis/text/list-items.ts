import type { Token } from './tokenize.js';

// Numbered, lettered and bulleted list items ("1.) The first item 2.) The
// second item", "a. ... b. ...", "• 9. ... • 10. ..."): each item is a
// sentence of its own, its marker included. Every check looks at a fixed
// number of tokens, so the passes stay linear.

const BULLETS = new Set(['•', '⁃', '◦', '▪', '‣', '·']);
const ITEM_NUMBER = /^\d{1,3}$/;
const ITEM_LETTER = /^[a-z]\.$/;

export interface ListMarker {
  /** Tokens the marker takes. */
  length: number;
  /** The bullet character, or "number" / "letter". */
  kind: string;
  /** The item's number or letter code (0 for a bare bullet). */
  value: number;
}

function adjacent(tokens: Token[], a: number, b: number): boolean {
  return tokens[a].end === tokens[b].start;
}

/** The list marker starting at token `i`: "1.", "1.)", "1)", "a.", "• 9.", "•". */
export function listMarkerAt(tokens: Token[], i: number, end: number): ListMarker | undefined {
  if (i >= end) return undefined;
  const bullet = BULLETS.has(tokens[i].text) ? tokens[i].text : undefined;
  const at = bullet ? i + 1 : i;
  // the lengths first: the patterns cost more than a look at the length, and most tokens fail it
  if (at < end && tokens[at].text.length === 2 && ITEM_LETTER.test(tokens[at].text)) {
    return { length: at + 1 - i, kind: bullet ?? 'letter', value: tokens[at].text.charCodeAt(0) };
  }
  if (at < end && tokens[at].text.length <= 3 && ITEM_NUMBER.test(tokens[at].text) && at + 1 < end && adjacent(tokens, at, at + 1)) {
    const next = tokens[at + 1].text;
    let length = 0;
    if (next === ')') length = 2;
    else if (next === '.') length = at + 2 < end && tokens[at + 2].text === ')' && adjacent(tokens, at + 1, at + 2) ? 3 : 2;
    if (length) return { length: at + length - i, kind: bullet ?? 'number', value: Number(tokens[at].text) };
  }
  return bullet ? { length: 1, kind: bullet, value: 0 } : undefined;
}

/** A sentence that is only a list marker ("1.", "• 9."): it belongs to the text after it. */
export function isOnlyMarker(tokens: Token[], first: number, end: number): boolean {
  const marker = listMarkerAt(tokens, first, end);
  return marker !== undefined && marker.length === end - first;
}

/**
 * Where the next items start inside a sentence that opens with a list
 * marker: the same kind of marker, numbered or lettered one after the other
 * ("1) ... 2) ..."), or the same bullet again.
 */
export function itemStarts(tokens: Token[], first: number, end: number): number[] {
  let marker = listMarkerAt(tokens, first, end);
  if (!marker) return [];
  const starts: number[] = [];
  for (let k = first + marker.length; k < end; k++) {
    if (tokens[k].start === tokens[k - 1].end) continue; // a marker stands after a space
    const next = listMarkerAt(tokens, k, end);
    if (!next || next.kind !== marker.kind) continue;
    const inSequence = BULLETS.has(next.kind) || next.value === marker.value + 1;
    if (!inSequence) continue;
    starts.push(k);
    marker = next;
    k += next.length - 1;
  }
  return starts;
}
