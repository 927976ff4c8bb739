import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ClaimFilterQuery } from './claim-filter.query.js';

/** Which claim to skip, and the inbox's filters the next one must pass. */
export class NextClaimQuery extends ClaimFilterQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The claim you hold and are skipping: it goes back to its inbox and you get the best claim after it',
  })
  @IsOptional()
  @IsUUID('all', { message: 'skip must be a UUID' })
  skip?: string;
}
