import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsHttpUrl, IsOmittable, IsPlainText } from '../../common/validation.js';
import { VISIBLE_CHARACTER } from '../../common/visible-text.js';
import {
  ATTRIBUTION_VERDICTS,
  DECISIONS,
  RATINGS,
  REVIEW_STAGES,
  SEND_BACK_TARGETS,
  type AttributionVerdict,
  type Decision,
  type Rating,
  type ReviewStage,
  type SendBackTarget,
} from '../workflow.js';

export class EvidenceDto {
  @ApiProperty({ example: 'https://www.wsj.com/world/asia/north-korea-russia-troops' })
  @IsHttpUrl('url')
  url!: string;

  @ApiPropertyOptional({ description: 'The passage of the source that bears on the claim', maxLength: 5000 })
  @IsOmittable()
  @IsPlainText()
  @IsString()
  @MaxLength(5000)
  quote?: string;

  @ApiPropertyOptional({ example: 'https://web.archive.org/web/2024/https://www.wsj.com/...' })
  @IsOmittable()
  @IsHttpUrl('archivedUrl')
  archivedUrl?: string;
}

/**
 * A grade. Which fields a stage needs is checked after the shape (see
 * gradeProblem): source_check an attribution verdict and evidence, verdict a
 * rating and a note, approval a decision and a note.
 */
export class SubmitReviewDto {
  @ApiProperty({ enum: REVIEW_STAGES, description: 'The stage being graded: must be the claim’s current stage' })
  @IsIn(REVIEW_STAGES, { message: `stage must be one of: ${REVIEW_STAGES.join(', ')}` })
  stage!: ReviewStage;

  @ApiPropertyOptional({ enum: ATTRIBUTION_VERDICTS, description: 'Required at source_check' })
  @IsOmittable()
  @IsIn(ATTRIBUTION_VERDICTS, { message: `attributionVerdict must be one of: ${ATTRIBUTION_VERDICTS.join(', ')}` })
  attributionVerdict?: AttributionVerdict;

  @ApiPropertyOptional({ enum: RATINGS, description: 'Required at verdict' })
  @IsOmittable()
  @IsIn(RATINGS, { message: `rating must be one of: ${RATINGS.join(', ')}` })
  rating?: Rating;

  @ApiPropertyOptional({ enum: DECISIONS, description: 'Required at approval' })
  @IsOmittable()
  @IsIn(DECISIONS, { message: `decision must be one of: ${DECISIONS.join(', ')}` })
  decision?: Decision;

  @ApiPropertyOptional({ enum: SEND_BACK_TARGETS, description: 'With send_back: the stage the claim returns to (default verdict)' })
  @IsOmittable()
  @IsIn(SEND_BACK_TARGETS, { message: `returnTo must be one of: ${SEND_BACK_TARGETS.join(', ')}` })
  returnTo?: SendBackTarget;

  @ApiPropertyOptional({ type: [EvidenceDto], description: 'At least one at source_check, unless not_applicable' })
  @IsOmittable()
  @IsArray({ message: 'evidence must be an array of {url, quote?, archivedUrl?}' })
  @ArrayMaxSize(50)
  // ValidateNested passes a list in the place of a piece ([[{url}]]), which became a piece without a URL.
  @IsObject({ each: true, message: 'evidence must be an array of {url, quote?, archivedUrl?}' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];

  @ApiPropertyOptional({ maxLength: 10_000, description: 'Required at verdict and approval; a send-back note is shown to the next reviewer' })
  @IsOmittable()
  @IsPlainText()
  @IsString()
  @MaxLength(10_000)
  note?: string;
}

export class DismissClaimDto {
  // The reason stands in the claim's history for why nobody reviews it: it must say something.
  // Rules run bottom-up: the type first, so null is "must be a string", not a length.
  @ApiProperty({ example: 'Opinion, not a checkable claim', maxLength: 2000 })
  @MaxLength(2000)
  @IsPlainText()
  @Matches(VISIBLE_CHARACTER, { message: 'reason must not be empty' })
  @IsString({ message: 'reason must be a string' })
  reason!: string;
}
