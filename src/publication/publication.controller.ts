import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { readableBy } from '../articles/articles.service.js';
import { AllowApiKey, CurrentPrincipal, type Principal } from '../auth/index.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { uuidParam } from '../common/validation.pipe.js';
import { ClaimReviewDocument, ClaimReviewFeed, ClaimReviewFeedQuery, ClaimReviewList, ReportDto, ReportQuery } from './dto/publication.dto.js';
import { PublicationService } from './publication.service.js';
import { reportFormat } from './report-format.js';
import { REPORT_CSP } from './report.renderer.js';

/**
 * ClaimReview is made to be pasted into a page's <script type="application/ld+json">,
 * where a claim's own "</script>" (article text is anyone's) would end the element
 * and run what follows: "<" is sent as \u003c, which every JSON parser reads back as "<".
 */
export function scriptSafeJson(reply: FastifyReply, value: unknown): string {
  reply.type('application/json; charset=utf-8');
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

@ApiTags('publication')
@ApiBearerAuth()
@AllowApiKey(ApiKeyScope.ArticlesRead)
@ApiErrors(400, 401, 429)
@Controller('v1')
export class PublicationController {
  constructor(private readonly publication: PublicationService) {}

  @Get('claims/:id/claimreview')
  @ApiOperation({ summary: 'schema.org ClaimReview JSON-LD for a published claim' })
  @ApiOkResponse({ type: ClaimReviewDocument })
  @ApiErrors(404)
  async claim(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    return scriptSafeJson(reply, await this.publication.forClaim(id, readableBy(principal)));
  }

  @Get('articles/:id/claimreview')
  @ApiOperation({ summary: 'ClaimReview JSON-LD for every published claim of an article' })
  @ApiOkResponse({ type: ClaimReviewList })
  @ApiErrors(404)
  async article(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    return scriptSafeJson(reply, { items: await this.publication.forArticle(id, readableBy(principal)) });
  }

  @Get('claimreview')
  @ApiOperation({ summary: 'Feed of ClaimReview JSON-LD in publication order, paginated with a cursor' })
  @ApiOkResponse({ type: ClaimReviewFeed })
  async feed(@Query() query: ClaimReviewFeedQuery, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply) {
    return scriptSafeJson(reply, await this.publication.feed(query.since, query.cursor, query.limit, readableBy(principal)));
  }

  @Get('articles/:id/report')
  @ApiOperation({
    summary: 'The article with every claim marked: sources (relay -> original), verdicts, evidence, notes; JSON, Markdown or self-contained HTML',
  })
  @ApiProduces('application/json', 'text/markdown', 'text/html')
  // Only the JSON report is the ReportDto object; the other two are text, which a generated client must read as such.
  @ApiExtraModels(ReportDto)
  @ApiOkResponse({
    description: 'OK',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ReportDto) } },
      'text/markdown': { schema: { type: 'string', description: 'The report in Markdown' } },
      'text/html': { schema: { type: 'string', description: 'One self-contained HTML page, sent with its Content-Security-Policy' } },
    },
  })
  @ApiErrors(404, 406)
  async report(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const format = reportFormat(query.format, accept);
    const { type, body } = await this.publication.report(id, format, readableBy(principal));
    reply.type(type);
    reply.header('vary', 'Accept');
    if (format === 'html') {
      reply.header('content-disposition', `inline; filename="report-${id}.html"`);
      // The API's policy (default-src 'none') would also block the report's own stylesheet, which its meta tag allows.
      reply.header('content-security-policy', `${REPORT_CSP}; frame-ancestors 'none'`);
    }
    return body;
  }
}
