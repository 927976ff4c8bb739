import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_STATUSES } from '../../review/workflow.js';
import type { Claim } from '../claim.entity.js';
import type { ClaimSource } from '../claim-source.entity.js';
import type { CorrectedSource, SourceCorrection } from '../source-correction.entity.js';

export class SpanResponse {
  @ApiProperty({ type: 'integer' }) start!: number;
  @ApiProperty({ type: 'integer' }) end!: number;
}

export class ClaimSourceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'The Wall Street Journal' }) name!: string;
  @ApiProperty({ enum: ['original', 'relay'] }) role!: string;
  @ApiProperty({ example: 'newspaper', description: 'Outlet type, person or unknown' }) type!: string;
  @ApiProperty({ description: 'Whether the source is in the outlet registry' }) registered!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) outletId!: string | null;
  @ApiPropertyOptional({ description: 'A person speaking for the source' }) person?: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ type: SpanResponse, description: 'Where the source or its cue is named, in the article text' })
  cue!: SpanResponse;

  static of(s: ClaimSource): ClaimSourceResponse {
    return {
      id: s.id,
      name: s.name,
      role: s.role,
      type: s.type,
      registered: s.registered,
      outletId: s.outletId,
      ...(s.person ? { person: s.person } : {}),
      confidence: s.confidence,
      cue: { start: s.cueStart, end: s.cueEnd },
    };
  }
}

export class CorrectedSourceResponse {
  @ApiProperty({ example: 'The Wall Street Journal' }) name!: string;
  @ApiProperty({ enum: ['original', 'relay'] }) role!: 'original' | 'relay';
  @ApiProperty({ example: 'newspaper', description: 'Outlet type, person or unknown' }) type!: string;
  @ApiProperty({ description: 'Whether the source is in the outlet registry' }) registered!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) outletId!: string | null;
  @ApiProperty({ type: SpanResponse, nullable: true, description: 'Where the reviewer marked it in the article text' })
  cue!: SpanResponse | null;

  static of(s: CorrectedSource): CorrectedSourceResponse {
    return {
      name: s.name,
      role: s.role,
      type: s.type,
      registered: s.registered,
      outletId: s.outletId,
      cue: s.cueStart !== null && s.cueEnd !== null ? { start: s.cueStart, end: s.cueEnd } : null,
    };
  }
}

export class SourceCorrectionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ type: [CorrectedSourceResponse], description: 'The corrected chain; the engine’s stays in `sources`' })
  sources!: CorrectedSourceResponse[];
  @ApiProperty({ description: 'Cites unnamed sources, as the reviewer found' }) anonymous!: boolean;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The reviewer who corrected it' }) actorId!: string;
  @ApiProperty() createdAt!: Date;

  static of(k: Pick<SourceCorrection, 'id' | 'claimId' | 'sources' | 'anonymous' | 'note' | 'actorId' | 'createdAt'>): SourceCorrectionResponse {
    return {
      id: k.id,
      claimId: k.claimId,
      sources: k.sources.map(CorrectedSourceResponse.of),
      anonymous: k.anonymous,
      note: k.note,
      actorId: k.actorId,
      createdAt: k.createdAt,
    };
  }
}

export class ClaimResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty({ type: 'integer', description: 'Position in the article, from 0' }) ordinal!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ type: 'integer', description: 'Offset of the claim in the article text' }) start!: number;
  @ApiProperty({ type: 'integer', description: 'End offset (exclusive)' }) end!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) checkworthiness!: number;
  @ApiProperty({ enum: ['direct', 'inherited', 'none'] }) attribution!: string;
  @ApiProperty({ description: 'Cites unnamed sources ("officials said")' }) anonymous!: boolean;
  @ApiProperty({ description: 'Cites no source at all' }) unsourced!: boolean;
  @ApiProperty({ type: [ClaimSourceResponse], description: 'The sources the engine found (kept when a reviewer corrects them)' })
  sources!: ClaimSourceResponse[];
  @ApiProperty({
    type: SourceCorrectionResponse,
    nullable: true,
    description: 'A reviewer’s correction of the sources, the latest one the caller may see (one made in the round still open is shown to its author only, as grades are); null when there is none',
  })
  correction!: SourceCorrectionResponse | null;
  @ApiProperty({ enum: CLAIM_STATUSES, description: 'Review stage or end state (withdrawn: a revision of the article no longer has it)' })
  status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Attribution verdict so far' }) attributionVerdict!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Rating so far' }) rating!: string | null;
  @ApiProperty({ type: 'integer', description: 'The article revision whose analysis first found the claim' }) firstRevision!: number;
  @ApiProperty({ nullable: true, type: 'integer', description: 'When withdrawn: the article revision that no longer has its text' })
  withdrawnInRevision!: number | null;

  static of(c: Claim): ClaimResponse {
    return {
      id: c.id,
      articleId: c.articleId,
      ordinal: c.ordinal,
      text: c.text,
      start: c.start,
      end: c.end,
      checkworthiness: c.checkworthiness,
      attribution: c.attribution,
      anonymous: c.anonymous,
      unsourced: c.unsourced,
      sources: (c.sources ?? []).map(ClaimSourceResponse.of),
      correction: c.corrections?.[0] ? SourceCorrectionResponse.of(c.corrections[0]) : null,
      status: c.status,
      attributionVerdict: c.attributionVerdict,
      rating: c.rating,
      firstRevision: c.firstRevision,
      withdrawnInRevision: c.withdrawnInRevision,
    };
  }
}
