import type { ExclusionReason } from '../types.js';

const RELATED_PREFIXES = [
  'see also', 'read also', 'read more', 'also read', 'related:', 'related articles', 'related stories', 'related posts',
  'related news', 'more on this', 'recommended', 'you may also like', 'you might also like', 'more from', 'most read',
  'most popular', 'further reading', 'also on', 'read next', 'read the full',
];

const BOILERPLATE_PHRASES = [
  'leave a reply', 'leave a comment', 'your email address will not be published', 'required fields are marked',
  'back to top', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'sign up for',
  'subscribe to', 'subscribe now', 'all rights reserved', 'cookie', 'click here', 'follow us on', 'advertisement',
  'post a comment', 'comments are closed', 'newsletter', 'copyright ©', '© 20', 'reporting by', 'editing by',
  'writing by', 'additional reporting by', 'skip to content', 'skip to main content', 'toggle navigation',
  'log in', 'sign in', 'privacy policy', 'terms of use', 'terms of service', 'save my name, email', 'cancel reply',
  'print this article', 'contributed to this report', 'contributed reporting', 'our standards', 'trust principles',
  'is a regular contributor', 'contributor to our', 'for more information', 'media contact', 'press contact',
  'available for download', 'is available at', 'are available at', 'are available on', 'is available on', 'email this', 'tags:', 'filed under', 'loading...', 'photo:', 'image:', 'video:',
];

const BYLINE_PREFIXES = ['by ', 'written by ', 'author:', 'words by ', 'reporting by '];
const SENTENCE_END = new Set(['.', '!', '?', '…', '"', '”', '’', '»', ')']);

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\u00a0';
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** "Tetyana Viktorova", "Jane O'Neill-Smith": two to four capitalised words. */
function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

const CLOSING_QUOTES = new Set(['"', '”', '’', '»']);

/** A closing quote ends a sentence only after a full stop: “Time is on its side” is a heading. */
function endsLikeSentence(text: string): boolean {
  let end = text.length - 1;
  while (end > 0 && CLOSING_QUOTES.has(text[end])) end--;
  if (end < text.length - 1) return SENTENCE_END.has(text[end]) && !CLOSING_QUOTES.has(text[end]);
  return SENTENCE_END.has(text[end]);
}

/**
 * Why a paragraph is not article prose, or undefined when it is. `isFirst`
 * marks the paragraphs before the first prose paragraph, where section labels
 * and the headline stand.
 */
export function classifyParagraph(text: string, beforeProse: boolean): ExclusionReason | undefined {
  const lower = text.toLowerCase();
  const words = wordCount(text);
  if (RELATED_PREFIXES.some((p) => lower.startsWith(p))) return 'related-link';
  if (words <= 40 && BOILERPLATE_PHRASES.some((p) => lower.includes(p))) return 'boilerplate';
  if (lower.startsWith('about ') && lower.indexOf(':') > 0 && lower.indexOf(':') < 60) return 'boilerplate';
  if (words <= 12 && BYLINE_PREFIXES.some((p) => lower.startsWith(p))) return 'byline';
  if (endsLikeSentence(text) || words > 30) return undefined;
  if (text.startsWith('- ') || text.startsWith('• ') || text.startsWith('* ') || /^\d+[.)]\s/.test(text)) return undefined;
  if (looksLikePersonName(text) && !beforeProse) return 'byline';
  if (beforeProse && words <= 3) return 'section-label';
  if (beforeProse) return 'headline';
  return 'heading';
}
