import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '../auth/index.js';
import { SourceCorrectionResponse } from '../claims/dto/claim.response.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { RequestId } from '../common/request-id.decorator.js';
import { uuidParam } from '../common/validation.pipe.js';
import { AccuracyService } from './accuracy.service.js';
import { CorrectionsService } from './corrections.service.js';
import { AccuracyQuery, AccuracyResponse } from './dto/accuracy.dto.js';
import { CorrectSourcesDto } from './dto/correct-sources.dto.js';

@ApiTags('review')
@ApiBearerAuth()
@Controller('v1')
export class CorrectionsController {
  constructor(
    private readonly corrections: CorrectionsService,
    private readonly accuracy: AccuracyService,
  ) {}

  @Put('claims/:id/sources')
  @Roles('reviewer', 'editor', 'admin')
  @ApiOperation({
    summary: 'Correct the sources the engine found (holder of a source_check lease)',
    description:
      'The whole corrected chain: change a source to another registry outlet (outletId), swap original and relay (exchange ' +
      'their roles), add one (outletId, or a name with an optional cue span), remove one (leave it out), mark the claim ' +
      'anonymous. The engine’s sources stay as they were; GET /v1/claims/:id shows both. 409 without a live lease; the same ' +
      'chain sent again answers with the recorded correction and changes nothing.',
  })
  @ApiOkResponse({ type: SourceCorrectionResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  async correct(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CorrectSourcesDto,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
  ): Promise<SourceCorrectionResponse> {
    // @Roles lets only users through, never API keys.
    if (principal.kind !== 'user') throw new Error('corrections are for users');
    const { correction } = await this.corrections.correct(id, dto, { userId: principal.userId, role: principal.role, requestId: requestId ?? null });
    return SourceCorrectionResponse.of(correction);
  }

  @Get('analysis/accuracy')
  @Roles('editor', 'admin')
  @ApiOperation({
    summary: 'The engine’s source precision and recall, as reviewers’ corrections measure them (editors)',
    description:
      'Over the claims graded at source_check in [from, to), in a round now closed (grading is blind): a source the engine found and reviewers kept is a true positive, one ' +
      'they removed or changed a false positive, one they added a false negative. Overall and per outlet type.',
  })
  @ApiOkResponse({ type: AccuracyResponse })
  @ApiErrors(400, 401, 403)
  async measure(@Query() query: AccuracyQuery): Promise<AccuracyResponse> {
    return this.accuracy.measure(query);
  }
}
