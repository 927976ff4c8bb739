import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsFQDN,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { OUTLET_TYPES, type OutletType } from '../../analysis/outlets.js';
import { IsOmittable, IsOneLineName } from '../../common/validation.js';
import type { Outlet } from '../outlet.entity.js';
import { COUNTRY_CODE_RULE, IsCountryCode } from './country-code.js';

// Names the engine matches in article text: one of spaces alone would be a registry entry for nothing.
// Rules run bottom-up, so this one sits on top: a value of the wrong type is named as such first.

export class CreateOutletDto {
  @ApiProperty({ example: 'wall-street-journal', description: 'Stable key: lower-case letters, digits and dashes' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters, digits and single dashes' })
  @MaxLength(100)
  @IsString()
  slug!: string;

  @ApiProperty({ example: 'The Wall Street Journal' })
  @IsOneLineName()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: [String], example: ['Wall Street Journal'] })
  @IsOmittable()
  @IsOneLineName('each alias', { each: true })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: [String], example: ['WSJ'], description: 'Matched case-sensitively' })
  @IsOmittable()
  @IsOneLineName('each abbreviation', { each: true })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 20, { each: true })
  abbreviations?: string[];

  @ApiProperty({ enum: OUTLET_TYPES, example: 'newspaper' })
  @IsIn(OUTLET_TYPES, { message: `type must be one of: ${OUTLET_TYPES.join(', ')}` })
  type!: OutletType;

  // null is no country: how an edit clears one (the column is nullable).
  @ApiPropertyOptional({ example: 'US', type: String, nullable: true, description: `${COUNTRY_CODE_RULE}; null for none` })
  @IsOptional()
  @IsCountryCode()
  country?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['wsj.com'] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsFQDN({}, { each: true, message: 'each of domains must be a domain name such as wsj.com' })
  // isFQDN takes any letter past U+00A0 for internationalised names, invisible ones too: "exa\u200bmple.com"
  // passed, and a URL parser drops the U+200B, so it was example.com past the check that outlets share no domain.
  @Matches(/^[^\p{Cf}\p{Z}]*$/u, { each: true, message: 'each of domains must be a domain name without invisible characters' })
  domains?: string[];
}

// Any field may be left out, but only country may be null (cleared): the others are NOT NULL columns.
export class UpdateOutletDto extends PartialType(CreateOutletDto, { skipNullProperties: false }) {}

export class OutletResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ type: [String] }) abbreviations!: string[];
  @ApiProperty({ enum: OUTLET_TYPES }) type!: OutletType;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
  @ApiProperty({ type: [String] }) domains!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(outlet: Outlet): OutletResponse {
    const { id, slug, name, aliases, abbreviations, type, country, domains, createdAt, updatedAt } = outlet;
    return { id, slug, name, aliases, abbreviations, type, country, domains, createdAt, updatedAt };
  }
}

export class OutletListResponse {
  @ApiProperty({ type: [OutletResponse] }) items!: OutletResponse[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class MergeOutletDto {
  @ApiProperty({ format: 'uuid', description: 'The duplicate: merged into the outlet of the path, then deleted' })
  @IsUUID('all', { message: 'duplicateId must be a UUID' })
  duplicateId!: string;
}

export class OutletMergeResponse {
  @ApiProperty({ type: OutletResponse, description: 'The outlet that remains, with the duplicate’s names and domains' })
  outlet!: OutletResponse;
  @ApiProperty({ type: 'integer', description: 'Claim sources that cited the duplicate and now cite this outlet' })
  claimSourcesMoved!: number;
}
