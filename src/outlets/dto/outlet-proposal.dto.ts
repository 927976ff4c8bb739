import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { CreateOutletDto } from './outlet.dto.js';
import { IsOmittable, IsOneLineName, IsPlainText } from '../../common/validation.js';

export class ProposeOutletDto {
  @ApiProperty({ example: 'IA Fact', description: 'The name as cited' })
  @IsOneLineName()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The claim that cites it' })
  @IsOmittable()
  @IsUUID('all', { message: 'claimId must be a UUID' })
  claimId?: string;
}

/** The outlet to create for a queued name; the name itself becomes an alias when it is not the outlet's name. */
export class AcceptProposalDto extends CreateOutletDto {
  // It becomes an alias when it is not the outlet's name: the aliases' rule, or an accept stored an
  // alias with line breaks, escapes or U+202E that POST and PATCH /v1/outlets refuse.
  @ApiProperty({ example: 'IA Fact', description: 'The queued name being accepted' })
  @IsOneLineName()
  @IsString()
  @Length(1, 200)
  proposedName!: string;
}

export class RejectProposalDto {
  @ApiProperty({ example: 'Leave a Reply', description: 'The queued name being rejected' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOmittable()
  @IsPlainText()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class OutletProposalResponse {
  @ApiProperty({ example: 'IA Fact' }) name!: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected'] }) status!: 'pending' | 'accepted' | 'rejected';
  @ApiProperty({ type: [String], description: 'Emails of the reviewers who proposed it' }) proposedBy!: string[];
  @ApiProperty({ type: 'integer', description: 'Articles in which the engine reported the name as an unregistered source' }) engineArticles!: number;
  @ApiProperty({ type: 'integer', description: 'Times the engine reported it, over those articles' }) engineMentions!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The outlet created when it was accepted' })
  outletId!: string | null;
}

export class OutletProposalQueueResponse {
  @ApiProperty({ type: [OutletProposalResponse], description: 'Proposed by reviewers first, then most reported by the engine' })
  items!: OutletProposalResponse[];
}
