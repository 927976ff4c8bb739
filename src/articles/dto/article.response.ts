import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ExcludedSegment, UnregisteredSource } from '../../analysis/index.js';
import { ClaimResponse } from '../../claims/dto/claim.response.js';
import { CLAIM_STATUSES } from '../../review/workflow.js';
import type { Claim } from '../../claims/claim.entity.js';
import { ARTICLE_STATUSES, type Article, type ArticleStatus } from '../article.entity.js';
import type { ClaimsRevision, Revision } from '../article-revisions.repository.js';
import { FAILURE_CODES } from '../failure.js';

export class SubmitArticleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ARTICLE_STATUSES, example: 'received' }) status!: ArticleStatus;
  @ApiProperty({ type: 'integer', example: 1, description: 'The current revision (1, and one more for each new text)' }) revision!: number;
}

export class RevisionResponse {
  @ApiProperty({ type: 'integer', example: 2 }) revision!: number;
  @ApiProperty({ enum: ['submitted', 'revised'] }) reason!: string;
  @ApiProperty({ enum: ['text', 'html'] }) inputFormat!: 'text' | 'html';
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When its latest analysis finished' })
  analyzedAt!: Date | null;
  @ApiProperty({ type: 'integer', description: 'How many times it was analysed (re-analysis runs it again)' }) analyses!: number;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Claims it has (null until analysed)' }) claimCount!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Claims kept from before, by normalised text' }) carriedOver!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'New or reworded claims, sent to review' }) added!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Claims no longer in the text, withdrawn' }) withdrawn!: number | null;
}

export class RevisionListResponse {
  @ApiProperty({ type: [RevisionResponse], description: 'Oldest first' }) items!: RevisionResponse[];
}

export class ExcludedSegmentResponse {
  @ApiProperty() text!: string;
  @ApiProperty({ type: 'integer' }) start!: number;
  @ApiProperty({ type: 'integer' }) end!: number;
  @ApiProperty({ example: 'byline' }) reason!: string;
}

export class UnregisteredSourceResponse {
  @ApiProperty({ example: 'Kyiv Independent' }) name!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class ArticleSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ARTICLE_STATUSES }) status!: ArticleStatus;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: FAILURE_CODES,
    description: 'Why analysis failed, as a stable code, when status is failed',
  })
  failureCode!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why analysis failed, for people, when status is failed' })
  failureReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) byline!: string | null;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String }) externalId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: Date | null;
  @ApiProperty({ enum: ['text', 'html'] }) inputFormat!: 'text' | 'html';
  @ApiProperty({ type: 'integer' }) claimCount!: number;
  @ApiProperty({ type: 'integer', description: 'Claims citing no source at all' }) unsourcedClaimCount!: number;
  @ApiProperty({ type: 'integer', description: 'Claims found beyond the per-article limit and not stored' }) claimsTruncated!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) analyzedAt!: Date | null;
  @ApiProperty({ type: 'integer', example: 1, description: 'The current revision (1, and one more for each new text)' }) revision!: number;

  static of(a: Article): ArticleSummaryResponse {
    return {
      id: a.id,
      status: a.status,
      failureCode: a.failureCode,
      failureReason: a.failureReason,
      title: a.title,
      byline: a.byline,
      url: a.url,
      externalId: a.externalId,
      publishedAt: a.publishedAt,
      inputFormat: a.inputFormat,
      claimCount: a.claimCount,
      unsourcedClaimCount: a.unsourcedClaimCount,
      claimsTruncated: a.claimsTruncated,
      createdAt: a.createdAt,
      analyzedAt: a.analyzedAt,
      revision: a.revision,
    };
  }
}

export class ClaimPageInfo {
  @ApiProperty({ type: 'integer', description: 'Claims of the article in all' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
}

export class ArticleResponse extends ArticleSummaryResponse {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The analysed text that claim offsets point into: the submitted text, or the text extracted from html',
  })
  text!: string | null;

  @ApiProperty({
    type: 'integer',
    description:
      'The revision shown: the one asked for (?revision=), else the one the claims are of, the current one once it is ' +
      'analysed (while a newer revision is in analysis, or its analysis failed, the latest analysed one, with its text)',
  })
  shownRevision!: number;

  @ApiProperty({ type: [ClaimResponse], description: 'One page of claims in reading order (query limit, offset)' })
  claims!: ClaimResponse[];
  @ApiProperty({ type: ClaimPageInfo }) claimsPage!: ClaimPageInfo;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { queued: 0, source_check: 9, verdict: 60, approval: 3, published: 3, dismissed: 0, escalated: 0 },
    description: 'Review progress: how many claims are at each stage or end state',
  })
  progress!: Record<string, number>;
  @ApiProperty({ type: [ExcludedSegmentResponse], description: 'Segments set aside: bylines, headings, boilerplate' })
  excluded!: ExcludedSegment[];
  @ApiProperty({ type: [UnregisteredSourceResponse], description: 'Names that look like cited outlets but are not in the registry' })
  unregisteredSources!: UnregisteredSource[];

  /** The article's claims now, on the text of `shown`, the revision they are of (see ArticlesService.claimsRevision). */
  static withClaims(
    a: Article,
    shown: ClaimsRevision,
    claims: Claim[],
    page: { limit: number; offset: number },
    progress: Record<string, number>,
  ): ArticleResponse {
    return {
      ...ArticleSummaryResponse.of(a),
      shownRevision: shown.revision,
      text: shown.text,
      claims: claims.map(ClaimResponse.of),
      claimsPage: { total: a.claimCount, limit: page.limit, offset: page.offset },
      progress: { ...Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])), ...progress },
      excluded: a.excluded,
      unregisteredSources: a.unregisteredSources,
    };
  }

  /** An earlier revision: its text and its claims (as that analysis left them, with their review state now). */
  static atRevision(a: Article, revision: Revision, claims: Claim[], page: { limit: number; offset: number }): ArticleResponse {
    const shown = claims.slice(page.offset, page.offset + page.limit);
    const progress: Record<string, number> = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0]));
    for (const c of claims) progress[c.status] += 1;
    return {
      ...ArticleSummaryResponse.of(a),
      // Its own title: one sent without a title kept the one before, and an untitled one has none.
      title: revision.title,
      inputFormat: revision.inputFormat,
      claimCount: claims.length,
      unsourcedClaimCount: claims.filter((c) => c.unsourced).length,
      analyzedAt: revision.analyzedAt,
      shownRevision: revision.revision,
      text: revision.text,
      claims: shown.map(ClaimResponse.of),
      claimsPage: { total: claims.length, limit: page.limit, offset: page.offset },
      progress,
      // Not kept per revision: what the current analysis set aside and could not place.
      excluded: a.excluded,
      unregisteredSources: a.unregisteredSources,
    };
  }
}

export class ArticleListResponse {
  @ApiProperty({ type: [ArticleSummaryResponse] }) items!: ArticleSummaryResponse[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
}
