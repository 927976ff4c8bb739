import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsOmittable, IsPlainText } from '../../common/validation.js';
import { WEBHOOK_EVENT_TYPES } from '../webhook-events.js';
import { liveSecrets, type WebhookEndpoint } from '../webhook-endpoint.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://cms.example.org/hooks/claimtrail', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['claim.published', 'article.completed'] })
  @IsArray()
  @ArrayNotEmpty({ message: 'events must name at least one event type' })
  @ArrayUnique({ message: 'events must not name an event type twice' })
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `events must be among: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events!: string[];

  @ApiPropertyOptional({ maxLength: 500, example: 'Newsroom CMS, production' })
  @IsOmittable()
  @Transform(trim)
  @IsPlainText()
  @IsString()
  @MaxLength(500)
  description?: string;
}

// Fields left out stay as they are; only description may be null (cleared).
export class UpdateWebhookDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayNotEmpty({ message: 'events must name at least one event type' })
  @ArrayUnique({ message: 'events must not name an event type twice' })
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `events must be among: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events?: string[];

  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsPlainText()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'false disables the endpoint (reason "disabled by an admin", or by API key "<name>"); true enables it again' })
  @IsOmittable()
  @IsBoolean()
  enabled?: boolean;
}

/** An endpoint as admins see it: never its secret. */
export class WebhookEndpointView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://cms.example.org/hooks/claimtrail' }) url!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'the receiver answered 410 Gone',
    description: 'Why the endpoint is disabled: by an admin, a 410 from the receiver, or failing for WEBHOOK_DISABLE_AFTER_MS',
  })
  disabledReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'First failure since the last success' })
  failingSince!: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until then a secret rotated out signs every message too (the last of them, after rotations)',
  })
  previousSecretExpiresAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;

  static of(e: WebhookEndpoint): WebhookEndpointView {
    const [longest] = liveSecrets(e.previousSecrets);
    return Object.assign(new WebhookEndpointView(), {
      id: e.id,
      url: e.url,
      description: e.description,
      events: e.events,
      enabled: e.enabled,
      disabledReason: e.disabledReason,
      disabledAt: e.disabledAt,
      failingSince: e.failingSince,
      previousSecretExpiresAt: longest ? new Date(longest.expiresAt) : null,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

export class CreatedWebhookEndpoint extends WebhookEndpointView {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks). Shown only in this response; store it now.',
  })
  secret!: string;
}

export class RotatedSecret {
  @ApiProperty({ example: 'whsec_...', description: 'The new signing secret, shown once' }) secret!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The old secret signs too until then' })
  previousSecretExpiresAt!: Date;
}

export class WebhookEndpointPage {
  @ApiProperty({ type: [WebhookEndpointView] }) items!: WebhookEndpointView[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
}
