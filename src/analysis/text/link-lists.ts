import type { Paragraph } from './paragraphs.js';

// A run of bulleted link labels in a sidebar ("• Pillars of Wikinews
// writing", "• Writing an article"): short bulleted lines (at most 60 characters), no full stop, no
// figure, two or more in a row. List items that say something are sentences,
// or carry figures, or run longer.

const LABEL_ITEM = /^[•·▪‣◦]\s+[^\d.!?:;]{1,60}$/u;

function isLabelItem(paragraph: Paragraph): boolean {
  const { text } = paragraph;
  return text.length <= 64 && LABEL_ITEM.test(text);
}

// "Trending" then "- Police speak on reported return of old unit": under a feed's heading, dash-led headlines
// are links to other stories, whatever they say (a headline has no closing stop)
const FEED_HEADINGS: ReadonlySet<string> = new Set(['trending', 'trending now', 'trending news', 'latest', 'latest news', 'popular', 'most popular', 'top stories', 'more stories', 'more news', "editor's picks", 'just in']);
const HEADLINE_ITEM = /^(?:[-–—•·▪‣◦])\s+.{1,120}[^.!?:;\s]$/u;
const MAX_FEED_HEADING_CHARS = 20;

function isFeedHeading(paragraph: Paragraph): boolean {
  const { text } = paragraph;
  return text.length <= MAX_FEED_HEADING_CHARS && FEED_HEADINGS.has(text.trim().replace(/:$/, '').toLowerCase());
}

const MAX_HEADLINE_CHARS = 124;
/** Lines of headlines one paragraph may hold, when the page lost the breaks between them. */
const MAX_HEADLINES_PER_PARAGRAPH = 12;

/** Every line of the paragraph is a dash-led headline. */
function isHeadlines(text: string): boolean {
  if (text.length > MAX_HEADLINE_CHARS * MAX_HEADLINES_PER_PARAGRAPH) return false;
  const lines = text.split('\n');
  return lines.every((line) => line.length <= MAX_HEADLINE_CHARS && HEADLINE_ITEM.test(line.trim()));
}

/** The paragraphs of dash-led headlines under a feed's heading ("Trending"), from `start`. */
function addFeedHeadlines(paragraphs: Paragraph[], start: number, links: Set<number>): number {
  let i = start;
  while (i < paragraphs.length && isHeadlines(paragraphs[i].text)) links.add(i++);
  return i;
}

/** Dash-led headlines closing the page with no heading over them ("- Gansu sets up team to probe ..."): at least this many. */
const MIN_CLOSING_HEADLINES = 3;

/** The paragraphs of dash-led headlines that end the page, three or more, when its "Related Stories" heading was lost. */
function addClosingHeadlines(paragraphs: Paragraph[], links: Set<number>): void {
  let start = paragraphs.length;
  while (start > 0 && isHeadlines(paragraphs[start - 1].text)) start--;
  if (paragraphs.length - start < MIN_CLOSING_HEADLINES) return;
  for (let i = start; i < paragraphs.length; i++) links.add(i);
}

/**
 * The indexes of the paragraphs that are bulleted link labels standing two or more in a row, headlines under a
 * feed's heading, or three or more dash-led headlines ending the page.
 */
export function linkListParagraphs(paragraphs: Paragraph[]): Set<number> {
  const links = new Set<number>();
  addClosingHeadlines(paragraphs, links);
  for (let i = 0; i < paragraphs.length; i++) if (isFeedHeading(paragraphs[i])) i = addFeedHeadlines(paragraphs, i + 1, links) - 1;
  let runStart = -1;
  for (let i = 0; i <= paragraphs.length; i++) {
    if (i < paragraphs.length && isLabelItem(paragraphs[i])) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= 2) for (let k = runStart; k < i; k++) links.add(k);
    runStart = -1;
  }
  return links;
}
