import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ToWholeNumber } from '../../common/validation.js';
import { PG_INT_MAX } from '../../common/pagination.dto.js';

export const CLAIM_PAGE_DEFAULT = 100;
// As many as an article may have (ARTICLE_MAX_CLAIMS' default), so the review UI reads an article in one page.
export const CLAIM_PAGE_MAX = 1000;

/** A page of an article's claims in reading order: a long article would otherwise answer megabytes. */
export class ClaimPageQuery {
  @ApiPropertyOptional({ type: 'integer', default: CLAIM_PAGE_DEFAULT, minimum: 1, maximum: CLAIM_PAGE_MAX, description: 'Claims per page' })
  @ToWholeNumber()
  @IsInt()
  @Min(1)
  @Max(CLAIM_PAGE_MAX)
  limit: number = CLAIM_PAGE_DEFAULT;

  @ApiPropertyOptional({ type: 'integer', default: 0, minimum: 0, maximum: PG_INT_MAX, description: 'Claims to skip (their ordinal)' })
  @ToWholeNumber()
  @IsInt()
  @Min(0)
  @Max(PG_INT_MAX)
  offset: number = 0;
}

/** GET /v1/articles/:id: a page of claims, of the current revision or an earlier one. */
export class ArticleQuery extends ClaimPageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: PG_INT_MAX, description: 'An earlier revision: its text, and its claims as its analysis left them, each with its review state now' })
  @IsOptional()
  @ToWholeNumber()
  @IsInt({ message: 'revision must be a whole number' })
  @Min(1)
  @Max(PG_INT_MAX)
  revision?: number;
}
