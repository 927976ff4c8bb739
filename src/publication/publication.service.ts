import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ClaimReview, WithContext } from 'schema-dts';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { claimReview, type Publisher } from './claimreview.builder.js';
import { PublicationRepository } from './publication.repository.js';
import { buildReport, renderHtml, renderMarkdown, type Report, type ReportFormat } from './report.renderer.js';

/**
 * ClaimReview markup for published claims, and article reports. Each read takes
 * `owner`, the submitter an own-articles-only API key is limited to (readableBy):
 * another desk's article or claim is not found, as on the article routes.
 */
@Injectable()
export class PublicationService {
  private readonly publisher: Publisher;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly facts: PublicationRepository,
  ) {
    this.publisher = {
      baseUrl: config.publicBaseUrl,
      authorName: config.claimReview.authorName,
      authorUrl: config.claimReview.authorUrl,
      pageUrl: config.claimReview.pageUrl,
    };
  }

  async forClaim(id: string, owner?: string): Promise<WithContext<ClaimReview>> {
    const claim = await this.facts.claim(id, owner);
    if (claim.status !== 'published') throw new NotFoundException('the claim is not published: ClaimReview exists for published claims only');
    return claimReview(claim, await this.facts.article(claim.articleId), this.publisher);
  }

  async forArticle(id: string, owner?: string): Promise<WithContext<ClaimReview>[]> {
    const article = await this.facts.article(id, owner);
    return (await this.facts.claimsOf(id, true)).map((claim) => claimReview(claim, article, this.publisher));
  }

  async feed(since: Date | undefined, cursor: string | undefined, limit: number, owner?: string) {
    const from = cursor ? decodeCursor(cursor) : { at: (since ?? new Date(0)).toISOString(), id: null };
    // One more than the page: a `next` only when something follows (a full last page led to an empty one).
    const found = await this.facts.publishedSince(from.at, from.id, limit + 1, owner);
    const claims = found.slice(0, limit);
    const articles = await this.facts.articles([...new Set(claims.map((c) => c.articleId))]);
    const last = claims.at(-1);
    return {
      items: claims.map((c) => claimReview(c, articles.get(c.articleId)!, this.publisher)),
      next: last && found.length > limit ? encodeCursor(last.cursorAt, last.id) : null,
    };
  }

  async report(articleId: string, format: ReportFormat, owner?: string): Promise<{ type: string; body: string | Report }> {
    const article = await this.facts.article(articleId, owner);
    const report = buildReport(article, await this.facts.claimsOf(articleId, false), this.publisher.baseUrl);
    switch (format) {
      case 'md':
        return { type: 'text/markdown; charset=utf-8', body: renderMarkdown(report) };
      case 'html':
        return { type: 'text/html; charset=utf-8', body: renderHtml(report) };
      default:
        return { type: 'application/json; charset=utf-8', body: report };
    }
  }
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

// The form publishedSince hands out (microseconds, UTC), from year 1: year 0 is no PostgreSQL year.
const CURSOR_AT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A cursor goes into the statement as a timestamptz and a uuid, so anything
 * PostgreSQL would not parse is refused here (400) rather than there (500):
 * Date.parse alone takes "1", "+275760-09-13" and February 30.
 */
function decodeCursor(cursor: string): { at: string; id: string } {
  // Exactly two parts: 'at|id|anything' was taken as 'at|id', so a cursor no feed hands out passed.
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const [at, id] = parts;
  if (parts.length !== 2 || !at || !id || !CURSOR_AT.test(at) || !isCalendarTime(at) || !UUID.test(id)) {
    throw new BadRequestException('cursor is not one this feed returned');
  }
  return { at, id };
}

/** True when `at` names a real date and time: JavaScript rolls 2024-02-30 over to March, PostgreSQL refuses it. */
function isCalendarTime(at: string): boolean {
  const parsed = new Date(at);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === at.slice(0, 19);
}
