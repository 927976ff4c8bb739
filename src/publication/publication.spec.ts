import { BadRequestException } from '@nestjs/common';
import { jest } from '@jest/globals';
import type { ClaimReview, Rating, WithContext } from 'schema-dts';
import { claimReview } from './claimreview.builder.js';
import type { AppConfig } from '../config/index.js';
import type { ArticleFact, ClaimFact, PublicationRepository } from './publication.repository.js';
import { PublicationService } from './publication.service.js';
import { REPORT_CSP, buildReport, escapeHtml, renderHtml, renderMarkdown } from './report.renderer.js';

const publisher = { baseUrl: 'https://ct.example.org', authorName: 'Fact Desk', authorUrl: 'https://factdesk.example.org' };
const text = 'Intro <b>bold</b> & more.\n\nIA Fact, referring to The Wall Street Journal, said <script>alert(1)</script> exports fell.';
const start = text.indexOf('IA Fact');
const article: ArticleFact = {
  id: '7d0b1f5e-0000-4000-8000-000000000001',
  title: 'Exports <fell>',
  url: 'https://news.example.org/exports',
  externalId: 'cms:1',
  byline: null,
  status: 'completed',
  publishedAt: new Date('2026-11-01T10:00:00Z'),
  text,
};
const claim: ClaimFact = {
  id: '7d0b1f5e-0000-4000-8000-000000000002',
  articleId: article.id,
  ordinal: 0,
  text: text.slice(start),
  start,
  end: text.length,
  status: 'published',
  attributionVerdict: 'misattributed',
  rating: 'mostly_false',
  unsourced: false,
  anonymous: false,
  publishedAt: new Date('2026-11-02T09:30:00Z'),
  sources: [
    { name: 'IA Fact', role: 'relay', outletId: null, registered: false, person: null },
    { name: 'The Wall Street Journal', role: 'original', outletId: 'o1', registered: true, person: null },
  ],
  reviews: [
    {
      stage: 'source_check',
      attributionVerdict: 'misattributed',
      rating: null,
      decision: null,
      evidence: [{ url: 'https://www.wsj.com/a', quote: 'no <such> claim' }, { url: 'javascript:alert(1)' }],
      note: 'WSJ said "rose" & not <fell>',
      createdAt: '2026-11-02T09:00:00Z',
    },
  ],
};

describe('ClaimReview', () => {
  it('gives an unverifiable claim a textual rating only, no number outside worstRating..bestRating', () => {
    const review = claimReview({ ...claim, rating: 'unverifiable' }, article, publisher);
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
    for (const value of ['true', 'mostly_true', 'mixed', 'mostly_false', 'false']) {
      const rating = claimReview({ ...claim, rating: value }, article, publisher).reviewRating as Exclude<Rating, string>;
      expect(Number(rating.ratingValue)).toBeGreaterThanOrEqual(Number(rating.worstRating));
      expect(Number(rating.ratingValue)).toBeLessThanOrEqual(Number(rating.bestRating));
    }
  });

  it("has Google's required and recommended fields, and states the attribution verdict", () => {
    const review: WithContext<ClaimReview> = claimReview({ ...claim, attributionVerdict: 'confirmed' }, article, publisher);
    const rating = review.reviewRating as Exclude<Rating, string>;
    expect(review).toEqual(
      expect.objectContaining({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: claim.text,
        url: `https://ct.example.org/v1/articles/${article.id}/report?format=html#claim-${claim.id}`,
        author: { '@type': 'Organization', name: 'Fact Desk', url: 'https://factdesk.example.org' },
        datePublished: '2026-11-02T09:30:00.000Z',
      }),
    );
    expect(rating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' });
    expect(review.reviewBody).toBe(
      'Attribution confirmed: The Wall Street Journal (as relayed by IA Fact) did report this. Rated mostly false.',
    );
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'The Wall Street Journal' },
      // Google's recommended date the claim was made: the article it appeared in (none without one).
      datePublished: '2026-11-01T10:00:00.000Z',
      appearance: [
        { '@type': 'CreativeWork', url: article.url, headline: article.title, datePublished: '2026-11-01T10:00:00.000Z' },
        { '@type': 'CreativeWork', author: { '@type': 'Organization', name: 'IA Fact' } },
      ],
      firstAppearance: { '@type': 'CreativeWork', author: { '@type': 'Organization', name: 'The Wall Street Journal' } },
    });
  });

  it('credits the claim to no source the reviewers found did not make it (misattributed, distorted, source not found)', () => {
    // Search engines show itemReviewed.author as who made the claim: "Claim by: The Wall Street Journal"
    // beside "Misattributed: The Wall Street Journal did not report this" repeated the misattribution.
    for (const attributionVerdict of ['misattributed', 'distorted', 'source_not_found']) {
      const review = claimReview({ ...claim, attributionVerdict }, article, publisher);
      expect([attributionVerdict, review.itemReviewed]).toEqual([
        attributionVerdict,
        {
          '@type': 'Claim',
          datePublished: '2026-11-01T10:00:00.000Z',
          appearance: [{ '@type': 'CreativeWork', url: article.url, headline: article.title, datePublished: '2026-11-01T10:00:00.000Z' }],
          firstAppearance: { '@type': 'CreativeWork', url: article.url, headline: article.title, datePublished: '2026-11-01T10:00:00.000Z' },
        },
      ]);
    }
    expect(claimReview(claim, article, publisher).reviewBody).toBe(
      'Misattributed: The Wall Street Journal (as relayed by IA Fact) did not report this. Rated mostly false.',
    );
    expect(claimReview(claim, { ...article, publishedAt: null }, publisher).itemReviewed).not.toHaveProperty('datePublished');
    // Not checked (no verdict recorded) is no refutation: the cited source stays the author.
    expect(claimReview({ ...claim, attributionVerdict: null }, article, publisher).itemReviewed).toMatchObject({
      author: { '@type': 'Organization', name: 'The Wall Street Journal' },
    });
  });

  it('names no appearance in a work nothing identifies: an article submitted without a url or a title', () => {
    // It was {"@type": "CreativeWork"}: an appearance (and, refuted, a first appearance) in nothing anyone can find.
    const untitled = { ...article, url: null, title: null };
    const refuted = claimReview(claim, untitled, publisher).itemReviewed;
    expect(refuted).toEqual({ '@type': 'Claim', datePublished: '2026-11-01T10:00:00.000Z' });
    const confirmed = claimReview({ ...claim, attributionVerdict: 'confirmed' }, untitled, publisher).itemReviewed;
    expect(confirmed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'The Wall Street Journal' },
      datePublished: '2026-11-01T10:00:00.000Z',
      appearance: [{ '@type': 'CreativeWork', author: { '@type': 'Organization', name: 'IA Fact' } }],
      firstAppearance: { '@type': 'CreativeWork', author: { '@type': 'Organization', name: 'The Wall Street Journal' } },
    });
    // A title alone still names the work.
    expect(claimReview(claim, { ...article, url: null }, publisher).itemReviewed).toMatchObject({
      appearance: [{ '@type': 'CreativeWork', headline: article.title }],
    });
  });

  it("points url at the publisher's own page when CLAIMREVIEW_PAGE_URL gives one, ids filled in", () => {
    const own = { ...publisher, pageUrl: 'https://news.example/fact-checks/{claimId}?article={articleId}' };
    expect(claimReview(claim, article, own).url).toBe(`https://news.example/fact-checks/${claim.id}?article=${article.id}`);
  });
});

describe('reports', () => {
  const report = buildReport(article, [claim], publisher.baseUrl, new Date('2026-11-03T00:00:00Z'));

  it('lists sources as relay -> original, verdicts, evidence and notes', () => {
    expect(report.claims[0]).toEqual(
      expect.objectContaining({
        number: 1,
        sources: ['IA Fact -> The Wall Street Journal'],
        attributionVerdict: 'misattributed',
        rating: 'mostly_false',
        notes: [{ stage: 'source_check', note: 'WSJ said "rose" & not <fell>' }],
      }),
    );
    expect(report.claims[0].evidence.map((e) => e.url)).toEqual(['https://www.wsj.com/a', 'javascript:alert(1)']);
  });

  // The reports showed each URL once, with the first quote found, and never the archive link: a verdict quoting
  // another passage of the page the source check quoted lost its passage, and every archived copy was left out.
  it('keeps every piece of evidence, each passage quoted from one page and its archived copy, and drops exact repeats only', () => {
    const archived = 'https://web.archive.org/web/2026/https://www.wsj.com/a';
    const evidenced = buildReport(
      article,
      [
        {
          ...claim,
          reviews: [
            { ...claim.reviews[0], evidence: [{ url: 'https://www.wsj.com/a', quote: 'first passage', archivedUrl: archived }] },
            {
              ...claim.reviews[0],
              stage: 'verdict',
              evidence: [
                { url: 'https://www.wsj.com/a', quote: 'first passage', archivedUrl: archived },
                { url: 'https://www.wsj.com/a', quote: 'second passage' },
              ],
            },
          ],
        },
      ],
      publisher.baseUrl,
    );
    expect(evidenced.claims[0].evidence).toEqual([
      { url: 'https://www.wsj.com/a', quote: 'first passage', archivedUrl: archived },
      { url: 'https://www.wsj.com/a', quote: 'second passage' },
    ]);
    const html = renderHtml(evidenced);
    expect(html).toContain('second passage');
    expect(html).toContain(`<a href="${archived}" rel="noopener noreferrer nofollow">archived copy</a>`);
    const markdown = renderMarkdown(evidenced);
    expect(markdown).toContain('second passage');
    expect(markdown).toContain(`archived copy: <${archived}>`);
  });

  it('renders self-contained HTML: escaped text, marked claims, a CSP meta tag, no script and no unsafe link', () => {
    const html = renderHtml(report);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(html).not.toMatch(/<script|<b>|href="javascript/i);
    expect(html).toContain('Intro &lt;b&gt;bold&lt;/b&gt; &amp; more.');
    expect(html).toContain(`<mark id="mark-1"><a href="#claim-${claim.id}">IA Fact, referring to`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="https://www.wsj.com/a" rel="noopener noreferrer nofollow">');
    expect(html).toContain('Evidence: javascript:alert(1)');
    expect(html).toContain('Note (source_check): WSJ said &quot;rose&quot; &amp; not &lt;fell&gt;');
    expect(html).not.toMatch(/ style=/);
    expect(escapeHtml(`<'"&>`)).toBe('&lt;&#39;&quot;&amp;&gt;');
  });

  it('shows bidi controls in the HTML and Markdown reports as code points, so none turns the text around', () => {
    // An unclosed right-to-left override before the claim would show "exports fell" as "llef strope" and on to the paragraph's end.
    const sneaky = 'Intro \u202Ewords\u2066 and \u200Fmarks. IA Fact said exports fell.';
    const at = sneaky.indexOf('IA Fact');
    const turned = buildReport(
      { ...article, title: 'Exports \u202Efell' },
      [{ ...claim, text: sneaky.slice(at), start: at, end: sneaky.length, reviews: [{ ...claim.reviews[0], note: 'odd \u202Dnote' }] }],
      publisher.baseUrl,
    );
    for (const rendered of [renderHtml({ ...turned, text: sneaky }), renderMarkdown({ ...turned, text: sneaky })]) {
      expect(rendered).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      const unescaped = rendered.replace(/\\/g, '');
      expect(unescaped).toContain('Intro [U+202E]words[U+2066] and \u200Fmarks');
      expect(unescaped).toContain('Exports [U+202E]fell');
      expect(unescaped).toContain('odd [U+202D]note');
    }
    expect(buildReport({ ...article, text: sneaky }, [], publisher.baseUrl).text).toBe(sneaky);
  });

  it('shows control characters as code points too: no escape sequence reaches a terminal through the Markdown report', () => {
    // An HTML page's text keeps the controls its character references name (&#x1b;[2J clears a terminal).
    const escaped = 'Intro \u001b[2J and \u0007 bell.\tIA Fact said exports fell \u009b31m.';
    const at = escaped.indexOf('IA Fact');
    const sent = buildReport(
      { ...article, title: 'Exports \u001b]0;owned\u0007', byline: 'By \u001bEvil' },
      [{ ...claim, text: escaped.slice(at), start: at, end: escaped.length }],
      publisher.baseUrl,
    );
    for (const rendered of [renderHtml({ ...sent, text: escaped }), renderMarkdown({ ...sent, text: escaped })]) {
      expect(rendered).not.toMatch(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/);
      const unescaped = rendered.replace(/\\/g, '');
      expect(unescaped).toContain('Intro [U+001B][2J and [U+0007] bell.');
      expect(unescaped).toContain('exports fell [U+009B]31m');
      expect(unescaped).toContain('Exports [U+001B]]0;owned[U+0007]');
    }
    expect(renderMarkdown({ ...sent, text: escaped })).toContain('\t');
  });

  it('renders Markdown with the claim marked and a footnote per claim', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('# Exports \\<fell\\>');
    expect(md).toContain('**IA Fact, referring to The Wall Street Journal, said \\<script\\>alert\\(1\\)\\</script\\> exports fell\\.**[^1]');
    expect(md).toContain('[^1]: **published** · rated Mostly false · Misattributed:');
    expect(md).toContain('    - Source: IA Fact \\-\\> The Wall Street Journal');
    expect(md).toContain('    - Evidence: <https://www.wsj.com/a>');
    expect(md).toContain('    - Evidence: javascript:alert\\(1\\)');
    expect(md).not.toContain('<javascript');
    // One claim is "1 claim", not "1 claims"; none or several, "claims".
    expect(md).toMatch(/ · 1 claim · report of /);
    expect(renderHtml(report)).toMatch(/ · 1 claim · report of /);
    expect(renderMarkdown({ ...report, claims: [] })).toMatch(/ · 0 claims · report of /);
  });

  it("keeps a hard-wrapped or indented article's paragraphs and claim marks in Markdown, and its '&amp;' as typed", () => {
    const wrapped = 'Officials said the flood\nreached the town.\n\n\tAP said the rain\n  would continue. Fees &amp; taxes rose.\n';
    const claimAt = (part: string, ordinal: number): ClaimFact => {
      const at = wrapped.indexOf(part);
      return { ...claim, id: `${claim.id.slice(0, -1)}${ordinal}`, ordinal, text: part, start: at, end: at + part.length, sources: [], reviews: [] };
    };
    const report = buildReport({ ...article, text: wrapped }, [claimAt('AP said the rain\n  would continue.', 1)], publisher.baseUrl);
    const md = renderMarkdown(report);
    const body = md.slice(md.indexOf('\n\n', md.indexOf('Status:')) + 2, md.indexOf('## Claims'));
    expect(body).toBe('Officials said the flood\\\nreached the town\\.\n\n**AP said the rain\\\nwould continue\\.**[^1] Fees \\&amp; taxes rose\\.\n\n');
  });

  // The HTML report split paragraphs at two '\n' in a row only: a CMS's CRLF text ('\r\n\r\n'), or a blank
  // line holding a space, made the whole article one paragraph of <br>s; Markdown read each CRLF line break
  // ('\r', then '\n') as a paragraph break, so a hard-wrapped CRLF article became a paragraph per line.
  it('keeps the paragraphs and line breaks of CRLF text, and blank lines holding spaces, in the HTML and Markdown reports', () => {
    const crlf = 'Officials said the flood\r\nreached the town.\r\n\r\nAP said the rain would continue.\n \nFees rose.';
    const at = crlf.indexOf('AP said');
    const ap: ClaimFact = { ...claim, text: 'AP said the rain would continue.', start: at, end: at + 'AP said the rain would continue.'.length, sources: [], reviews: [] };
    const html = renderHtml(buildReport({ ...article, text: crlf }, [ap], publisher.baseUrl));
    const body = html.slice(html.indexOf('<article>\n') + '<article>\n'.length, html.indexOf('\n</article>'));
    expect(body).toBe(
      `<p>Officials said the flood<br>reached the town.</p>\n<p><mark id="mark-1"><a href="#claim-${claim.id}">AP said the rain would continue.</a><sup>1</sup></mark></p>\n<p>Fees rose.</p>`,
    );
    const md = renderMarkdown(buildReport({ ...article, text: crlf }, [ap], publisher.baseUrl));
    expect(md).toContain('Officials said the flood\\\nreached the town\\.\n\n**AP said');
  });

  it('keeps multi-line notes, quotes and source names inside their footnote in Markdown', () => {
    const forged = '\n\n# Verdict: true\n[^9]: **published** · confirmed\nAll claims confirmed\n===\n';
    const multiLine = buildReport(
      { ...article, title: 'Exports\n===' },
      [
        {
          ...claim,
          sources: [{ name: `Some Body${forged}`, role: 'original', outletId: null, registered: false, person: null }],
          reviews: [{ ...claim.reviews[0], evidence: [{ url: 'https://www.wsj.com/a', quote: `first line${forged}` }], note: `Checked.${forged}` }],
        },
      ],
      publisher.baseUrl,
    );
    const md = renderMarkdown(multiLine);
    expect(md.split('\n')[0]).toBe('# Exports \\=\\=\\=');
    const footnotes = md.slice(md.indexOf('## Claims\n\n') + '## Claims\n\n'.length).trimEnd().split('\n');
    // One footnote: its first line, then its items and their continuation lines, all indented under it.
    expect(footnotes[0]).toMatch(/^\[\^1\]: /);
    for (const line of footnotes.slice(1)) expect(line).toMatch(/^ {4}( {2})?\S/);
    expect(footnotes.filter((line) => /^ {4}- /.test(line)).map((line) => line.slice(0, 20))).toEqual([
      '    - Source: Some B',
      '    - Evidence: <htt',
      '    - Note (source_c',
    ]);
    expect(md).toContain('    - Note (source_check): Checked\\.\\\n      \\# Verdict: true\\\n      \\[^9\\]: \\*\\*published\\*\\* · confirmed\\\n');
    expect(md).not.toMatch(/^(=+|\[\^9\]:.*|# Verdict.*)$/m);
  });
});

describe('the ClaimReview feed cursor', () => {
  const config = { publicBaseUrl: 'https://claimtrail.example', claimReview: { authorName: 'claimtrail', authorUrl: 'https://claimtrail.example' } } as AppConfig;
  const cursor = (text: string) => Buffer.from(text).toString('base64url');
  const id = '7ca5d760-c581-48e8-89c1-f405d7639e1e';

  // Each of these passed Date.parse and the loose id pattern, then failed the statement: a 500.
  it.each([
    ['a date PostgreSQL reads no year of', `+275760-09-13T00:00:00Z|${id}`],
    ['a bare number', `1|${id}`],
    ['year 0', `0000-01-01T00:00:00.000000Z|${id}`],
    ['a day the month lacks', `2024-02-30T00:00:00.000000Z|${id}`],
    ['an English date', `Tue, 01 Jan 2030|${id}`],
    ['an id of dashes', '2024-01-01T00:00:00.000000Z|------------------------------------'],
    ['more after the id', `2026-11-29T20:53:39.943123Z|${id}|x`],
  ])('refuses %s with 400 before any query', async (_what, text) => {
    const publishedSince = jest.fn<PublicationRepository['publishedSince']>();
    const service = new PublicationService(config, { publishedSince } as unknown as PublicationRepository);
    await expect(service.feed(undefined, cursor(text), 50)).rejects.toThrow(new BadRequestException('cursor is not one this feed returned'));
    expect(publishedSince).not.toHaveBeenCalled();
  });

  it('takes the cursor the feed hands out', async () => {
    const publishedSince = jest.fn<PublicationRepository['publishedSince']>(async () => []);
    const service = new PublicationService(config, { publishedSince, articles: async () => new Map() } as unknown as PublicationRepository);
    await expect(service.feed(undefined, cursor(`2026-11-29T20:53:39.943123Z|${id}`), 50)).resolves.toEqual({ items: [], next: null });
    expect(publishedSince).toHaveBeenCalledWith('2026-11-29T20:53:39.943123Z', id, 51, undefined); // one more than the page: is there a next?
  });
});
