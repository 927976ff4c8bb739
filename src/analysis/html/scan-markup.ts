import { checkLimit } from '../limits.js';
import type { HtmlLimits } from './extract-article.js';

/**
 * The HTML parser under linkedom (htmlparser2) keeps its open elements with
 * Array#unshift, so each opening tag costs time in the depth of the open
 * stack: 80,000 unclosed <div>s take seconds, and more grows as the square.
 * This scan runs first, in one pass, and refuses a page whose open stack
 * could grow past a bound before the parser sees it.
 *
 * Its stack is an upper bound on the parser's: it pushes every non-void
 * element and pops only on a matching end tag, or when an element closes one
 * of its own kind (<p> after <p>, <li> after <li>), as the parser does too.
 * The bound is generous (see STACK_FACTOR), so sloppy but real markup with
 * unclosed tags still parses; the exact depth cap is checked on the parsed tree.
 *
 * It counts opening tags too: the parser makes an element of each, at about
 * 15 µs apiece, so a 2 MB page of 250,000 "<p>x</p>" took seconds of a worker
 * thread only to be refused for its element count once parsed. Past
 * ELEMENT_FACTOR times the cap the page is refused here (the count a lower
 * bound); below that, the parsed tree's exact count decides.
 */
const STACK_FACTOR = 16;
const ELEMENT_FACTOR = 4;
/** Tags the parser may merge into the one element the document already has. */
const MERGED = new Set(['html', 'head', 'body']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const CLOSED_BY_SIBLING = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes'];
/** The tag name only: matching up to ">" would rescan the rest of the page after each "<a" that never closes. */
const TAG = /<(\/?)([A-Za-z][^\s/>]*)|<!--/g;
const RAW_TEXT_END = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}`, 'gi')]));

export function scanMarkup(html: string, limits: HtmlLimits): void {
  const maxStack = limits.maxDepth * STACK_FACTOR;
  const maxOpenings = limits.maxElements * ELEMENT_FACTOR;
  let openings = 0;
  const stack: string[] = [];
  const tag = new RegExp(TAG.source, 'g');
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === '<!--') {
      const close = html.indexOf('-->', tag.lastIndex);
      if (close < 0) return;
      tag.lastIndex = close + 3;
      continue;
    }
    const name = match[2].toLowerCase();
    if (!match[1] && !MERGED.has(name) && ++openings > maxOpenings) checkLimit('htmlElements', limits.maxElements, openings, true);
    if (match[1]) {
      // a stray end tag closes nothing; the search is bounded by the stack's bound
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const rawEnd = RAW_TEXT_END.get(name);
    if (rawEnd) {
      // their text is not markup: "<div" inside a script string opens nothing
      rawEnd.lastIndex = tag.lastIndex;
      if (!rawEnd.exec(html)) return;
      tag.lastIndex = rawEnd.lastIndex;
      continue;
    }
    if (VOID.has(name)) continue;
    if (CLOSED_BY_SIBLING.has(name) && stack[stack.length - 1] === name) stack.pop();
    stack.push(name);
    if (stack.length > maxStack) checkLimit('htmlDepth', limits.maxDepth, stack.length, true);
  }
}
