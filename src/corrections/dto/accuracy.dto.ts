import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDate, IsOptional } from 'class-validator';
import { IsTimestampInRange, ToIsoDate } from '../../common/validation.js';

// Read by ToIsoDate, as the other date query parameters are: IsISO8601's strict check read a year below 1000
// ("0001-01-01") as one in this century and refused it as "not an ISO 8601 date".
const FORMS = 'A date (UTC midnight) or a date-time; without an offset, UTC. Years 0001 to 9999.';

export class AccuracyQuery {
  @ApiPropertyOptional({
    type: String,
    example: '2026-11-01T00:00:00Z',
    description: `Start of the period (inclusive); default 30 days before \`to\`. ${FORMS}`,
  })
  @IsOptional()
  @ToIsoDate()
  @IsDate({ message: 'from must be an ISO 8601 date, e.g. 2026-11-01 or 2026-11-01T00:00:00Z' })
  @IsTimestampInRange()
  from?: Date;

  @ApiPropertyOptional({ type: String, example: '2026-12-01T00:00:00Z', description: `End of the period (exclusive); default now. ${FORMS}` })
  @IsOptional()
  @ToIsoDate()
  @IsDate({ message: 'to must be an ISO 8601 date, e.g. 2026-12-01 or 2026-12-01T00:00:00Z' })
  @IsTimestampInRange()
  to?: Date;
}

export class AccuracyFiguresResponse {
  @ApiProperty({ type: 'integer', description: 'Sources the engine found that reviewers kept (same source, same role)' }) truePositives!: number;
  @ApiProperty({ type: 'integer', description: 'Sources the engine found that reviewers removed or changed' }) falsePositives!: number;
  @ApiProperty({ type: 'integer', description: 'Sources reviewers added that the engine missed' }) falseNegatives!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'truePositives / (truePositives + falsePositives); null without data' })
  precision!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'truePositives / (truePositives + falseNegatives); null without data' })
  recall!: number | null;
}

export class TypeAccuracyResponse extends AccuracyFiguresResponse {
  @ApiProperty({ example: 'newspaper', description: 'Outlet type (person or unknown for sources outside the registry)' }) type!: string;
}

export class AccuracyResponse {
  @ApiProperty() from!: Date;
  @ApiProperty() to!: Date;
  @ApiProperty({ type: 'integer', description: 'Claims whose sources a reviewer checked in the period (graded at source_check)' }) claimsChecked!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, claims whose sources a reviewer corrected' }) claimsCorrected!: number;
  @ApiProperty({ type: AccuracyFiguresResponse }) overall!: AccuracyFiguresResponse;
  @ApiProperty({ type: [TypeAccuracyResponse], description: 'Per outlet type, by name' }) byType!: TypeAccuracyResponse[];
}
