import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ToWholeNumber } from '../../common/validation.js';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The inbox's filters: they narrow both the per-stage counts and the list of claims. */
export class QueuesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only claims of this article' })
  @IsOptional()
  @IsUUID('all', { message: 'articleId must be a UUID' })
  articleId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only claims citing this outlet (as original or relay)' })
  @IsOptional()
  @IsUUID('all', { message: 'outletId must be a UUID' })
  outletId?: string;

  @ApiPropertyOptional({ description: 'Only claims citing no source at all' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'unsourced must be true or false' })
  unsourced?: boolean;

  @ApiPropertyOptional({
    maxLength: 200,
    description:
      'Full-text search over the claims’ text (English stemming; "quoted phrases", -excluded, or). ' +
      'A query made only of English stop words ("US", "who") matches those words whole, in order.',
  })
  @IsOptional()
  @IsString({ message: 'q must be a string' })
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;

  @ApiPropertyOptional({ description: 'Only the claims you hold a live lease on now' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 0, maximum: 200, description: 'Claims listed (0: counts only)' })
  @ToWholeNumber()
  @IsInt({ message: 'limit must be an integer' })
  @Min(0)
  @Max(200)
  limit: number = 50;
}
