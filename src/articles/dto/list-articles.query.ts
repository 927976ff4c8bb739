import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../../common/pagination.dto.js';
import { ARTICLE_STATUSES, type ArticleStatus } from '../article.entity.js';

export class ListArticlesQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: ARTICLE_STATUSES })
  @IsOptional()
  @IsIn(ARTICLE_STATUSES, { message: `status must be one of: ${ARTICLE_STATUSES.join(', ')}` })
  status?: ArticleStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only articles with a claim citing this outlet: a claim of the current text (not one a revision withdrew), by its sources as reviewers corrected them' })
  @IsOptional()
  @IsUUID('all', { message: 'outletId must be a UUID' })
  outletId?: string;

  @ApiPropertyOptional({ description: 'Only articles with at least one claim citing no source' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unsourced must be true or false' })
  unsourced?: boolean;
}
