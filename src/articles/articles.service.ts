import { createHash, randomUUID } from 'node:crypto';
import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import type { Principal } from '../auth/index.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { Claim } from '../claims/claim.entity.js';
import type { SqlFragment } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName } from '../queue/index.js';
import { Article, type ArticleStatus } from './article.entity.js';
import type { ListArticlesQuery } from './dto/list-articles.query.js';
import type { SubmitArticleDto } from './dto/submit-article.dto.js';

export interface Submission {
  article: Pick<Article, 'id' | 'status'>;
  /** false when an Idempotency-Key or externalId matched an earlier submission. */
  created: boolean;
}

/** "user:<id>" or "api-key:<id>": the namespace of externalId and Idempotency-Key. */
export function submitterOf(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId}` : `api-key:${principal.apiKeyId}`;
}

/**
 * The submitter whose articles this caller may read, or undefined for all:
 * an API key restricted to its own articles sees only what it submitted.
 */
export function readableBy(principal: Principal): string | undefined {
  return principal.kind === 'api-key' && principal.ownArticlesOnly ? submitterOf(principal) : undefined;
}

function requestHash(dto: SubmitArticleDto): string {
  const canonical = [dto.text, dto.html, dto.title, dto.url, dto.externalId, dto.publishedAt];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

@Injectable()
export class ArticlesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly claims: ClaimsService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
  ) {}

  /**
   * Stores the article and its analysis work in one transaction, then tries
   * to enqueue the job. The answer never waits on Redis: if it is down, the
   * outbox row is picked up by the reconciler.
   */
  async submit(dto: SubmitArticleDto, actor: Actor, submittedBy: string, idempotencyKey?: string, requestId?: string): Promise<Submission> {
    const id = randomUUID();
    const hash = requestHash(dto);
    // One statement, hence one atomic transaction and one round trip: the
    // article, its analysis work in the outbox, the audit and domain events. When an
    // earlier submission holds the Idempotency-Key or externalId, nothing is written.
    const params: unknown[] = [
      id,
      dto.html !== undefined ? 'html' : 'text',
      dto.html ?? dto.text,
      dto.title ?? null,
      dto.url ?? null,
      dto.externalId ?? null,
      idempotencyKey ?? null,
      hash,
      dto.publishedAt ? new Date(dto.publishedAt) : null,
      submittedBy,
      actor.type,
      actor.id,
      JSON.stringify({ externalId: dto.externalId ?? null, idempotencyKey: idempotencyKey ?? null }),
      requestId ?? null,
    ];
    const fragment = (f: SqlFragment) => (params.push(...f.params), f.sql);
    const work = fragment(this.outbox.insertFragment(JobName.AnalyzeArticle, { articleId: id }, 'article', params.length + 1));
    const event = fragment(
      this.events.insertFragment(
        DomainEvent.ArticleReceived,
        { articleId: id, actorId: actor.id, externalId: dto.externalId ?? null },
        'article',
        params.length + 1,
      ),
    );
    const [inserted] = await this.dataSource.query<Array<{ id: string; status: ArticleStatus }>>(
      `WITH article AS (
         INSERT INTO articles (id, input_format, input, title, url, external_id, idempotency_key,
                               request_hash, published_at, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT DO NOTHING
         RETURNING id, status
       ), work AS (${work}),
       audit AS (
         ${this.audit.selectFragment('article', {
           entityType: `'article'`,
           entityId: 'id',
           action: `'article.submitted'`,
           actorType: '$11',
           actorId: '$12',
           after: '$13',
           requestId: '$14',
         })}
       ), event AS (${event})
       SELECT id, status FROM article`,
      params,
    );

    if (inserted) {
      void this.outbox.dispatch(JobName.AnalyzeArticle, { articleId: id });
      return { article: inserted, created: true };
    }
    return { article: await this.existing(submittedBy, hash, dto.externalId, idempotencyKey), created: false };
  }

  private async existing(submittedBy: string, hash: string, externalId?: string, idempotencyKey?: string): Promise<Article> {
    const repo = this.dataSource.getRepository(Article);
    // Not the text: it may be megabytes, and only the id and status are answered.
    const select = { id: true, status: true, requestHash: true } as const;
    if (idempotencyKey) {
      const byKey = await repo.findOne({ where: { submittedBy, idempotencyKey }, select });
      if (byKey) {
        if (byKey.requestHash !== hash) {
          throw new UnprocessableEntityException(
            'Idempotency-Key was already used for a different article; use a new key for new content',
          );
        }
        return byKey;
      }
    }
    const byExternalId = externalId ? await repo.findOne({ where: { submittedBy, externalId }, select }) : null;
    if (byExternalId) return byExternalId;
    // The conflicting row vanished between our insert and this read (deleted meanwhile).
    throw new Error('article insert conflicted but no earlier submission was found');
  }

  /** 404 for an article the caller may not read, exactly as for one that does not exist. */
  async findById(id: string, owner?: string): Promise<Article> {
    const article = await this.dataSource.getRepository(Article).findOneBy(owner ? { id, submittedBy: owner } : { id });
    if (!article) throw new NotFoundException(`article ${id} not found`);
    return article;
  }

  /** Articles by id, in no particular order; missing ids are left out. */
  async findMany(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(Article).findBy({ id: In([...ids]) });
  }

  async findWithClaims(id: string, page: { limit: number; offset: number }, owner?: string): Promise<{ article: Article; claims: Claim[] }> {
    const article = await this.findById(id, owner);
    return { article, claims: await this.claims.listByArticle(id, page) };
  }

  progressOf(id: string): Promise<Record<string, number>> {
    return this.claims.progressOf(id);
  }

  async list(query: ListArticlesQuery, owner?: string): Promise<{ items: Article[]; total: number }> {
    const qb = this.dataSource.getRepository(Article).createQueryBuilder('a');
    if (owner) qb.andWhere('a.submitted_by = :owner', { owner });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.unsourced === true) qb.andWhere('a.unsourced_claim_count > 0');
    if (query.unsourced === false) qb.andWhere('a.unsourced_claim_count = 0');
    if (query.outletId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM claim_sources s WHERE s.article_id = a.id AND s.outlet_id = :outletId)',
        { outletId: query.outletId },
      );
    }
    // The full texts stay out of listings.
    qb.select([
      'a.id', 'a.status', 'a.failureReason', 'a.title', 'a.byline', 'a.url', 'a.externalId', 'a.publishedAt',
      'a.inputFormat', 'a.claimCount', 'a.unsourcedClaimCount', 'a.claimsTruncated', 'a.createdAt', 'a.analyzedAt',
      'a.failureCode',
    ]);
    const [items, total] = await qb
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(query.offset)
      .limit(query.limit)
      .getManyAndCount();
    return { items, total };
  }
}
