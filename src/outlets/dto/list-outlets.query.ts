import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OUTLET_TYPES, type OutletType } from '../../analysis/outlets.js';
import { PaginationQuery } from '../../common/pagination.dto.js';

export const OUTLET_SORTS = ['name', 'confirmed', 'misattributed', 'distorted', 'source_not_found'] as const;
export type OutletSort = (typeof OUTLET_SORTS)[number];

export class ListOutletsQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Search the name, aliases, slug and domains (any part, any case), or an abbreviation (whole, any case)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: OUTLET_TYPES })
  @IsOptional()
  @IsIn(OUTLET_TYPES)
  type?: OutletType;

  @ApiPropertyOptional({
    enum: OUTLET_SORTS,
    description:
      'name (default), or a track record: most published claims citing the outlet with that attribution verdict first ' +
      '(see GET /v1/outlets/:id/record)',
  })
  @IsOptional()
  @IsIn(OUTLET_SORTS, { message: `sort must be one of: ${OUTLET_SORTS.join(', ')}` })
  sort?: OutletSort;
}
