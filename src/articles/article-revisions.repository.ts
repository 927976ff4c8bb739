import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../database/sql.js';
import type { CarryOverPlan } from '../claims/claims.service.js';
import { ArticleRevision } from './article-revision.entity.js';
import type { ClaimSnapshot } from './claim-snapshot.js';
import { analysedText, analysedTextSql, latestAnalysedRevisionSql } from './analysed-text.js';

/** One revision of an article, as GET /v1/articles/:id/revisions lists it. */
export type RevisionSummary = Pick<
  ArticleRevision,
  'revision' | 'reason' | 'inputFormat' | 'title' | 'createdAt' | 'analyzedAt' | 'analyses' | 'claimCount' | 'carriedOver' | 'added' | 'withdrawn'
>;

/** A revision with its text (the one its claims' offsets point into) and its claims. */
export type Revision = RevisionSummary & Pick<ArticleRevision, 'claims'> & { text: string | null };

/** The revision whose analysis the article's claims are of, and the text their offsets point into. */
export interface ClaimsRevision {
  revision: number;
  text: string | null;
}

const SUMMARY = {
  revision: true,
  reason: true,
  inputFormat: true,
  title: true,
  createdAt: true,
  analyzedAt: true,
  analyses: true,
  claimCount: true,
  carriedOver: true,
  added: true,
  withdrawn: true,
} as const;

/** The article's ($1) standing claims in reading order, with their sources, as one JSON array. */
const CLAIMS_AS_ANALYSED = `
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', c.id, 'ordinal', c.ordinal, 'text', c.text, 'start', c.start_offset, 'end', c.end_offset,
           'checkworthiness', c.checkworthiness, 'attribution', c.attribution, 'anonymous', c.anonymous,
           'unsourced', c.unsourced,
           'sources', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                          'id', s.id, 'name', s.name, 'role', s.role, 'type', s.type, 'registered', s.registered,
                          'outletId', s.outlet_id, 'person', s.person, 'confidence', s.confidence,
                          'cueStart', s.cue_start, 'cueEnd', s.cue_end) ORDER BY s.ordinal), '[]'::jsonb)
                         FROM claim_sources s WHERE s.claim_id = c.id)
         ) ORDER BY c.ordinal), '[]'::jsonb)
    FROM claims c WHERE c.article_id = $1 AND c.status <> 'withdrawn'`;

/** SQL on article_revisions: each revision's text and request, and what its analysis found. */
@Injectable()
export class ArticleRevisionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(ArticleRevision);
  }

  async list(articleId: string): Promise<RevisionSummary[]> {
    return this.repo.find({ where: { articleId }, select: SUMMARY, order: { revision: 'ASC' } });
  }

  async find(articleId: string, revision: number): Promise<Revision | undefined> {
    const row = await this.repo.findOne({
      where: { articleId, revision },
      select: { ...SUMMARY, claims: true, analyzedText: true, input: true },
    });
    if (!row) return undefined;
    const { input: _input, analyzedText: _analyzedText, ...rest } = row;
    return { ...rest, text: analysedText(row) };
  }

  /**
   * The latest analysed revision, with its text: the one the article's
   * standing claims are of. Undefined before any analysis.
   */
  async latestAnalysed(articleId: string): Promise<ClaimsRevision | undefined> {
    const [row] = await this.dataSource.query<ClaimsRevision[]>(
      latestAnalysedRevisionSql('$1', `r.revision, ${analysedTextSql('r')} AS text`),
      [articleId],
    );
    return row;
  }

  /**
   * The article a key was used on, with the hash of the request it came with:
   * a revision it made (any revision's), or a request that made none (the
   * current text again, its metadata applied or not: article_update_keys).
   * `manager`, to look in a transaction that has just taken its locks.
   */
  async byIdempotencyKey(
    submittedBy: string,
    idempotencyKey: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Pick<ArticleRevision, 'articleId' | 'requestHash'> | undefined> {
    const [row] = await manager.query<Pick<ArticleRevision, 'articleId' | 'requestHash'>[]>(
      `SELECT article_id AS "articleId", request_hash AS "requestHash"
         FROM article_revisions WHERE submitted_by = $1 AND idempotency_key = $2
       UNION ALL
       SELECT article_id, request_hash FROM article_update_keys WHERE submitted_by = $1 AND idempotency_key = $2
       LIMIT 1`,
      [submittedBy, idempotencyKey],
    );
    return row;
  }

  /** A headline fixed in place (the current text sent again with a new title): the revision's title. */
  async retitle(manager: EntityManager, articleId: string, revision: number, title: string): Promise<void> {
    await manager.query(`UPDATE article_revisions SET title = $3 WHERE article_id = $1 AND revision = $2`, [articleId, revision, title]);
  }

  /** Records the key of a request that made no revision, so that its retry is answered and not run again. */
  async recordUpdateKey(manager: EntityManager, submittedBy: string, idempotencyKey: string, articleId: string, requestHash: string): Promise<void> {
    await manager.query(
      `INSERT INTO article_update_keys (submitted_by, idempotency_key, article_id, request_hash) VALUES ($1, $2, $3, $4)`,
      [submittedBy, idempotencyKey, articleId, requestHash],
    );
  }

  /**
   * The claims as an analysis left them, about to change under a new
   * revision's analysis: kept on the last analysed revision before
   * `revision`, once. A revision's claims are the live ones while it is the
   * article's latest (see `find`), so a first analysis, the usual one, copies
   * nothing.
   */
  async snapshotSuperseded(manager: EntityManager, articleId: string, revision: number): Promise<void> {
    await manager.query(
      `UPDATE article_revisions r SET claims = (${CLAIMS_AS_ANALYSED})
        WHERE r.article_id = $1 AND r.claims IS NULL
          AND r.revision = (SELECT max(revision) FROM article_revisions
                             WHERE article_id = $1 AND revision < $2 AND analyses > 0)`,
      [articleId, revision],
    );
  }

  /** The article's claims now, shaped as a snapshot: the latest revision's. */
  async liveClaims(articleId: string): Promise<ClaimSnapshot[]> {
    const [row] = await this.dataSource.query<{ claims: ClaimSnapshot[] }[]>(`SELECT (${CLAIMS_AS_ANALYSED}) AS claims`, [articleId]);
    return row.claims;
  }

  /**
   * After an analysis of the revision, in its transaction: its text (and
   * title, an HTML page's), what carried over, and the article's unsourced count from the rows (a graded
   * claim keeps its earlier sources).
   */
  async recordAnalysis(manager: EntityManager, articleId: string, revision: number, plan: CarryOverPlan): Promise<void> {
    await preparedQuery(
      manager,
      `WITH current AS (
         SELECT c.unsourced FROM claims c WHERE c.article_id = $1 AND c.status <> 'withdrawn'
       ), counted AS (
         UPDATE articles SET unsourced_claim_count = (SELECT count(*) FROM current WHERE unsourced) WHERE id = $1
       )
       UPDATE article_revisions r
          SET analyzed_text = (SELECT analyzed_text FROM articles WHERE id = $1),
              -- A page's own title, found by the analysis, when the revision was sent without one.
              title = coalesce(r.title, (SELECT title FROM articles WHERE id = $1)),
              claim_count = (SELECT count(*) FROM current), carried_over = $3, added = $4, withdrawn = $5,
              analyses = analyses + 1, analyzed_at = clock_timestamp()
        WHERE r.article_id = $1 AND r.revision = $2`,
      [articleId, revision, plan.carriedOver, plan.added, plan.removed.length],
    );
  }
}
