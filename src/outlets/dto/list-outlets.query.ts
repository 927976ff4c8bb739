import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OUTLET_TYPES, type OutletType } from '../../analysis/index.js';
import { PaginationQuery } from '../../common/pagination.dto.js';

export class ListOutletsQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Search name, slug or exact abbreviation' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: OUTLET_TYPES })
  @IsOptional()
  @IsIn(OUTLET_TYPES)
  type?: OutletType;
}
