import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ClaimResponse } from '../../claims/dto/claim.response.js';
import { EvidenceDto } from './submit-review.dto.js';
import { ATTRIBUTION_VERDICTS, DECISIONS, RATINGS, REVIEW_STAGES } from '../workflow.js';

export class ReviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ enum: REVIEW_STAGES }) stage!: string;
  @ApiProperty({ type: 'integer', description: 'The claim’s round (one per entry into a stage)' }) round!: number;
  @ApiProperty({ format: 'uuid' }) reviewerId!: string;
  @ApiProperty({ enum: ATTRIBUTION_VERDICTS, nullable: true, type: String }) attributionVerdict!: string | null;
  @ApiProperty({ enum: RATINGS, nullable: true, type: String }) rating!: string | null;
  @ApiProperty({ enum: DECISIONS, nullable: true, type: String }) decision!: string | null;
  @ApiProperty({ nullable: true, type: String }) returnTo!: string | null;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class GradeResponse extends ReviewResponse {
  @ApiProperty({ nullable: true, type: String, description: 'Who gave the grade: their e-mail address' }) reviewerName!: string | null;
}

export class LeaseResponse {
  @ApiProperty({ format: 'date-time' }) expiresAt!: Date;
}

export class LeasedArticleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The analysed text; claim start/end index it' }) text!: string | null;
}

export class LeasedClaimResponse extends ClaimResponse {
  @ApiProperty({ type: 'integer' }) round!: number;
  @ApiProperty({ type: 'integer', description: 'Optimistic-locking version' }) version!: number;
  @ApiPropertyOptional({ description: 'Earlier verdicts on the same claim text and the cited outlets’ track records' })
  context!: unknown;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'A send-back note for this reviewer' })
  note!: string | null;
  @ApiPropertyOptional({ type: [GradeResponse], description: 'At escalated: the grades that disagreed' })
  disagreement!: GradeResponse[];
  @ApiProperty({
    type: [GradeResponse],
    description:
      'What the earlier stages recorded: every grade of the claim’s closed rounds (verdicts, ratings, decisions, ' +
      'evidence, notes, who gave each), oldest first. Grades of the current round are never shown (blind grading).',
  })
  earlierStages!: GradeResponse[];
}

export class NextClaimResponse {
  @ApiProperty({ type: LeasedClaimResponse }) claim!: LeasedClaimResponse;
  @ApiProperty({ type: LeasedArticleResponse }) article!: LeasedArticleResponse;
  @ApiProperty({ type: LeaseResponse }) lease!: LeaseResponse;
}

export class AgreementResponse {
  @ApiProperty({ type: 'integer' }) rounds!: number;
  @ApiProperty({ type: 'integer' }) agreed!: number;
}

export class StageQueueResponse {
  @ApiProperty({ enum: REVIEW_STAGES }) stage!: string;
  @ApiProperty({ type: 'integer' }) waiting!: number;
  @ApiProperty({ type: 'integer' }) leased!: number;
  @ApiProperty({ type: 'integer', description: 'Of the leased, those you hold now' }) held!: number;
  @ApiProperty({ type: 'integer', description: 'In the stage, its machine step not done yet' }) preparing!: number;
  @ApiProperty({ type: 'integer' }) oldestAgeSeconds!: number;
  @ApiProperty({ type: AgreementResponse }) agreement!: AgreementResponse;
}

export class InboxClaimResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: REVIEW_STAGES }) stage!: string;
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty({ nullable: true, type: String }) articleTitle!: string | null;
  @ApiProperty({ description: 'Cites no source at all, by the latest correction of its sources you may see, else by the engine' }) unsourced!: boolean;
  @ApiProperty() checkworthiness!: number;
  @ApiProperty({ description: 'Someone holds a live lease on it' }) leased!: boolean;
  @ApiProperty({ description: 'You hold it' }) mine!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When your lease ends (yours only)' })
  leaseExpiresAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) queuedAt!: Date;
}

export class QueuesResponse {
  @ApiProperty({ type: [StageQueueResponse] }) stages!: StageQueueResponse[];
  @ApiProperty({
    type: [InboxClaimResponse],
    description: 'The claims in the inboxes that match the filters: yours first, then in the order they are handed out',
  })
  claims!: InboxClaimResponse[];
}

export class HistoryEntryResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'claim.leased' }) action!: string;
  @ApiProperty({
    type: 'object',
    properties: {
      type: { type: 'string' },
      id: { type: 'string', nullable: true },
      name: { type: 'string', nullable: true, description: 'A person’s e-mail address; null for the system and API keys' },
    },
  })
  actor!: { type: string; id: string | null; name: string | null };
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) before!: unknown;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description:
      'For review.submitted in the claim’s current round by someone else: only {stage, round, blind: true} until the round closes',
  })
  after!: unknown;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty() at!: Date;
}

export class RoleRecordResponse {
  @ApiProperty({ type: 'integer' }) claims!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) attributionVerdicts!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) ratings!: Record<string, number>;
}

export class TrackRecordResponse {
  @ApiProperty({ format: 'uuid' }) outletId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: RoleRecordResponse, description: 'Published claims citing the outlet as original reporter' })
  asOriginal!: RoleRecordResponse;
  @ApiProperty({ type: RoleRecordResponse, description: 'Published claims the outlet relayed from someone else' })
  asRelay!: RoleRecordResponse;
}
