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
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
  type ApiHeaderOptions,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { actorOf } from '../audit/audit.service.js';
import { AllowApiKey, Budget, CurrentPrincipal, RateBudget, Roles, type Principal } from '../auth/index.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { ApiKeyScope } from '../api-keys/api-key-scope.js';
import { ClaimResponse } from '../claims/dto/claim.response.js';
import { uuidParam } from '../common/validation.pipe.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { RequestId } from '../common/request-id.decorator.js';
import { ArticlesService, readableBy, submitterOf, viewerOf, type Submission } from './articles.service.js';
import {
  ArticleListResponse,
  ArticleResponse,
  ArticleSummaryResponse,
  RevisionListResponse,
  SubmitArticleResponse,
} from './dto/article.response.js';
import { ArticleQuery, ClaimPageQuery } from './dto/claim-page.query.js';
import { ListArticlesQuery } from './dto/list-articles.query.js';
import { REVISE_ARTICLE_EXAMPLES, SUBMIT_ARTICLE_EXAMPLES } from './dto/article-examples.js';
import { ReviseArticleDto, SubmitArticleDto } from './dto/submit-article.dto.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
// The same rule as a schema, so that the document admits exactly the keys the service takes.
const IDEMPOTENCY_KEY_HEADER: ApiHeaderOptions = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Up to 255 visible ASCII characters',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
};

function checkIdempotencyKey(key: string | undefined): void {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new BadRequestException('Idempotency-Key header must be 1 to 255 visible ASCII characters');
  }
}

// The headers answer() sends, for the document.
const LOCATION = { Location: { description: 'The article: /v1/articles/{id}', schema: { type: 'string' } } };
const SUBMISSION_HEADERS_200 = {
  ...LOCATION,
  'Idempotent-Replayed': { description: '"true" when this is the answer to the same request sent before', required: false, schema: { type: 'string', enum: ['true'] } },
};

/** 202 for new work (an article, a revision), 200 for the same request or text again (with new metadata applied, or not). */
function answer({ article, outcome }: Submission, reply: FastifyReply): SubmitArticleResponse {
  reply.header('Location', `/v1/articles/${article.id}`);
  if (outcome === 'existing') reply.status(200).header('Idempotent-Replayed', 'true');
  if (outcome === 'updated') reply.status(200);
  return { id: article.id, status: article.status, revision: article.revision };
}

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
      'A repeated Idempotency-Key (same body) returns the earlier article with 200. The externalId of an earlier ' +
      'article with a different text makes a new revision of it (202, as PUT /v1/articles/:id); with the same text, 200.',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiExtraModels(SubmitArticleDto)
  @ApiBody({ schema: { $ref: getSchemaPath(SubmitArticleDto) }, examples: SUBMIT_ARTICLE_EXAMPLES })
  @ApiAcceptedResponse({ type: SubmitArticleResponse, description: 'Accepted for analysis', headers: LOCATION })
  @ApiOkResponse({
    type: SubmitArticleResponse,
    description: 'Already submitted (Idempotency-Key, or externalId with the same text)',
    headers: SUBMISSION_HEADERS_200,
  })
  @ApiErrors(400, 401, 413, 422, 429, 503)
  async submit(
    @Body() dto: SubmitArticleDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @RequestId() requestId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmitArticleResponse> {
    checkIdempotencyKey(idempotencyKey);
    this.checkTextSize(dto.text);
    const submission = await this.articles.submit(dto, actorOf(principal), submitterOf(principal), idempotencyKey, requestId);
    return answer(submission, reply);
  }

  @Put(':id')
  @RateBudget(Budget.Submit)
  @AllowApiKey(ApiKeyScope.ArticlesWrite)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a corrected text of an article: a new revision, analysed again',
    description:
      'Claims are carried over by normalised text: an unchanged claim keeps its status, grades and history; a new or ' +
      'reworded one enters review; one no longer in the text is withdrawn. The same text as the current revision answers ' +
      '200: a title, url or publishedAt that differs is applied to it (no new revision, no new analysis; ' +
      '`article.updated` in the event stream), else the article is as it was. A repeated Idempotency-Key with the same body ' +
      'answers 200 (`Idempotent-Replayed: true`) and changes nothing, whether the first request made a revision, changed ' +
      'metadata or nothing; with another body, 422. An API key may revise only the articles it submitted ' +
      '(403 for another\'s it may read; 404 to a key that reads only its own), a reviewer only the articles they ' +
      'submitted (403); editors and admins any article.',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiExtraModels(ReviseArticleDto)
  @ApiBody({ schema: { $ref: getSchemaPath(ReviseArticleDto) }, examples: REVISE_ARTICLE_EXAMPLES })
  @ApiAcceptedResponse({ type: SubmitArticleResponse, description: 'A new revision, accepted for analysis', headers: LOCATION })
  @ApiOkResponse({
    type: SubmitArticleResponse,
    headers: SUBMISSION_HEADERS_200,
    description: 'Same text as the current revision (its new title, url or publishedAt applied), or a repeated Idempotency-Key',
  })
  @ApiErrors(400, 401, 403, 404, 413, 422, 429, 503)
  async revise(
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReviseArticleDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @RequestId() requestId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmitArticleResponse> {
    checkIdempotencyKey(idempotencyKey);
    this.checkTextSize(dto.text);
    const request = { actor: actorOf(principal), submittedBy: submitterOf(principal), idempotencyKey, requestId };
    // A newsroom system revises what it sent, and a reviewer what they submitted; editors and admins any
    // article (a reviewer replacing another's text withdrew its claims, published ones too).
    const owner = principal.kind === 'api-key' || principal.role === 'reviewer' ? submitterOf(principal) : undefined;
    const access = { owner, readable: readableBy(principal), externalId: dto.externalId };
    return answer(await this.articles.revise(id, dto, request, undefined, access), reply);
  }

  @Post(':id/reanalyze')
  // The submission budget: a re-analysis costs engine time as a submission does.
  @RateBudget(Budget.Submit)
  @Roles('editor', 'admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Analyse the current revision again (editors, admins), e.g. after the outlet registry changed',
    description:
      'The same carry-over as a revision: unchanged claims keep their status, grades and history; a claim someone has ' +
      'graded also keeps its sources; new claims enter review; claims the engine no longer finds are withdrawn.',
  })
  @ApiAcceptedResponse({ type: SubmitArticleResponse, description: 'Accepted for analysis', headers: LOCATION })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  async reanalyze(
    @Param('id', uuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @RequestId() requestId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmitArticleResponse> {
    const { status, revision } = await this.articles.reanalyze(id, actorOf(principal), requestId);
    reply.header('Location', `/v1/articles/${id}`);
    return { id, status, revision };
  }

  private checkTextSize(text: string | undefined): void {
    // HTML is measured after extraction, in the worker (the article then fails with text_too_large).
    const limit = this.config.articles.maxTextBytes;
    if (text !== undefined && Buffer.byteLength(text, 'utf8') > limit) {
      throw new PayloadTooLargeException(`text is larger than the limit of ${limit} bytes (UTF-8); split the article or raise ARTICLE_MAX_TEXT_BYTES`);
    }
  }

  @Get()
  @ApiOperation({ summary: 'List articles, newest first', description: 'Filter by status, cited outlet, unsourced claims.' })
  @ApiOkResponse({ type: ArticleListResponse })
  @ApiErrors(400, 401)
  async list(@Query() query: ListArticlesQuery, @CurrentPrincipal() principal: Principal): Promise<ArticleListResponse> {
    const { items, total } = await this.articles.list(query, readableBy(principal), viewerOf(principal));
    return { items: items.map(ArticleSummaryResponse.of), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'An article with its status, analysed text and claims',
    description: 'The current revision, or with ?revision=N an earlier one (its text, and its claims with their review state now).',
  })
  @ApiOkResponse({ type: ArticleResponse })
  @ApiErrors(400, 401, 404)
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ArticleQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ArticleResponse> {
    const page = { limit: query.limit, offset: query.offset };
    const { article, claims } = await this.articles.findWithClaims(id, page, principal);
    const shown = await this.articles.claimsRevision(article);
    if (query.revision !== undefined && query.revision !== shown.revision) {
      const { revision, claims: ofRevision } = await this.articles.findRevision(id, query.revision, readableBy(principal));
      return ArticleResponse.atRevision(article, revision, ofRevision, page);
    }
    return ArticleResponse.withClaims(article, shown, claims, page, await this.articles.progressOf(id));
  }

  @Get(':id/revisions')
  @ApiOperation({ summary: "The article's revisions, oldest first, with what each analysis carried over, added and withdrew" })
  @ApiOkResponse({ type: RevisionListResponse })
  @ApiErrors(400, 401, 404)
  async revisions(@Param('id', uuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<RevisionListResponse> {
    return { items: await this.articles.revisionsOf(id, readableBy(principal)) };
  }

  @Get(':id/claims')
  @ApiOperation({
    summary: "A page of an article's claims in reading order",
    description: 'X-Total-Count holds the number of claims; Link (rel="next") the next page, while there is one.',
  })
  @ApiOkResponse({
    type: [ClaimResponse],
    headers: {
      'X-Total-Count': { description: 'The number of claims of the article', schema: { type: 'integer', minimum: 0 } },
      Link: { description: 'The next page (rel="next"), while there is one', required: false, schema: { type: 'string' } },
    },
  })
  @ApiErrors(400, 401, 404)
  async claims(
    @Param('id', uuidParam('id')) id: string,
    @Query() page: ClaimPageQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClaimResponse[]> {
    const { article, claims } = await this.articles.findWithClaims(id, page, principal);
    reply.header('X-Total-Count', article.claimCount);
    const next = page.offset + page.limit;
    if (next < article.claimCount) reply.header('Link', `</v1/articles/${id}/claims?limit=${page.limit}&offset=${next}>; rel="next"`);
    return claims.map(ClaimResponse.of);
  }
}
