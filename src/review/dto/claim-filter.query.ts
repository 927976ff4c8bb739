import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The inbox's filters on claims, shared by the inbox (GET /v1/queues) and the next claim (POST …/next). */
export class ClaimFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only claims of this article' })
  @IsOptional()
  @IsUUID('all', { message: 'articleId must be a UUID' })
  articleId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only claims citing this outlet (as original or relay)' })
  @IsOptional()
  @IsUUID('all', { message: 'outletId must be a UUID' })
  outletId?: string;

  @ApiPropertyOptional({ description: 'Only claims citing no source at all, by the latest correction of their sources you may see, else by the engine' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'unsourced must be true or false' })
  unsourced?: boolean;

  @ApiPropertyOptional({
    maxLength: 200,
    description:
      'Full-text search over the claims’ text (English stemming, diacritics ignored; "quoted phrases", -excluded, or). ' +
      'A query made only of English stop words ("US", "who") matches those words whole, in order.',
  })
  @IsOptional()
  @IsString({ message: 'q must be a string' })
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;
}
