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

/** The indexes of the paragraphs that are bulleted link labels standing two or more in a row. */
export function linkListParagraphs(paragraphs: Paragraph[]): Set<number> {
  const links = new Set<number>();
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
