import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsOmittable, IsTimestampInRange, ToIsoDate } from '../../common/validation.js';
import { PaginationQuery } from '../../common/pagination.dto.js';
import { DELIVERY_STATUSES } from '../webhook-delivery.entity.js';
import { WEBHOOK_EVENT_TYPES } from '../webhook-events.js';

export class ListDeliveriesQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPES })
  @IsOptional()
  @IsIn(WEBHOOK_EVENT_TYPES, { message: `eventType must be one of: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  eventType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'articleId must be a UUID' })
  articleId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Deliveries created at or after' })
  @IsOptional()
  @ToIsoDate()
  @IsDate({ message: 'since must be an ISO 8601 date-time' })
  @IsTimestampInRange()
  since?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Deliveries created before' })
  @IsOptional()
  @ToIsoDate()
  @IsDate({ message: 'until must be an ISO 8601 date-time' })
  @IsTimestampInRange()
  until?: Date;
}

export class ReplayDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'Replay every failed delivery created at or after this time' })
  @ToIsoDate()
  @IsDate({ message: 'since must be an ISO 8601 date-time' })
  @IsTimestampInRange()
  since!: Date;

  // A window, as the delivery log's filter: an outage's failures, without those of a later one still being looked into.
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Only those created before this time (default: now)' })
  @IsOmittable()
  @ToIsoDate()
  @IsDate({ message: 'until must be an ISO 8601 date-time' })
  @IsTimestampInRange()
  until?: Date;
}

export class DeliveryAttemptView {
  @ApiProperty({ type: 'integer', description: '1-based, counted over the delivery’s life' }) attempt!: number;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt!: Date;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: no HTTP answer (timeout, refused, SSRF)' })
  statusCode!: number | null;
  @ApiProperty({ type: 'integer' }) durationMs!: number;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first 1,000 characters of the answer' })
  responseExcerpt!: string | null;
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ example: 'msg_1042', description: 'The webhook-id header: the same on every attempt and redelivery' })
  webhookId!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) eventType!: string;
  @ApiProperty({ example: '1042' }) eventId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) articleId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) claimId!: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: string;
  @ApiProperty({ type: 'integer' }) attemptCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the next attempt is due (pending only)' })
  nextAttemptAt!: Date | null;
  @ApiProperty({ type: 'integer', nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: Date | null;
  @ApiProperty({ type: [DeliveryAttemptView] }) attempts!: DeliveryAttemptView[];
}

export class WebhookDeliveryPage {
  @ApiProperty({ type: [WebhookDeliveryView] }) items!: WebhookDeliveryView[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
}

export class ReplayResult {
  @ApiProperty({ type: 'integer', description: 'Failed deliveries queued again' }) replayed!: number;
}
