import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { actorOf } from '../audit/audit.service.js';
import { AllowApiKey, CurrentPrincipal, type Principal } from '../auth/index.js';
import { ClaimResponse } from '../claims/dto/claim.response.js';
import { uuidParam } from '../common/validation.pipe.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { RequestId } from '../common/request-id.decorator.js';
import { ArticlesService, submitterOf } from './articles.service.js';
import {
  ArticleListResponse,
  ArticleResponse,
  ArticleSummaryResponse,
  SubmitArticleResponse,
} from './dto/article.response.js';
import { ListArticlesQuery } from './dto/list-articles.query.js';
import { SubmitArticleDto } from './dto/submit-article.dto.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

@ApiTags('articles')
@ApiBearerAuth()
@AllowApiKey()
@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Submit an article for analysis',
    description:
      'Answers at once; the analysis runs in the background (poll GET /v1/articles/:id). ' +
      'A repeated Idempotency-Key or externalId returns the earlier article with 200.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Up to 255 visible ASCII characters' })
  @ApiAcceptedResponse({ type: SubmitArticleResponse, description: 'Accepted for analysis' })
  @ApiOkResponse({ type: SubmitArticleResponse, description: 'Already submitted (Idempotency-Key or externalId)' })
  @ApiErrors(400, 401, 413, 422, 429, 503)
  async submit(
    @Body() dto: SubmitArticleDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @RequestId() requestId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmitArticleResponse> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequestException('Idempotency-Key header must be 1 to 255 visible ASCII characters');
    }
    const { article, created } = await this.articles.submit(
      dto,
      actorOf(principal),
      submitterOf(principal),
      idempotencyKey,
      requestId,
    );
    reply.header('Location', `/v1/articles/${article.id}`);
    if (!created) reply.status(200).header('Idempotent-Replayed', 'true');
    return { id: article.id, status: article.status };
  }

  @Get()
  @ApiOperation({ summary: 'List articles, newest first', description: 'Filter by status, cited outlet, unsourced claims.' })
  @ApiOkResponse({ type: ArticleListResponse })
  @ApiErrors(400, 401)
  async list(@Query() query: ListArticlesQuery): Promise<ArticleListResponse> {
    const { items, total } = await this.articles.list(query);
    return { items: items.map(ArticleSummaryResponse.of), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiOperation({ summary: 'An article with its status, analysed text and claims' })
  @ApiOkResponse({ type: ArticleResponse })
  @ApiErrors(400, 401, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<ArticleResponse> {
    const { article, claims } = await this.articles.findWithClaims(id);
    return ArticleResponse.withClaims(article, claims);
  }

  @Get(':id/claims')
  @ApiOperation({ summary: "An article's claims in reading order" })
  @ApiOkResponse({ type: [ClaimResponse] })
  @ApiErrors(400, 401, 404)
  async claims(@Param('id', uuidParam('id')) id: string): Promise<ClaimResponse[]> {
    const { claims } = await this.articles.findWithClaims(id);
    return claims.map(ClaimResponse.of);
  }
}
