import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { PaginationQuery } from '../../common/pagination.dto.js';
import { IsDate, IsIn, IsOptional, IsString } from 'class-validator';
import { IsTimestampInRange, ToIsoDate } from '../../common/validation.js';
import { REPORT_FORMATS } from '../report.renderer.js';
import { CLAIMREVIEW_EXAMPLE as EXAMPLE } from './claimreview-example.js';

export class ReportQuery {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'Default: the best of the Accept header (JSON without one)' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: `format must be one of: ${REPORT_FORMATS.join(', ')}` })
  format?: (typeof REPORT_FORMATS)[number];
}

export class ClaimReviewFeedQuery extends PickType(PaginationQuery, ['limit'] as const) {
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Claims published at or after (default: the beginning)' })
  @IsOptional()
  @ToIsoDate()
  @IsDate({ message: 'since must be an ISO 8601 date-time' })
  @IsTimestampInRange()
  since?: Date;

  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

/** schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), typed with schema-dts. */
export class ClaimReviewDocument {
  @ApiProperty({ example: EXAMPLE['@context'] }) '@context'!: string;
  @ApiProperty({ example: EXAMPLE['@type'] }) '@type'!: string;
  @ApiProperty({ example: EXAMPLE.url, description: 'Where the review is published: CLAIMREVIEW_PAGE_URL, else the claim in the article report' })
  url!: string;
  @ApiProperty({ example: EXAMPLE.claimReviewed }) claimReviewed!: string;
  @ApiProperty({ example: EXAMPLE.author, description: 'Organization (CLAIMREVIEW_AUTHOR_NAME, CLAIMREVIEW_AUTHOR_URL)' }) author!: object;
  @ApiPropertyOptional({ format: 'date-time', example: EXAMPLE.datePublished }) datePublished?: string;
  @ApiProperty({ example: EXAMPLE.reviewBody, description: 'States the attribution verdict and the rating' }) reviewBody!: string;
  @ApiProperty({
    example: EXAMPLE.reviewRating,
    description: 'Rating: ratingValue 1 (false) to 5 (true) with bestRating 5 and worstRating 1, and alternateName; unverifiable is alternateName alone',
  })
  reviewRating!: object;
  @ApiProperty({
    example: EXAMPLE.itemReviewed,
    description:
      'Claim with author (the original source, or a Person speaking for it with the source as affiliation), ' +
      "datePublished (the article's publishedAt, when it has one), appearance (the article, the relay) and " +
      'firstAppearance (the original source); when the attribution was ' +
      'refuted (misattributed, distorted, source not found) no source is named: no author, and the article is its appearance. ' +
      'The article is a work here only when it has a url or a title; with neither, and nothing else to name, appearance and firstAppearance are left out',
  })
  itemReviewed!: object;
}

export class ClaimReviewList {
  @ApiProperty({ type: [ClaimReviewDocument] }) items!: ClaimReviewDocument[];
}

export class ClaimReviewFeed {
  @ApiProperty({ type: [ClaimReviewDocument] }) items!: ClaimReviewDocument[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null at the end' })
  next!: string | null;
}

export class ReportClaimDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ type: 'integer' }) start!: number;
  @ApiProperty({ type: 'integer' }) end!: number;
  @ApiProperty() status!: string;
  @ApiProperty({ type: [String], example: ['IA Fact -> The Wall Street Journal'], description: 'relay -> original' }) sources!: string[];
  @ApiProperty({ type: String, nullable: true }) attributionVerdict!: string | null;
  @ApiProperty({ type: String, nullable: true }) rating!: string | null;
  @ApiProperty({ description: 'The attribution verdict in words' }) statement!: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: '{url, quote?, archivedUrl?} from the reviews' }) evidence!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: "{stage, note}: reviewers' notes" }) notes!: object[];
}

export class ReportArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) externalId!: string | null;
  @ApiProperty({ type: String, nullable: true }) byline!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty() link!: string;
}

export class ReportDto {
  @ApiProperty({ type: ReportArticleDto }) article!: ReportArticleDto;
  @ApiProperty({ description: 'The analysed text; claim offsets index it' }) text!: string;
  @ApiProperty({ type: [ReportClaimDto] }) claims!: ReportClaimDto[];
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
}
