import { createHash, randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { PG_UNIQUE_VIOLATION, pgCode } from '../common/pg-error.js';
import { utcDate } from '../common/validation.js';
import type { Principal } from '../auth/index.js';
import { ClaimsService } from '../claims/claims.service.js';
import { ClaimSource } from '../claims/claim-source.entity.js';
import { Claim } from '../claims/claim.entity.js';
import { citesOutletSql } from '../claims/visible-correction.sql.js';
import { preparedQuery, returning, type SqlFragment } from '../database/sql.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName } from '../queue/index.js';
import { analysedText, showsLatestAnalysis } from './analysed-text.js';
import { Article, PENDING_ARTICLE_STATUSES, type ArticleStatus } from './article.entity.js';
import { ArticleRevisionsRepository, type ClaimsRevision, type Revision, type RevisionSummary } from './article-revisions.repository.js';
import type { ListArticlesQuery } from './dto/list-articles.query.js';
import type { SubmitArticleDto } from './dto/submit-article.dto.js';

export interface Submission {
  article: Pick<Article, 'id' | 'status' | 'revision'>;
  /**
   * created: a new article; revised: a new revision of an earlier one (its
   * externalId, or PUT, with a different text); updated: the same text with
   * a new title, url or publishedAt, applied to the current revision;
   * existing: the same request again (its Idempotency-Key), or the same text
   * and metadata as the current revision.
   */
  outcome: 'created' | 'revised' | 'updated' | 'existing';
}

/** The article content a submission or revision carries. */
export type ArticleContent = Omit<SubmitArticleDto, 'externalId'>;

/** Who asks for a revision, and for which request. */
export interface RevisionRequest {
  actor: Actor;
  submittedBy: string;
  idempotencyKey?: string;
  requestId?: string;
}

type LockedArticle = Pick<
  Article,
  'id' | 'status' | 'revision' | 'inputFormat' | 'input' | 'title' | 'url' | 'publishedAt' | 'submittedBy' | 'externalId'
>;

/**
 * Who may revise an article: `owner`, the only submitter whose articles the
 * caller revises (an API key's own, a reviewer's own), and `readable`, as readableBy;
 * `externalId`, the one the request names the article by (PUT may send the
 * article's own).
 */
export interface RevisionAccess {
  owner?: string;
  readable?: string;
  externalId?: string;
}

/** "user:<id>" or "api-key:<id>": the namespace of externalId and Idempotency-Key. */
export function submitterOf(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId}` : `api-key:${principal.apiKeyId}`;
}

/** The person reading, for what only some people may see (a correction of a round still open); null for an API key. */
export function viewerOf(principal: Principal): string | null {
  return principal.kind === 'user' ? principal.userId : null;
}

/**
 * The submitter whose articles this caller may read, or undefined for all:
 * an API key restricted to its own articles sees only what it submitted.
 */
export function readableBy(principal: Principal): string | undefined {
  return principal.kind === 'api-key' && principal.ownArticlesOnly ? submitterOf(principal) : undefined;
}

/**
 * 404 for an article the caller cannot read; 403 for one it reads but did not
 * submit (an API key, or a reviewer, revises only its own): "not found" for
 * an article the same key had just read sent a newsroom looking for a wrong id.
 */
function checkMayRevise(articleId: string, article: LockedArticle | undefined, { owner, readable, externalId }: RevisionAccess): asserts article is LockedArticle {
  if (!article || (readable !== undefined && article.submittedBy !== readable)) throw new NotFoundException(`article ${articleId} not found`);
  if (owner !== undefined && article.submittedBy !== owner) {
    const who = owner.startsWith('user:') ? 'a reviewer revises only the articles they submitted (editors and admins revise any)' : 'an API key revises only the articles it submitted';
    throw new ForbiddenException(`${who}; article ${articleId} came from another submitter`);
  }
  // A revision never renames the article: another externalId is a mix-up of two CMS articles, whose text would land here.
  if (externalId !== undefined && externalId !== article.externalId) {
    const own = article.externalId === null ? 'it was submitted without one' : `its own is ${JSON.stringify(article.externalId)}`;
    throw new UnprocessableEntityException(`externalId ${JSON.stringify(externalId)} is not article ${articleId}'s (${own}); a revision keeps the article's externalId`);
  }
}

/**
 * Another request took the same Idempotency-Key between our look-up and our
 * insert: the unique index refused ours, and the key now has an answer.
 */
function lostIdempotencyKeyRace(error: unknown): boolean {
  const e = error as { constraint?: unknown; driverError?: { constraint?: unknown } };
  const constraint = e?.driverError?.constraint ?? e?.constraint;
  return pgCode(error) === PG_UNIQUE_VIOLATION && typeof constraint === 'string' && constraint.endsWith('idempotency_key_uq');
}

/** The advisory lock a keyed revision takes for its key (transaction-scoped). */
function idempotencyLockName({ submittedBy, idempotencyKey }: RevisionRequest): string {
  return `claimtrail.idempotency-key\n${submittedBy}\n${idempotencyKey}`;
}

function requestHash(dto: ArticleContent & { externalId?: string }): string {
  const canonical = [dto.text, dto.html, dto.title, dto.url, dto.externalId, dto.publishedAt];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}


/** An article without its texts (input, analysed text, excluded passages): listings and webhook envelopes. */
const SUMMARY_COLUMNS = [
  'a.id', 'a.status', 'a.failureReason', 'a.title', 'a.byline', 'a.url', 'a.externalId', 'a.publishedAt',
  'a.inputFormat', 'a.claimCount', 'a.unsourcedClaimCount', 'a.claimsTruncated', 'a.createdAt', 'a.analyzedAt',
  'a.failureCode', 'a.revision',
];
@Injectable()
export class ArticlesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly claims: ClaimsService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
    private readonly revisions: ArticleRevisionsRepository,
  ) {}

  /**
   * Stores the article and its analysis work in one transaction, then tries
   * to enqueue the job. The answer never waits on Redis: if it is down, the
   * outbox row is picked up by the reconciler.
   */
  async submit(dto: SubmitArticleDto, actor: Actor, submittedBy: string, idempotencyKey?: string, requestId?: string): Promise<Submission> {
    const hash = requestHash(dto);
    const replay = idempotencyKey ? await this.replayed(submittedBy, idempotencyKey, hash) : undefined;
    if (replay) return replay;
    let inserted: Pick<Article, 'id' | 'status' | 'revision'> | undefined;
    try {
      inserted = await this.insert(dto, hash, actor, submittedBy, idempotencyKey, requestId);
    } catch (error) {
      // A concurrent revision (PUT) took the key: answer as that request's repeat would be.
      const raced = idempotencyKey && lostIdempotencyKeyRace(error) ? await this.replayed(submittedBy, idempotencyKey, hash) : undefined;
      if (raced) return raced;
      throw error;
    }
    if (inserted) return { article: inserted, outcome: 'created' };
    // The externalId names an earlier article: this is its next revision (or its text again).
    const earlier = dto.externalId
      ? await this.dataSource.getRepository(Article).findOne({ where: { submittedBy, externalId: dto.externalId }, select: { id: true } })
      : null;
    if (earlier) return this.revise(earlier.id, dto, { actor, submittedBy, idempotencyKey, requestId }, hash);
    // The key was taken meanwhile by a concurrent request.
    const raced = idempotencyKey ? await this.replayed(submittedBy, idempotencyKey, hash) : undefined;
    if (raced) return raced;
    // The conflicting row vanished between our insert and this read (deleted meanwhile).
    throw new Error('article insert conflicted but no earlier submission was found');
  }

  /**
   * The article an Idempotency-Key was already used on, when the key is known; 422 when it came with another body.
   * `manager`, to look again inside a transaction holding the key's lock.
   */
  private async replayed(submittedBy: string, key: string, hash: string, manager: EntityManager = this.dataSource.manager): Promise<Submission | undefined> {
    const earlier = await this.revisions.byIdempotencyKey(submittedBy, key, manager);
    if (!earlier) return undefined;
    if (earlier.requestHash !== hash) {
      // Not "for a different article": a revision or a retitling resent with a changed body is the same article.
      throw new UnprocessableEntityException('Idempotency-Key was already used with a different request body; use a new key for new content');
    }
    const article = await manager
      .getRepository(Article)
      .findOne({ where: { id: earlier.articleId }, select: { id: true, status: true, revision: true } });
    if (!article) throw new NotFoundException(`article ${earlier.articleId} not found`);
    return { article, outcome: 'existing' };
  }

  private async insert(
    dto: SubmitArticleDto,
    hash: string,
    actor: Actor,
    submittedBy: string,
    idempotencyKey?: string,
    requestId?: string,
  ): Promise<Pick<Article, 'id' | 'status' | 'revision'> | undefined> {
    const id = randomUUID();
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
      dto.publishedAt ? utcDate(dto.publishedAt) : null,
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
    const [inserted] = await preparedQuery<Pick<Article, 'id' | 'status' | 'revision'>>(
      this.dataSource,
      `WITH article AS (
         INSERT INTO articles (id, input_format, input, title, url, external_id, idempotency_key,
                               request_hash, published_at, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT DO NOTHING
         RETURNING id, status, revision
       ), first_revision AS (
         INSERT INTO article_revisions (article_id, revision, reason, input_format, input, title, request_hash,
                                        submitted_by, idempotency_key, actor_type, actor_id)
         SELECT id, 1, 'submitted', $2, $3, $4, $8, $10, $7, $11, $12::uuid FROM article
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
       SELECT id, status, revision FROM article`,
      params,
    );
    if (inserted) this.events.written(this.dataSource.manager);
    if (inserted) void this.outbox.dispatch(JobName.AnalyzeArticle, { articleId: id });
    return inserted;
  }

  /**
   * A new text for the article (PUT /v1/articles/:id, or its externalId
   * again): a new revision, analysed next; its claims are carried over by text
   * when it is (AnalysisService). The same text as the current revision is no
   * revision: a title, url or publishedAt that differs is applied to the
   * current one (a headline fixed without a new analysis), else the article
   * is answered as it is. `hash` is the request's, for its Idempotency-Key.
   */
  async revise(articleId: string, content: ArticleContent, request: RevisionRequest, hash = requestHash(content), access: RevisionAccess = {}): Promise<Submission> {
    const replay = await this.replayedRevision(articleId, request, hash);
    if (replay) return replay;
    const format = content.html !== undefined ? 'html' : 'text';
    const input = content.html ?? content.text!;
    const revised = await this.dataSource.transaction(async (manager): Promise<Submission> => {
      // One keyed request at a time per key, whichever article it names: the look-up below then
      // sees what an earlier one committed, in either table a key is kept in.
      if (request.idempotencyKey) await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [idempotencyLockName(request)]);
      const [article] = await manager.query<LockedArticle[]>(
        `SELECT id, status, revision, input_format AS "inputFormat", input, title, url, published_at AS "publishedAt",
                submitted_by AS "submittedBy", external_id AS "externalId"
           FROM articles WHERE id = $1 FOR UPDATE`,
        [articleId],
      );
      checkMayRevise(articleId, article, access);
      // The same key may have been used while this request waited for its locks.
      const replay = await this.replayedRevision(articleId, request, hash, manager);
      if (replay) return replay;
      if (article.inputFormat === format && article.input === input) {
        const updated = await this.updateMetadata(manager, article, content, request);
        // No revision holds this request's key: kept apart, a late retry is answered instead of undoing a later change.
        if (request.idempotencyKey) await this.revisions.recordUpdateKey(manager, request.submittedBy, request.idempotencyKey, articleId, hash);
        return { article, outcome: updated ? 'updated' : 'existing' };
      }
      const revision = article.revision + 1;
      const [updated] = await returning<Pick<Article, 'id' | 'status' | 'revision' | 'title'>>(
        manager,
        `UPDATE articles
            SET revision = $2, status = 'received', input_format = $3, input = $4, analyzed_text = NULL,
                title = coalesce($5, title), url = coalesce($6, url), published_at = coalesce($7, published_at),
                failure_code = NULL, failure_reason = NULL, completed_at = NULL, analysis_attempts = 0, updated_at = now()
          WHERE id = $1 RETURNING id, status, revision, title`,
        [articleId, revision, format, input, content.title ?? null, content.url ?? null, content.publishedAt ? utcDate(content.publishedAt) : null],
      );
      // The revision records the title it has (a revision without one keeps the one before),
      // so an earlier revision read after a later retitling still shows its own.
      await manager.query(
        `INSERT INTO article_revisions (article_id, revision, reason, input_format, input, title, request_hash,
                                        submitted_by, idempotency_key, actor_type, actor_id)
         VALUES ($1, $2, 'revised', $3, $4, $5, $6, $7, $8, $9, $10)`,
        [articleId, revision, format, input, updated.title, hash, request.submittedBy, request.idempotencyKey ?? null, request.actor.type, request.actor.id],
      );
      await this.outbox.record(manager, JobName.AnalyzeArticle, { articleId, revision });
      await this.audit.record(manager, {
        entityType: 'article',
        entityId: articleId,
        action: 'article.revised',
        actor: request.actor,
        requestId: request.requestId,
        before: { revision: article.revision, status: article.status },
        after: { revision, status: 'received', idempotencyKey: request.idempotencyKey ?? null },
      });
      await this.events.append(manager, DomainEvent.ArticleRevised, {
        articleId,
        actorId: request.actor.id,
        revision,
        previousRevision: article.revision,
      });
      return { article: updated, outcome: 'revised' };
    }).catch(async (error: unknown) => {
      // Concurrent requests with one key: the one that lost the insert answers as its repeat would.
      const raced = lostIdempotencyKeyRace(error) ? await this.replayedRevision(articleId, request, hash) : undefined;
      if (raced) return raced;
      throw error;
    });
    if (revised.outcome === 'revised') void this.outbox.dispatch(JobName.AnalyzeArticle, { articleId, revision: revised.article.revision });
    const { id, status, revision } = revised.article;
    return { article: { id, status, revision }, outcome: revised.outcome };
  }

  /**
   * The title, url and publishedAt the request sends that differ from the
   * article's, applied in place, audited and announced (`article.updated`);
   * false when nothing differs. Left out means kept, as in a revision.
   */
  private async updateMetadata(manager: EntityManager, article: LockedArticle, content: ArticleContent, request: RevisionRequest): Promise<boolean> {
    const sent = { title: content.title, url: content.url, publishedAt: content.publishedAt ? utcDate(content.publishedAt) : undefined };
    const current = { title: article.title, url: article.url, publishedAt: article.publishedAt ? new Date(article.publishedAt) : null };
    const text = (value: string | Date | null | undefined) => (value instanceof Date ? value.toISOString() : value);
    const changed = (['title', 'url', 'publishedAt'] as const).filter(
      (field) => sent[field] !== undefined && text(sent[field]) !== text(current[field]),
    );
    if (changed.length === 0) return false;
    await manager.query(
      `UPDATE articles SET title = coalesce($2, title), url = coalesce($3, url), published_at = coalesce($4, published_at), updated_at = now()
        WHERE id = $1`,
      [article.id, sent.title ?? null, sent.url ?? null, sent.publishedAt ?? null],
    );
    // The title is kept per revision too (url and publishedAt are the article's): the fixed headline is the current one's.
    if (changed.includes('title')) await this.revisions.retitle(manager, article.id, article.revision, sent.title!);
    await this.audit.record(manager, {
      entityType: 'article',
      entityId: article.id,
      action: 'article.updated',
      actor: request.actor,
      requestId: request.requestId,
      before: Object.fromEntries(changed.map((field) => [field, current[field]])),
      after: Object.fromEntries(changed.map((field) => [field, sent[field]])),
    });
    await this.events.append(manager, DomainEvent.ArticleUpdated, { articleId: article.id, actorId: request.actor.id, changed: [...changed] });
    return true;
  }

  /** The answer an Idempotency-Key already has for this article; 422 when it came with another body or article. */
  private async replayedRevision(articleId: string, request: RevisionRequest, hash: string, manager?: EntityManager): Promise<Submission | undefined> {
    if (!request.idempotencyKey) return undefined;
    const replay = await this.replayed(request.submittedBy, request.idempotencyKey, hash, manager);
    if (replay && replay.article.id !== articleId) {
      throw new UnprocessableEntityException('Idempotency-Key was already used for a different article; use a new key for new content');
    }
    return replay;
  }

  /**
   * Runs the engine again on the current revision (after the outlet registry
   * changed, say), with the same carry-over as a revision. 409 while an
   * analysis is pending.
   */
  async reanalyze(articleId: string, actor: Actor, requestId?: string): Promise<Pick<Article, 'id' | 'status' | 'revision'>> {
    const article = await this.dataSource.transaction(async (manager) => {
      const [restarted] = await returning<Pick<Article, 'id' | 'status' | 'revision'> & { before: ArticleStatus }>(
        manager,
        `UPDATE articles a SET status = 'received', failure_code = NULL, failure_reason = NULL, analysis_attempts = 0, updated_at = now()
           FROM (SELECT id, status FROM articles WHERE id = $1 FOR UPDATE) prior
          WHERE a.id = prior.id AND a.status <> ALL ($2::text[])
          RETURNING a.id, a.status, a.revision, prior.status AS before`,
        [articleId, PENDING_ARTICLE_STATUSES],
      );
      if (!restarted) {
        const existing = await manager.query<{ revision: number }[]>(`SELECT revision FROM articles WHERE id = $1`, [articleId]);
        if (existing.length === 0) throw new NotFoundException(`article ${articleId} not found`);
        throw new ConflictException(`revision ${existing[0].revision} of article ${articleId} is already waiting for analysis`);
      }
      const { before, ...answer } = restarted;
      await this.outbox.record(manager, JobName.AnalyzeArticle, { articleId, revision: answer.revision });
      await this.audit.record(manager, {
        entityType: 'article',
        entityId: articleId,
        action: 'article.reanalysis_requested',
        actor,
        requestId,
        before: { status: before },
        after: { status: 'received', revision: answer.revision },
      });
      await this.events.append(manager, DomainEvent.ArticleReanalysisRequested, { articleId, actorId: actor.id, revision: answer.revision });
      return answer;
    });
    void this.outbox.dispatch(JobName.AnalyzeArticle, { articleId, revision: article.revision });
    return article;
  }

  /** Every revision of the article, oldest first. */
  async revisionsOf(id: string, owner?: string): Promise<RevisionSummary[]> {
    await this.findById(id, owner);
    return this.revisions.list(id);
  }

  /**
   * A revision: its text and its claims as its analysis left them,
   * each with its review state now (a claim gone since is withdrawn).
   */
  async findRevision(id: string, revision: number, owner?: string): Promise<{ article: Article; revision: Revision; claims: Claim[] }> {
    const article = await this.findById(id, owner);
    const found = await this.revisions.find(id, revision);
    if (!found) throw new NotFoundException(`article ${id} has no revision ${revision} (its latest is ${article.revision})`);
    // The latest revision's claims are the live ones; an earlier one's were kept when the next was analysed.
    const latest = revision === article.revision && found.analyses > 0;
    const snapshots = (latest ? await this.revisions.liveClaims(id) : found.claims) ?? [];
    const states = await this.claims.reviewStates(snapshots.map((c) => c.id));
    const claims = snapshots.map((c): Claim => {
      const state = states.get(c.id);
      return Object.assign(new Claim(), {
        ...c,
        articleId: id,
        attribution: c.attribution as Claim['attribution'],
        status: state?.status ?? 'withdrawn',
        attributionVerdict: state?.attributionVerdict ?? null,
        rating: state?.rating ?? null,
        firstRevision: state?.firstRevision ?? revision,
        withdrawnInRevision: state?.withdrawnInRevision ?? null,
        sources: c.sources.map((s) => Object.assign(new ClaimSource(), { ...s, claimId: c.id, articleId: id, role: s.role as ClaimSource['role'], type: s.type as ClaimSource['type'] })),
      });
    });
    return { article, revision: found, claims };
  }

  /** 404 for an article the caller may not read, exactly as for one that does not exist. */
  async findById(id: string, owner?: string): Promise<Article> {
    const article = await this.dataSource.getRepository(Article).findOneBy(owner ? { id, submittedBy: owner } : { id });
    if (!article) throw new NotFoundException(`article ${id} not found`);
    return article;
  }

  async findWithClaims(id: string, page: { limit: number; offset: number }, principal: Principal): Promise<{ article: Article; claims: Claim[] }> {
    const article = await this.findById(id, readableBy(principal));
    return { article, claims: await this.claims.listByArticle(id, viewerOf(principal), page) };
  }

  /**
   * The revision the article's claims are of, with its text. A revision in
   * analysis, or whose analysis failed, has replaced the article's input while
   * the claims (and their offsets) are still the latest analysed revision's.
   */
  async claimsRevision(article: Article): Promise<ClaimsRevision> {
    const current = { revision: article.revision, text: analysedText(article) };
    if (showsLatestAnalysis(article.status)) return current;
    return (await this.revisions.latestAnalysed(article.id)) ?? current;
  }

  progressOf(id: string): Promise<Record<string, number>> {
    return this.claims.progressOf(id);
  }

  /**
   * `viewer`: the user reading (viewerOf), for the sources an outlet filter
   * reads: a claim the current text no longer has (withdrawn) cites nothing,
   * and a reviewer's correction the viewer may see stands for the engine's.
   */
  async list(query: ListArticlesQuery, owner?: string, viewer: string | null = null): Promise<{ items: Article[]; total: number }> {
    const qb = this.dataSource.getRepository(Article).createQueryBuilder('a');
    if (owner) qb.andWhere('a.submitted_by = :owner', { owner });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.unsourced === true) qb.andWhere('a.unsourced_claim_count > 0');
    if (query.unsourced === false) qb.andWhere('a.unsourced_claim_count = 0');
    if (query.outletId) {
      // Candidates first, by the outlet (claim_sources_outlet_idx) or a correction naming it; then the
      // chain the viewer is shown decides, so the list is not a scan of every article's claims.
      qb.andWhere(
        `a.id IN (SELECT c.article_id FROM claims c
                   WHERE c.id IN (SELECT s.claim_id FROM claim_sources s WHERE s.outlet_id = CAST(:outletId AS uuid)
                                  UNION ALL
                                  SELECT k.claim_id FROM source_corrections k
                                   WHERE k.sources @> jsonb_build_array(jsonb_build_object('outletId', CAST(:outletId AS uuid)::text)))
                     AND c.status <> 'withdrawn'
                     AND ${citesOutletSql('c', 'CAST(:outletId AS uuid)', 'CAST(:viewer AS uuid)')})`,
        { outletId: query.outletId, viewer },
      );
    }
    qb.select(SUMMARY_COLUMNS);
    const [items, total] = await qb
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(query.offset)
      .limit(query.limit)
      .getManyAndCount();
    return { items, total };
  }
}
