import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkLimit } from '../limits.js';
import { scanMarkup } from './scan-markup.js';

export interface ExtractedArticle {
  text: string;
  title?: string;
  byline?: string;
}

/** The few DOM members used here (the project compiles without the DOM library). */
interface DomElement {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  firstChild: DomElement | null;
  nextSibling: DomElement | null;
  parentNode: DomElement | null;
  parentElement: DomElement | null;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  closest(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
}

interface DomDocument {
  body: DomElement;
  firstElementChild: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

function parse(html: string): DomDocument {
  const { document } = parseHTML(html);
  const root = document.documentElement as DomElement & { tagName: string; innerHTML: string } | null;
  // linkedom's document.body holds the page only when it spells out <html> and
  // <body>: a fragment ("<p>...</p>", what a CMS sends as an article body), a
  // page without <html> or one without <body> read as no text at all, and an
  // empty page or one with no element has no root, whose body it cannot give.
  // Read any of those as a body's content.
  if (root?.tagName === 'HTML' && document.querySelector('body')) return document;
  const content = root?.tagName === 'HTML' ? root.innerHTML : html;
  return parseHTML(`<!doctype html><html><body>${content}</body></html>`).document;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';
const DROPPED = 'script, style, noscript, template, iframe, svg, form, nav, footer, aside, button, select';

/** True when the input is markup rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return head.startsWith('<') && (head.includes('<p') || head.includes('<div') || head.includes('<body') || head.includes('<article'));
}

/**
 * Runs of whitespace as one space, and control characters as whitespace: a
 * page's `&#x1b;[2J` is an escape a typed-in text may not hold (400), and it
 * reached stored text, titles and a terminal reading the CLI's output. Soft
 * hyphens (`&shy;`, a CMS's hyphenation points) go, as a browser shows a word
 * on one line: "Reu&shy;ters said" cited nobody, and the inbox search did not
 * find the word.
 */
function collapse(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** A typed-in title's or byline's limit, for those a page gives too. */
const MAX_HEADING_LENGTH = 1000;

/** At most MAX_HEADING_LENGTH characters, never half of a surrogate pair. */
function clip(text: string): string {
  if (text.length <= MAX_HEADING_LENGTH) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_HEADING_LENGTH - 1]) ? MAX_HEADING_LENGTH - 1 : MAX_HEADING_LENGTH;
  return text.slice(0, end).trimEnd();
}

const BLOCK_TAGS = new Set(BLOCKS.toUpperCase().split(', '));
/**
 * Elements that end the loose text before them and start anew after them, as
 * a browser lays them out on lines of their own, without being one paragraph
 * themselves (a <div> may hold several).
 */
const SECTION_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'HEADER', 'HR', 'MAIN', 'OL', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
/** Elements whose text a browser never shows in the page: a fragment's <title> lands in the body. */
const UNSHOWN_TAGS = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/**
 * Page furniture: its loose text is no article text (Readability may keep a
 * <nav> in what it picks; the plain walk removes these first). Blocks inside
 * it are read as before.
 */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'IFRAME', 'SVG']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Paragraph texts of an element in reading order: one per block element
 * (a <p> inside an <li> counted once), and the text standing outside any
 * block, which a CMS's rich-text fragment is made of ("... <b>said</b> ...",
 * lines parted by "<br><br>"), one paragraph per run between blocks,
 * sections and double line breaks. Reading the blocks alone failed such a
 * fragment as holding no text, or dropped the runs beside its paragraphs.
 * One walk without recursion, as `measure`.
 */
function blockTexts(root: DomElement): string[] {
  const out: string[] = [];
  let loose = '';
  let breaks = 0; // <br>s since the loose run's last words
  const flush = () => {
    const text = collapse(loose);
    if (text) out.push(text);
    loose = '';
    breaks = 0;
  };
  let furniture = 0; // furniture elements the walk is inside
  let node = root.firstChild;
  while (node) {
    let enter = true;
    if (node.nodeType === TEXT_NODE && furniture === 0) {
      const text = node.textContent ?? '';
      if (/\S/.test(text)) {
        if (breaks >= 2) flush(); // "A<br><br>B": B opens a paragraph of its own
        breaks = 0;
      }
      loose += text;
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = node.tagName ?? '';
      if (UNSHOWN_TAGS.has(tag)) {
        enter = false;
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        const text = collapse(shownText(node));
        if (text) out.push(text);
        enter = false;
      } else if (tag === 'BR') {
        breaks++;
        loose += ' ';
      } else if (SECTION_TAGS.has(tag) || FURNITURE_TAGS.has(tag)) {
        flush();
      }
      if (enter && node.firstChild && FURNITURE_TAGS.has(tag)) furniture++;
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Up past the last children: a section closing ends the run inside it.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && FURNITURE_TAGS.has(node.tagName ?? '')) furniture--;
      if (node && node !== root && (SECTION_TAGS.has(node.tagName ?? '') || FURNITURE_TAGS.has(node.tagName ?? ''))) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return out;
}

/**
 * An element's text as a browser lays it out on one line: a <br>, and the
 * edges of a block or section inside it, part the words beside them
 * (textContent joins them: "resigned<br>on Monday" read "resignedon Monday",
 * and an <li> holding two <p>s ran their sentences together). One walk
 * without recursion, as `measure`.
 */
function shownText(root: DomElement): string {
  let text = '';
  let node = root.firstChild;
  while (node) {
    let enter = true;
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
    else if (node.nodeType === ELEMENT_NODE) {
      const tag = node.tagName ?? '';
      if (UNSHOWN_TAGS.has(tag)) enter = false;
      else if (tag === 'BR' || BLOCK_TAGS.has(tag) || SECTION_TAGS.has(tag)) text += ' ';
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && (BLOCK_TAGS.has(node.tagName ?? '') || SECTION_TAGS.has(node.tagName ?? ''))) text += ' ';
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return text;
}

export interface HtmlLimits {
  maxElements: number;
  maxDepth: number;
}

/** Counts the elements under `root` and their deepest nesting in one walk, without recursion (a deep page would overflow the stack). */
function measure(root: DomElement | DomDocument): { elements: number; depth: number } {
  let elements = 0;
  let deepest = 0;
  let depth = 1;
  let node = root.firstElementChild;
  while (node) {
    elements++;
    if (depth > deepest) deepest = depth;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
      if (node === root) node = null;
    }
    node = node?.nextElementSibling ?? null;
  }
  return { elements, depth: deepest };
}

/**
 * Removes the elements `selector` matches, but never the root: a fragment
 * that is one element ("<script>" alone) has it as its root, and a document
 * without a root has no body to read.
 */
function removeAll(document: DomDocument, selector: string): void {
  for (const node of Array.from(document.querySelectorAll(selector))) if (node !== document.firstElementChild) node.remove();
}

/** Readability's main-content pick; undefined when it finds none or trips over the page. */
function readable(document: DomDocument): { content?: string; title?: string; byline?: string } | undefined {
  try {
    const article = new Readability(document, { charThreshold: 200 }).parse();
    return article ? { content: article.content ?? undefined, title: article.title ?? undefined, byline: article.byline ?? undefined } : undefined;
  } catch {
    // e.g. a fragment without <body> whose top candidate has no parent: the plain block walk below still reads it
    return undefined;
  }
}

/**
 * The article body of a saved news page: Readability finds the main content
 * (dropping navigation, related-link lists, comment forms), then each block
 * becomes one paragraph of the text the offsets refer to. Readability's cost
 * per element grows with the square of the nesting depth, so pages over the
 * caps are refused (AnalysisInputTooLarge) before it runs.
 */
export function extractArticle(html: string, limits: HtmlLimits): ExtractedArticle {
  scanMarkup(html, limits);
  const document = parse(html);
  const size = measure(document);
  checkLimit('htmlElements', limits.maxElements, size.elements);
  checkLimit('htmlDepth', limits.maxDepth, size.depth);
  removeAll(document, 'script, style, noscript, template');
  const heading = document.querySelector('h1') ?? document.querySelector('title');
  const fallbackTitle = collapse(heading ? shownText(heading) : '');
  const article = readable(document);
  let paragraphs: string[] = [];
  if (article?.content) {
    const content = parse(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs = blockTexts(content.body);
  }
  if (paragraphs.length === 0) {
    const whole = parse(html);
    removeAll(whole, DROPPED);
    paragraphs = blockTexts(whole.body);
  }
  const title = clip(collapse(article?.title ?? '') || fallbackTitle) || undefined;
  const byline = article?.byline ? clip(collapse(article.byline)) : undefined;
  return { text: paragraphs.join('\n\n'), title, byline: byline || undefined };
}
