import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsOmittable, IsOneLineName, IsPlainText } from '../../common/validation.js';

export const MAX_CORRECTED_SOURCES = 10;

export class SpanDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  start!: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Exclusive' })
  @IsInt()
  @Min(1)
  end!: number;
}

/** One source of the corrected chain: a registry outlet, or a name the registry may lack. */
export class CorrectedSourceDto {
  @ApiProperty({ enum: ['original', 'relay'], description: 'original: who first reported it; relay: who passed it on' })
  @IsIn(['original', 'relay'], { message: 'role must be one of: original, relay' })
  role!: 'original' | 'relay';

  @ApiPropertyOptional({ format: 'uuid', description: 'A registry outlet (give this or name)' })
  @IsOmittable()
  @IsUUID('all', { message: 'outletId must be a UUID' })
  outletId?: string;

  // Shown to every later reviewer and proposed to the registry as it stands: one line, as registry
  // names and proposals must be. It took line breaks, terminal escapes and U+202E (a name that reads
  // backwards). A name selected across a line break in the article is still one name: whitespace
  // runs become a space.
  @ApiPropertyOptional({ example: 'IA Fact', description: 'A name, registered or not (give this or outletId)' })
  @IsOmittable()
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, ' ') : value))
  @IsOneLineName()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: SpanDto, description: 'Where the source is named in the article text' })
  @IsOmittable()
  // ValidateNested alone passes a list ([{start, end}]), which was then dropped: the cue saved as null.
  @IsObject({ message: 'cue must be an object {start, end}' })
  @ValidateNested()
  @Type(() => SpanDto)
  cue?: SpanDto;
}

/**
 * The whole corrected chain: to swap original and relay send them with their
 * roles exchanged, to remove a source leave it out.
 */
export class CorrectSourcesDto {
  @ApiProperty({ type: [CorrectedSourceDto], maxItems: MAX_CORRECTED_SOURCES })
  @IsArray()
  @ArrayMaxSize(MAX_CORRECTED_SOURCES)
  @IsObject({ each: true, message: 'sources must be an array of {role, outletId | name, cue?}' })
  @ValidateNested({ each: true })
  @Type(() => CorrectedSourceDto)
  sources!: CorrectedSourceDto[];

  @ApiProperty({ description: 'The claim cites unnamed sources ("officials said")' })
  @IsBoolean()
  anonymous!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOmittable()
  @IsPlainText()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
