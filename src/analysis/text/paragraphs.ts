import type { Span } from '../types.js';
import { classifyLine } from './classify-paragraph.js';

export interface Paragraph extends Span {
  text: string;
  /**
   * The paragraph is one line that classifyLine found no furniture in while the text was split: the
   * paragraph's own classification need not look for link labels and furniture phrases in it again.
   */
  lineClassified?: boolean;
}

const TERMINAL = new Set(['.', '!', '?', '…', '"', '”', '’', '»', ')', ';']);

function isBlank(line: string): boolean {
  return line.trim().length === 0;
}

/** A line that closes its paragraph even without a blank line after it. */
function closesParagraph(line: string): boolean {
  const trimmed = line.trimEnd();
  if (trimmed.length === 0) return true;
  if (TERMINAL.has(trimmed[trimmed.length - 1])) return true;
  // Headings, bylines and link lists are short lines with no full stop;
  // a hard-wrapped sentence line is long.
  return trimmed.length < 60;
}

/**
 * A short line cut in the middle of a sentence ("It was a cold\nnight in the
 * city."): the next line starts in lower case and ends the sentence. A list of
 * short lower-case lines ("features\ncontact manager") has no such ending.
 */
function continuesOnNextLine(line: string, text: string, lineEnd: number): boolean {
  const trimmed = line.trimEnd();
  if (!trimmed || TERMINAL.has(trimmed[trimmed.length - 1]) || lineEnd >= text.length) return false;
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  const next = text.slice(lineEnd + 1, nextEnd).trim();
  if (!next || next[0] === next[0].toUpperCase()) return false;
  const last = next[next.length - 1];
  return last === '.' || last === '!' || last === '?';
}

/**
 * Paragraphs with their offsets. A blank line always separates paragraphs; a
 * single line break does too unless the line looks hard-wrapped (long, with no
 * closing punctuation), so plain-text articles with one paragraph per line and
 * wire copy wrapped at 70 columns both come out right.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let end = -1;
  let lineStart = 0;
  /** The paragraph so far is one line that classifyLine found nothing in. */
  let lineClassified = false;
  const flush = () => {
    if (start >= 0) paragraphs.push({ start, end, text: text.slice(start, end), lineClassified });
    start = -1;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (isBlank(line)) {
      flush();
      lineStart = lineEnd + 1;
      continue;
    }
    // "Updated: 1 hour ago" under a feed's title: furniture is a paragraph of its own, whatever the line breaks
    // (looked for only in lines that would join others: a line alone is classified as a paragraph later)
    const joins = start >= 0 || !closesParagraph(line) || continuesOnNextLine(line, text, lineEnd);
    if (joins && classifyLine(line.trim())) {
      flush();
      const leading = line.length - line.trimStart().length;
      start = lineStart + leading;
      end = lineEnd - (line.length - line.trimEnd().length);
      lineClassified = false;
      flush();
    } else {
      const leading = line.length - line.trimStart().length;
      const trailing = line.length - line.trimEnd().length;
      lineClassified = start < 0 && joins;
      if (start < 0) start = lineStart + leading;
      end = lineEnd - trailing;
      if (closesParagraph(line) && !continuesOnNextLine(line, text, lineEnd)) flush();
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return paragraphs;
}
