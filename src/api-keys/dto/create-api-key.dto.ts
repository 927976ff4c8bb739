import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { API_KEY_SCOPES, DEFAULT_API_KEY_SCOPES, type ApiKeyScope } from '../api-key-scope.js';
import { Transform } from 'class-transformer';
import { IsOmittable, IsOneLineName } from '../../common/validation.js';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'newsroom-cms', maxLength: 100, description: 'Who or what uses the key' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsOneLineName()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({
    enum: API_KEY_SCOPES,
    isArray: true,
    default: DEFAULT_API_KEY_SCOPES,
    description: 'What the key may do; webhooks:manage only when asked for',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique({ message: 'scopes must not name a scope twice' })
  @IsIn(API_KEY_SCOPES, { each: true, message: `each scope must be one of: ${API_KEY_SCOPES.join(', ')}` })
  scopes?: ApiKeyScope[];

  @ApiPropertyOptional({ default: false, description: 'Reads see only the articles this key submitted; not with webhooks:manage, which spans every article' })
  @IsOmittable()
  @IsBoolean()
  ownArticlesOnly?: boolean;
}
