import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  text: string;
  title?: string;
  byline?: string;
}

/** The few DOM members used here (the project compiles without the DOM library). */
interface DomElement {
  textContent: string | null;
  parentElement: DomElement | null;
  closest(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
}

interface DomDocument {
  body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

function parse(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';
const DROPPED = 'script, style, noscript, template, iframe, svg, form, nav, footer, aside, button, select';

/** True when the input is markup rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return head.startsWith('<') && (head.includes('<p') || head.includes('<div') || head.includes('<body') || head.includes('<article'));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraph texts of an element, one per block, without nested duplicates. */
function blockTexts(root: DomElement): string[] {
  const out: string[] = [];
  for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
    if (block.parentElement?.closest(BLOCKS)) continue; // a <p> inside an <li> is counted once
    const text = collapse(block.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

/**
 * The article body of a saved news page: Readability finds the main content
 * (dropping navigation, related-link lists, comment forms), then each block
 * becomes one paragraph of the text the offsets refer to.
 */
export function extractArticle(html: string): ExtractedArticle {
  const document = parse(html);
  for (const node of Array.from(document.querySelectorAll('script, style, noscript, template'))) node.remove();
  const fallbackTitle = collapse(document.querySelector('h1')?.textContent ?? document.querySelector('title')?.textContent ?? '');
  const article = new Readability(document as never, { charThreshold: 200 }).parse();
  let paragraphs: string[] = [];
  if (article?.content) {
    const content = parse(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs = blockTexts(content.body);
  }
  if (paragraphs.length === 0) {
    const whole = parse(html);
    for (const node of Array.from(whole.querySelectorAll(DROPPED))) node.remove();
    paragraphs = blockTexts(whole.body);
  }
  const title = collapse(article?.title ?? '') || fallbackTitle || undefined;
  const byline = article?.byline ? collapse(article.byline) : undefined;
  return { text: paragraphs.join('\n\n'), title, byline: byline || undefined };
}
