import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { readableBy, viewerOf } from '../articles/articles.service.js';
import { AllowApiKey, CurrentPrincipal, type Principal } from '../auth/index.js';
import { uuidParam } from '../common/validation.pipe.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ClaimsService } from './claims.service.js';
import { ClaimResponse } from './dto/claim.response.js';

@ApiTags('claims')
@ApiBearerAuth()
@AllowApiKey(ApiKeyScope.ArticlesRead)
@Controller('v1/claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'One claim with its sources' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 404)
  async get(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<ClaimResponse> {
    return ClaimResponse.of(await this.claims.findById(id, viewerOf(principal), readableBy(principal)));
  }
}
