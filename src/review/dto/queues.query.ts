import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ToWholeNumber } from '../../common/validation.js';
import { ClaimFilterQuery, toBoolean } from './claim-filter.query.js';

/** The inbox's filters: they narrow both the per-stage counts and the list of claims. */
export class QueuesQuery extends ClaimFilterQuery {
  @ApiPropertyOptional({ description: 'Only the claims you hold a live lease on now' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 0, maximum: 200, description: 'Claims listed (0: counts only)' })
  @ToWholeNumber()
  @IsInt()
  @Min(0)
  @Max(200)
  limit: number = 50;
}
