import { ApiProperty } from '@nestjs/swagger';
import { API_KEY_SCOPES } from '../api-key-scope.js';
import type { ApiKey } from '../api-key.entity.js';

/** An API key as listings show it: never the key or its hash. */
export class ApiKeyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'newsroom-cms' })
  name!: string;

  @ApiProperty({ example: 'ctk_Ab3dE5gH', description: 'First characters of the key, to tell keys apart' })
  prefix!: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true })
  scopes!: string[];

  @ApiProperty({ description: 'Reads see only the articles this key submitted' })
  ownArticlesOnly!: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The admin who created it' })
  createdBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Updated at most once a minute' })
  lastUsedAt!: Date | null;

  static of(key: ApiKey): ApiKeyView {
    const { id, name, prefix, scopes, ownArticlesOnly, createdBy, createdAt, revokedAt, lastUsedAt } = key;
    return Object.assign(new ApiKeyView(), { id, name, prefix, scopes, ownArticlesOnly, createdBy, createdAt, revokedAt, lastUsedAt });
  }
}

export class CreatedApiKey extends ApiKeyView {
  @ApiProperty({
    example: 'ctk_Ab3dE5gH...',
    description: 'The secret key. Shown only in this response; store it now. Send it as "Authorization: Bearer <key>".',
  })
  key!: string;
}

export class ApiKeyPage {
  @ApiProperty({ type: [ApiKeyView] })
  items!: ApiKeyView[];

  @ApiProperty({ type: 'integer' })
  total!: number;

  @ApiProperty({ type: 'integer' })
  limit!: number;

  @ApiProperty({ type: 'integer' })
  offset!: number;
}
