import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { AllowApiKey, Roles } from '../auth/index.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { uuidParam } from '../common/validation.pipe.js';
import { QueuesResponse, TrackRecordResponse } from './dto/review.response.js';
import { ReviewReportsService } from './review-reports.service.js';
import { TrackRecordService } from './track-record.service.js';

@ApiTags('review')
@ApiBearerAuth()
@Controller('v1/queues')
export class QueuesController {
  constructor(private readonly reports: ReviewReportsService) {}

  @Get()
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({ summary: 'Per stage: claims waiting, leased, being prepared, the oldest wait, agreement figures' })
  @ApiOkResponse({ type: QueuesResponse })
  @ApiErrors(401, 403)
  async queues(): Promise<QueuesResponse> {
    return { stages: await this.reports.queues() };
  }
}

@ApiTags('outlets')
@ApiBearerAuth()
@AllowApiKey(ApiKeyScope.OutletsRead)
@Controller('v1/outlets')
export class TrackRecordController {
  constructor(private readonly trackRecords: TrackRecordService) {}

  @Get(':id/record')
  @ApiOperation({
    summary: "An outlet's track record",
    description: 'Published claims citing the outlet, by attribution verdict and rating, as original reporter and as relay.',
  })
  @ApiOkResponse({ type: TrackRecordResponse })
  @ApiErrors(400, 401, 404)
  async record(@Param('id', uuidParam('id')) id: string): Promise<TrackRecordResponse> {
    return this.trackRecords.forOutlet(id);
  }
}
