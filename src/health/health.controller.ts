import { Controller, Get, Res } from '@nestjs/common';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Budget, Public, RateBudget } from '../auth/index.js';
import { HealthService } from './health.service.js';

class LiveResponse {
  @ApiProperty({ example: 'ok' }) status!: string;
}

class ReadyChecks {
  @ApiProperty({ enum: ['up', 'down'] }) database!: string;
  @ApiProperty({ enum: ['up', 'down'] }) redis!: string;
  @ApiProperty({ enum: ['up', 'down'] }) migrations!: string;
}

class ReadyResponse {
  @ApiProperty({ enum: ['ok', 'degraded'], description: 'degraded: serving, with Redis down (the API queues work in PostgreSQL until it is back)' })
  status!: 'ok' | 'degraded';
  @ApiProperty({ type: ReadyChecks }) checks!: ReadyChecks;
}

class NotReadyResponse {
  @ApiProperty({ type: 'integer', example: 503 }) statusCode!: number;
  @ApiProperty({ example: 'Service Unavailable' }) error!: string;
  @ApiProperty({ example: 'not ready: redis' }) message!: string;
  @ApiProperty({ type: ReadyChecks }) checks!: ReadyChecks;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependency is checked)' })
  @ApiOkResponse({ type: LiveResponse })
  live(): LiveResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  // Open to probes, so limited per address: each call costs a query and a Redis round trip.
  @RateBudget(Budget.HealthIp)
  @ApiOperation({
    summary:
      'PostgreSQL and Redis answer and the schema is up to date (failing checks by name; details in the log). ' +
      'A process serving the API stays ready without Redis, as "degraded"; a worker does not',
  })
  @ApiOkResponse({ type: ReadyResponse })
  @ApiServiceUnavailableResponse({ type: NotReadyResponse })
  @ApiErrors(429)
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadyResponse | NotReadyResponse> {
    const { ready, degraded, checks } = await this.health.readiness();
    if (ready) return { status: degraded ? 'degraded' : 'ok', checks };
    reply.status(503);
    const failing = Object.entries(checks).filter(([, status]) => status === 'down').map(([name]) => name);
    return { statusCode: 503, error: 'Service Unavailable', message: `not ready: ${failing.join(', ')}`, checks };
  }
}
