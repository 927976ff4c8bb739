import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CarryOverPlan } from '../claims/claims.service.js';

/** One revision of an article, as GET /v1/articles/:id/revisions lists it. */
export interface RevisionSummary {
  revision: number;
  reason: 'submitted' | 'revised';
  inputFormat: 'text' | 'html';
  title: string | null;
  createdAt: Date;
  analyzedAt: Date | null;
  analyses: number;
  claimCount: number | null;
  carriedOver: number | null;
  added: number | null;
  withdrawn: number | null;
}

/** A claim as its revision's analysis left it (ClaimResponse's fields but the review state). */
export interface ClaimSnapshot {
  id: string;
  ordinal: number;
  text: string;
  start: number;
  end: number;
  checkworthiness: number;
  attribution: string;
  anonymous: boolean;
  unsourced: boolean;
  sources: {
    id: string;
    name: string;
    role: string;
    type: string;
    registered: boolean;
    outletId: string | null;
    person: string | null;
    confidence: number;
    cueStart: number;
    cueEnd: number;
  }[];
}

export interface Revision extends RevisionSummary {
  /** The text the claims' offsets point into. */
  text: string | null;
  /** Null until the revision has been analysed. */
  claims: ClaimSnapshot[] | null;
}

const SUMMARY = `revision, reason, input_format AS "inputFormat", title, created_at AS "createdAt", analyzed_at AS "analyzedAt",
  analyses, claim_count AS "claimCount", carried_over AS "carriedOver", added, withdrawn`;

/** SQL on article_revisions: each revision's text and request, and what its analysis found. */
@Injectable()
export class ArticleRevisionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(articleId: string): Promise<RevisionSummary[]> {
    return this.dataSource.query<RevisionSummary[]>(
      `SELECT ${SUMMARY} FROM article_revisions WHERE article_id = $1 ORDER BY revision`,
      [articleId],
    );
  }

  async find(articleId: string, revision: number): Promise<Revision | undefined> {
    const [row] = await this.dataSource.query<Revision[]>(
      `SELECT ${SUMMARY}, coalesce(analyzed_text, CASE WHEN input_format = 'text' THEN input END) AS text, claims
         FROM article_revisions WHERE article_id = $1 AND revision = $2`,
      [articleId, revision],
    );
    return row;
  }

  /** The article a key made, and the hash of the request it came with (any revision's). */
  async byIdempotencyKey(submittedBy: string, key: string): Promise<{ articleId: string; requestHash: string } | undefined> {
    const [row] = await this.dataSource.query<{ articleId: string; requestHash: string }[]>(
      `SELECT article_id AS "articleId", request_hash AS "requestHash" FROM article_revisions
        WHERE submitted_by = $1 AND idempotency_key = $2`,
      [submittedBy, key],
    );
    return row;
  }

  /**
   * After an analysis of the revision, in its transaction: the claims as it
   * left them (the current ones, in reading order, with their sources), what
   * carried over, and the article's unsourced count from the rows (a graded
   * claim keeps its earlier sources).
   */
  async recordAnalysis(manager: EntityManager, articleId: string, revision: number, plan: CarryOverPlan): Promise<void> {
    await manager.query(
      `WITH current AS (
         SELECT c.* FROM claims c WHERE c.article_id = $1 AND c.status <> 'withdrawn'
       ), counted AS (
         UPDATE articles SET unsourced_claim_count = (SELECT count(*) FROM current WHERE unsourced) WHERE id = $1
       )
       UPDATE article_revisions r
          SET claims = (
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
                  FROM current c),
              analyzed_text = (SELECT analyzed_text FROM articles WHERE id = $1),
              claim_count = (SELECT count(*) FROM current), carried_over = $3, added = $4, withdrawn = $5,
              analyses = analyses + 1, analyzed_at = clock_timestamp()
        WHERE r.article_id = $1 AND r.revision = $2`,
      [articleId, revision, plan.carriedOver, plan.added, plan.removed.length],
    );
  }
}
