import { createHash } from 'node:crypto';
import { showAsCodePoints } from '../common/code-points.js';
import { RATING_SCALE, attributionStatement, sourceLabel } from './claimreview.builder.js';
import type { ArticleFact, ClaimFact, SourceFact } from './publication.repository.js';

export const REPORT_FORMATS = ['json', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportClaim {
  id: string;
  number: number;
  text: string;
  start: number;
  end: number;
  status: string;
  /** Each line reads relay -> original. */
  sources: string[];
  attributionVerdict: string | null;
  rating: string | null;
  statement: string;
  evidence: { url: string; quote?: string; archivedUrl?: string }[];
  notes: { stage: string; note: string }[];
}

export interface Report {
  article: { id: string; title: string | null; url: string | null; externalId: string | null; byline: string | null; status: string; link: string };
  text: string;
  claims: ReportClaim[];
  generatedAt: string;
}

/** "IA Fact -> The Wall Street Journal": each original with the relay that carried it, and who spoke for it. */
export function chainLines(sources: readonly SourceFact[]): string[] {
  const originals = sources.filter((s) => s.role === 'original');
  const relays = sources.filter((s) => s.role !== 'original');
  const lines = originals.map((o, i) => (relays[i] ? `${sourceLabel(relays[i])} -> ${sourceLabel(o)}` : sourceLabel(o)));
  for (const relay of relays.slice(originals.length)) lines.push(`${sourceLabel(relay)} (relay)`);
  return lines;
}

export function buildReport(article: ArticleFact, claims: readonly ClaimFact[], baseUrl: string, now = new Date()): Report {
  return {
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      externalId: article.externalId,
      byline: article.byline,
      status: article.status,
      link: `${baseUrl}/v1/articles/${article.id}`,
    },
    text: article.text ?? '',
    claims: claims.map((c, i) => ({
      id: c.id,
      number: i + 1,
      text: c.text,
      start: c.start,
      end: c.end,
      status: c.status,
      sources: chainLines(c.sources),
      attributionVerdict: c.attributionVerdict,
      rating: c.rating,
      statement: attributionStatement(c),
      // A piece repeated in a later round (sent back, graded again) is shown once; another passage of
      // the same page, or its archived copy, is evidence of its own.
      evidence: dedupeBy(c.reviews.flatMap((r) => r.evidence ?? []), (e) => JSON.stringify([e.url, e.quote ?? null, e.archivedUrl ?? null])),
      notes: c.reviews.filter((r) => r.note).map((r) => ({ stage: r.stage, note: r.note! })),
    })),
    generatedAt: now.toISOString(),
  };
}

// ---- Text shown to people ---------------------------------------------------

/**
 * Unicode's explicit embeddings, overrides and isolates (not the harmless LRM
 * and RLM marks), and the control characters but tab, line breaks and the
 * vertical tab and form feed (which text keeps as spacing).
 */
const HIDDEN_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/**
 * A bidi control in submitted text is shown as its code point: acting, an
 * unclosed U+202E (right-to-left override) turns the rest of its paragraph
 * around, so a report could show a reader words in an order the article does
 * not have them in ("Trojan Source"). That a hidden control is there is worth
 * a fact-checker's notice too. So is any other control character: the text of
 * an HTML page keeps those its character references name (`&#x1b;[2J`), and
 * the Markdown report, a download read in terminals too, carried the escape
 * sequence raw. The JSON report keeps the text as sent.
 */
export const showHiddenControls = (text: string) => showAsCodePoints(text, HIDDEN_CONTROL);

// ---- Markdown -------------------------------------------------------------

// '=' too: a line of them under a line of text makes it a heading; '&' too: "&amp;" in an article
// is those five characters, which Markdown would show as "&".
const mdEscape = (text: string) => showHiddenControls(text).replace(/[\\`*_{}[\]()#+\-.!|<>~=&]/g, '\\$&');
/**
 * A reviewer's or the engine's string inside a footnote: a raw line break
 * would end the footnote and let the rest pass for the report's own text
 * (headings, other footnotes), so each line becomes a hard break indented
 * under its item.
 */
const mdLines = (text: string, indent: string) =>
  text
    .split(/\r\n?|\n/)
    .map((line) => mdEscape(line.trim()))
    .filter(Boolean)
    .join(`\\\n${indent}`);
const mdUrl = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

const LINE_BREAK = /[ \t]*(?:\r\n?|\n)[ \t]*/g;
// A lone '\r' only when no '\n' follows: '\r\n' read as '\r' then '\n' made every CRLF line break a paragraph break.
const PARAGRAPH_BREAK = /[ \t]*(?:\r\n|\r(?!\n)|\n)[ \t]*(?:(?:\r\n|\r(?!\n)|\n)\s*)+/;
/**
 * The article's own text between claims: a blank line keeps its paragraphs
 * apart and a line break inside one (hard-wrapped copy) is a hard break.
 * Every line break doubled made each wrapped line a paragraph, and a line
 * indented by a tab or four spaces a code block showing the escapes raw.
 */
const mdProse = (text: string) =>
  text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => mdEscape(paragraph).replace(LINE_BREAK, '\\\n'))
    .join('\n\n');
/** A claim's text inside its bold mark: any break is a hard one, as a blank line would end the bold half-way. */
const mdClaim = (text: string) => mdEscape(text.trim()).replace(/[ \t]*(?:\r\n?|\n)\s*/g, '\\\n');

/** "1 claim", "3 claims": the reports' header read "1 claims". */
const claimCount = (n: number): string => `${n} ${n === 1 ? 'claim' : 'claims'}`;

export function renderMarkdown(report: Report): string {
  const out: string[] = [`# ${mdEscape((report.article.title ?? 'Untitled article').replace(/\s+/g, ' '))}`, ''];
  if (report.article.url) out.push(`Source: ${mdUrl(report.article.url)}`, '');
  out.push(`Status: ${report.article.status} · ${claimCount(report.claims.length)} · report of ${report.generatedAt}`, '');
  const body = markText(report, mdProse, (text, c) => `**${mdClaim(text)}**[^${c.number}]`);
  // No line opens indented (a code block), and a break at the very end would leave its backslash showing.
  out.push(body.replace(/^[ \t]+/gm, '').replace(/(?:\\\n|\s)+$/, '').trim(), '');
  out.push('## Claims', '');
  for (const c of report.claims) {
    out.push(`[^${c.number}]: **${c.status}**${c.rating ? ` · rated ${RATING_SCALE[c.rating]?.name ?? c.rating}` : ''} · ${mdLines(c.statement, '    ')}`);
    for (const line of c.sources) out.push(`    - Source: ${mdLines(line, '      ')}`);
    for (const e of c.evidence) {
      const link = /^https?:\/\//i.test(e.url) ? mdUrl(e.url) : mdLines(e.url, '      ');
      const archived = e.archivedUrl && /^https?:\/\//i.test(e.archivedUrl) ? ` (archived copy: ${mdUrl(e.archivedUrl)})` : '';
      out.push(`    - Evidence: ${link}${e.quote ? ` “${mdLines(e.quote, '      ')}”` : ''}${archived}`);
    }
    for (const n of c.notes) out.push(`    - Note (${n.stage}): ${mdLines(n.note, '      ')}`);
  }
  return out.join('\n') + '\n';
}

// ---- HTML -----------------------------------------------------------------

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => showHiddenControls(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
/** Only http(s) links become hrefs; anything else is shown as text. */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : null);

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
mark{background:#fff3b0;padding:0 .1em}mark a{color:inherit;text-decoration:none}sup{font-size:.7em}
.meta{color:#555}ol.claims{list-style:none;padding:0}.claim{border-top:1px solid #ddd;padding:.6rem 0}.status{font-weight:600}ul{margin:.3rem 0}`;

/** The report's CSP: nothing loads, the one inline stylesheet is allowed by its hash. */
export const REPORT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'`;

export function renderHtml(report: Report): string {
  const title = escapeHtml(report.article.title ?? 'Untitled article');
  const body = markText(
    report,
    escapeHtml,
    (text, c) => `<mark id="mark-${c.number}"><a href="#claim-${c.id}">${escapeHtml(text)}</a><sup>${c.number}</sup></mark>`,
  )
    // The breaks Markdown reads (mdProse): CRLF, and a blank line holding spaces, part paragraphs too.
    .split(PARAGRAPH_BREAK)
    .map((p) => `<p>${p.replace(LINE_BREAK, '<br>')}</p>`)
    .join('\n');
  const claims = report.claims
    .map((c) => {
      const items = [
        ...c.sources.map((s) => `<li>Source: ${escapeHtml(s)}</li>`),
        ...c.evidence.map((e) => {
          const href = safeHref(e.url);
          const link = href ? `<a href="${href}" rel="noopener noreferrer nofollow">${escapeHtml(e.url)}</a>` : escapeHtml(e.url);
          const archive = e.archivedUrl && safeHref(e.archivedUrl);
          const archived = archive ? ` (<a href="${archive}" rel="noopener noreferrer nofollow">archived copy</a>)` : '';
          return `<li>Evidence: ${link}${e.quote ? ` “${escapeHtml(e.quote)}”` : ''}${archived}</li>`;
        }),
        ...c.notes.map((n) => `<li>Note (${escapeHtml(n.stage)}): ${escapeHtml(n.note)}</li>`),
      ];
      const rating = c.rating ? ` · rated ${escapeHtml(RATING_SCALE[c.rating]?.name ?? c.rating)}` : '';
      return `<li class="claim" id="claim-${c.id}"><a href="#mark-${c.number}">${c.number}.</a> ${escapeHtml(c.text)}
<div><span class="status">${escapeHtml(c.status)}</span>${rating} · ${escapeHtml(c.statement)}</div>${items.length ? `<ul>${items.join('')}</ul>` : ''}</li>`;
    })
    .join('\n');
  const source = report.article.url && safeHref(report.article.url);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · claimtrail report</title>
<style>${STYLE}</style></head>
<body><header><h1>${title}</h1>
<p class="meta">${source ? `<a href="${source}" rel="noopener noreferrer nofollow">${source}</a> · ` : ''}${escapeHtml(report.article.status)} · ${claimCount(report.claims.length)} · report of ${escapeHtml(report.generatedAt)}</p></header>
<article>
${body}
</article>
<section><h2>Claims</h2><ol class="claims">
${claims}
</ol></section></body></html>
`;
}

/** The article text with every claim span replaced by `mark(span)`, the rest by `plain(text)`. */
function markText(report: Report, plain: (text: string) => string, mark: (text: string, claim: ReportClaim) => string): string {
  const text = report.text;
  const spans = [...report.claims].filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const c of spans) {
    if (c.start < at) continue; // overlapping spans: the first one wins
    out += plain(text.slice(at, c.start)) + mark(text.slice(c.start, c.end), c);
    at = c.end;
  }
  return out + plain(text.slice(at));
}

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
