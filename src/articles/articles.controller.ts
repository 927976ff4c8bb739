import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  PayloadTooLargeException,
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
import { AllowApiKey, Budget, CurrentPrincipal, RateBudget, type Principal } from '../auth/index.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { ClaimResponse } from '../claims/dto/claim.response.js';
import { uuidParam } from '../common/validation.pipe.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { RequestId } from '../common/request-id.decorator.js';
import { ArticlesService, readableBy, submitterOf } from './articles.service.js';
import {
  ArticleListResponse,
  ArticleResponse,
  ArticleSummaryResponse,
  SubmitArticleResponse,
} from './dto/article.response.js';
import { ClaimPageQuery } from './dto/claim-page.query.js';
import { ListArticlesQuery } from './dto/list-articles.query.js';
import { SubmitArticleDto } from './dto/submit-article.dto.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

@ApiTags('articles')
@ApiBearerAuth()
@AllowApiKey(ApiKeyScope.ArticlesRead)
@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  // Its own budget per caller, smaller than reads: each submission costs engine time.
  @RateBudget(Budget.Submit)
  @AllowApiKey(ApiKeyScope.ArticlesWrite)
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
    // HTML is measured after extraction, in the worker (the article then fails with text_too_large).
    const limit = this.config.articles.maxTextBytes;
    if (dto.text !== undefined && Buffer.byteLength(dto.text, 'utf8') > limit) {
      throw new PayloadTooLargeException(`text is larger than the limit of ${limit} bytes (UTF-8); split the article or raise ARTICLE_MAX_TEXT_BYTES`);
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
  async list(@Query() query: ListArticlesQuery, @CurrentPrincipal() principal: Principal): Promise<ArticleListResponse> {
    const { items, total } = await this.articles.list(query, readableBy(principal));
    return { items: items.map(ArticleSummaryResponse.of), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiOperation({ summary: 'An article with its status, analysed text and claims' })
  @ApiOkResponse({ type: ArticleResponse })
  @ApiErrors(400, 401, 404)
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Query() page: ClaimPageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ArticleResponse> {
    const { article, claims } = await this.articles.findWithClaims(id, page, readableBy(principal));
    return ArticleResponse.withClaims(article, claims, page, await this.articles.progressOf(id));
  }

  @Get(':id/claims')
  @ApiOperation({
    summary: "A page of an article's claims in reading order",
    description: 'X-Total-Count holds the number of claims; Link (rel="next") the next page, while there is one.',
  })
  @ApiOkResponse({ type: [ClaimResponse] })
  @ApiErrors(400, 401, 404)
  async claims(
    @Param('id', uuidParam('id')) id: string,
    @Query() page: ClaimPageQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClaimResponse[]> {
    const { article, claims } = await this.articles.findWithClaims(id, page, readableBy(principal));
    reply.header('X-Total-Count', article.claimCount);
    const next = page.offset + page.limit;
    if (next < article.claimCount) reply.header('Link', `</v1/articles/${id}/claims?limit=${page.limit}&offset=${next}>; rel="next"`);
    return claims.map(ClaimResponse.of);
  }
}
