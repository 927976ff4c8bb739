import type { Paragraph } from './paragraphs.js';
import { wordCount } from './word-count.js';

// Photo captions found by what stands around them: the picture's credit line
// under the caption ("Image: User:TUBS.", "NASA" alone on the next line) or
// the picture's file name over it ("iss070e075298.jpg?w=1365"). A caption
// reads like prose ("Kunduz province in Afghanistan.", "An astronaut floats
// aboard the station."), so its own words cannot tell it apart.

/** "Image: User:TUBS.", "Photo: Jane Roe/Reuters", "Credit: NASA/JPL-Caltech", "Photo credit: ...". */
const LABELLED_CREDIT = /^(?:(?:photo|image) )?(?:image|photo|photograph|picture|credit|illustration)s?\s*:\s*\S/iu;
/** "NASA", "ESA/Webb", "AFP", "NASA/JPL-Caltech": an agency's name alone on the line under a picture. */
const BARE_CREDIT = /^(?:[A-Z]{2,6}|[A-Z][\w-]*(?:\/[A-Z][\w-]*)+)$/u;
/** "Jane Roe | Getty Images", "John Doe | Reuters": a photographer's name, a bar and the agency, a credit wherever it stands. */
const BAR_CREDIT = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \| \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}$/u;
/** "iss070e075298.jpg?w=1365", "Afghanistan (orthographic projection).svg": the picture's file name. */
const IMAGE_FILE = /\.(?:svg|jpe?g|png|gif|webp)(?:\?\S*)?$/iu;

/** The longest a photo caption runs, here and for a dated caption standing alone (classify-paragraph). */
export const MAX_CAPTION_WORDS = 45;
/** A caption with a blank line before its credit is shorter: a label under a map ("The location of the hospital in Kunduz."). */
const MAX_LOOSE_CAPTION_WORDS = 12;
const MAX_FILE_NAME_WORDS = 6;

/** The two paragraphs stand on consecutive lines (a single line break between them, no blank line). */
function adjacentLines(text: string, before: Paragraph, after: Paragraph): boolean {
  const gap = text.slice(before.end, after.start);
  return gap.indexOf('\n') === gap.lastIndexOf('\n');
}

function isCredit(paragraph: Paragraph, tight: boolean): boolean {
  const t = paragraph.text;
  if (t.length > 80) return false;
  return LABELLED_CREDIT.test(t) || BAR_CREDIT.test(t) || (tight && BARE_CREDIT.test(t));
}

function isImageFile(paragraph: Paragraph): boolean {
  return paragraph.text.length < 200 && IMAGE_FILE.test(paragraph.text) && wordCount(paragraph.text) <= MAX_FILE_NAME_WORDS;
}

/**
 * The indexes of the paragraphs that are photo captions: short paragraphs
 * right above a credit line (up to two lines of caption, the first one
 * opening the block), or right under an image's file name.
 */
export function captionParagraphs(text: string, paragraphs: Paragraph[]): Set<number> {
  const captions = new Set<number>();
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.text.length > 80 && !isImageFile(paragraphs[i - 1])) continue; // cheap: credits are short; a caption follows a file name
    if (isImageFile(paragraphs[i - 1]) && adjacentLines(text, paragraphs[i - 1], p) && wordCount(p.text) <= MAX_CAPTION_WORDS) {
      captions.add(i);
      continue;
    }
    const caption = paragraphs[i - 1];
    const tight = adjacentLines(text, caption, p);
    if (!isCredit(p, tight)) continue;
    const captionWords = wordCount(caption.text);
    // a photographer's bar credit is one even after a blank line, so the caption over it may run as long as a tight one
    if (captionWords > (tight || BAR_CREDIT.test(p.text) ? MAX_CAPTION_WORDS : MAX_LOOSE_CAPTION_WORDS)) continue;
    captions.add(i - 1);
    // a second caption line over the first, the two standing alone as one block
    const above = paragraphs[i - 2];
    if (tight && above && adjacentLines(text, above, caption) && wordCount(above.text) <= MAX_CAPTION_WORDS) {
      const before = paragraphs[i - 3];
      if (!before || !adjacentLines(text, before, above) || isImageFile(before)) captions.add(i - 2);
    }
  }
  return captions;
}
