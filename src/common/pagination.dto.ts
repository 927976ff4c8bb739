import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ToWholeNumber } from './validation.js';

/**
 * The largest offset, revision or other count a query may carry: PostgreSQL's
 * integer. A larger whole number (1e20 is one to JavaScript) would fail the
 * statement with an out-of-range error, a 500 instead of a 400.
 */
export const PG_INT_MAX = 2_147_483_647;

export class PaginationQuery {
  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200 })
  @ToWholeNumber()
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ type: 'integer', default: 0, minimum: 0, maximum: PG_INT_MAX })
  @ToWholeNumber()
  @IsInt()
  @Min(0)
  @Max(PG_INT_MAX)
  offset: number = 0;
}
