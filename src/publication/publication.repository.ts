import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { claimsTextSql } from '../articles/analysed-text.js';
import { anonymousSql, unsourcedSql } from '../claims/visible-correction.sql.js';

export interface SourceFact {
  name: string;
  role: string;
  outletId: string | null;
  registered: boolean;
  person: string | null;
}

export interface ReviewFact {
  stage: string;
  attributionVerdict: string | null;
  rating: string | null;
  decision: string | null;
  evidence: { url: string; quote?: string; archivedUrl?: string }[];
  note: string | null;
  createdAt: string;
}

export interface ClaimFact {
  id: string;
  articleId: string;
  ordinal: number;
  text: string;
  start: number;
  end: number;
  status: string;
  attributionVerdict: string | null;
  rating: string | null;
  unsourced: boolean;
  /** It cites unnamed sources ("officials said"). */
  anonymous: boolean;
  publishedAt: Date | null;
  sources: SourceFact[];
  reviews: ReviewFact[];
}

export interface ArticleFact {
  id: string;
  title: string | null;
  url: string | null;
  externalId: string | null;
  byline: string | null;
  status: string;
  publishedAt: Date | null;
  text: string | null;
}

/**
 * The claim's sources as they stood before its open round: a source
 * correction is part of its author's grade, blind until the round closes
 * (correctionVisibleSql), so while one is open the report shows the latest
 * correction of a closed round, else the engine's chain.
 */
const CLOSED_ROUND_SOURCES = `coalesce(
      (SELECT json_agg(json_build_object('name', x.v->>'name', 'role', x.v->>'role', 'outletId', (x.v->>'outletId')::uuid,
                'registered', (x.v->>'registered')::boolean, 'person', NULL) ORDER BY x.n)
         FROM (SELECT sources FROM source_corrections k WHERE k.claim_id = c.id AND k.round < c.round ORDER BY k.seq DESC LIMIT 1) k
         CROSS JOIN LATERAL jsonb_array_elements(k.sources) WITH ORDINALITY AS x (v, n)),
      (SELECT json_agg(json_build_object('name', s.name, 'role', s.role, 'outletId', s.outlet_id,
                'registered', s.registered, 'person', s.person) ORDER BY s.ordinal)
         FROM claim_sources s WHERE s.claim_id = c.id
          AND NOT EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = c.id AND k.round < c.round)),
      '[]')`;

// Reviews of closed rounds only: grading is blind until a round closes (see gradeIsBlind in src/review/workflow.ts).
const CLAIM_COLUMNS = `
  c.id, c.article_id AS "articleId", c.ordinal, c.text, c.start_offset AS start, c.end_offset AS "end", c.status,
  c.attribution_verdict AS "attributionVerdict", c.rating,
  -- As the sources below: the latest correction of a closed round, else the engine's.
  ${unsourcedSql('c', 'closed rounds')} AS unsourced, ${anonymousSql('c', 'closed rounds')} AS anonymous,
  CASE WHEN c.status = 'published' THEN coalesce(
    (SELECT max(a.created_at) FROM audit_events a
      WHERE a.entity_type = 'claim' AND a.entity_id = c.id AND a.action = 'claim.published'), c.updated_at) END AS "publishedAt",
  CASE WHEN EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = c.id AND k.round >= c.round)
    THEN ${CLOSED_ROUND_SOURCES}
    ELSE coalesce((SELECT json_agg(json_build_object('name', s.name, 'role', s.role, 'outletId', s.outlet_id,
              'registered', s.registered, 'person', s.person) ORDER BY s.ordinal)
     FROM attributed_sources s WHERE s.claim_id = c.id), '[]') END AS sources,
  coalesce((SELECT json_agg(json_build_object('stage', r.stage, 'attributionVerdict', r.attribution_verdict,
              'rating', r.rating, 'decision', r.decision, 'evidence', r.evidence, 'note', r.note,
              'createdAt', r.created_at) ORDER BY r.created_at, r.id)
     FROM reviews r WHERE r.claim_id = c.id AND r.round < c.round), '[]') AS reviews`;

const ARTICLE_COLUMNS = `id, title, url, external_id AS "externalId", byline, status, published_at AS "publishedAt",
  ${claimsTextSql('articles')} AS text`;

/**
 * The claim `c` is of an article `$param` submitted, or `$param` is null (a
 * caller who may read every article): see readableBy.
 */
const claimReadableBy = (param: string) =>
  `(${param}::text IS NULL OR EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id AND a.submitted_by = ${param}))`;

/** Reads what ClaimReview markup and reports publish: claims with sources, grades, evidence and notes. */
@Injectable()
export class PublicationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `owner`: the only submitter whose articles the caller may read (an own-articles-only key); others are not found. */
  async article(id: string, owner?: string): Promise<ArticleFact> {
    const [row] = await this.dataSource.query(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1 AND ($2::text IS NULL OR submitted_by = $2)`,
      [id, owner ?? null],
    );
    if (!row) throw new NotFoundException('article not found');
    return row as ArticleFact;
  }

  async articles(ids: string[]): Promise<Map<string, ArticleFact>> {
    const rows = await this.dataSource.query<ArticleFact[]>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ANY ($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  async claim(id: string, owner?: string): Promise<ClaimFact> {
    const [row] = await this.dataSource.query(
      `SELECT ${CLAIM_COLUMNS} FROM claims c
        WHERE c.id = $1 AND ${claimReadableBy('$2')}`,
      [id, owner ?? null],
    );
    if (!row) throw new NotFoundException('claim not found');
    return row as ClaimFact;
  }

  async claimsOf(articleId: string, publishedOnly: boolean): Promise<ClaimFact[]> {
    return this.dataSource.query(
      // Not withdrawn claims: their offsets point into an earlier revision's text.
      `SELECT ${CLAIM_COLUMNS} FROM claims c
        WHERE c.article_id = $1 AND c.status <> 'withdrawn' AND (NOT $2 OR c.status = 'published') ORDER BY c.ordinal`,
      [articleId, publishedOnly],
    );
  }

  /**
   * Published claims in publication order after (since, afterId), for the
   * ClaimReview feed, up to the horizon: a publication is stamped when its
   * transaction starts and seen when it commits, so one that began before
   * another but commits after it would land behind a cursor already handed
   * out, and a reader following the feed would never see it. Only what was
   * published before every transaction of this database still open began is
   * served (the wait is as long as the longest transaction open now).
   */
  // `since` is text at microsecond precision: a JS Date would cut it to milliseconds and repeat rows.
  async publishedSince(since: string, afterId: string | null, limit: number, owner?: string): Promise<(ClaimFact & { cursorAt: string })[]> {
    return this.dataSource.query(
      `SELECT *, to_char("publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
         FROM (SELECT ${CLAIM_COLUMNS} FROM claims c
                WHERE c.status = 'published' AND ${claimReadableBy('$4')}) p
        WHERE ("publishedAt", id) > ($1::timestamptz, coalesce($2::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
          AND "publishedAt" < (SELECT min(xact_start) FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL)
        ORDER BY "publishedAt", id LIMIT $3`,
      [since, afterId, limit, owner ?? null],
    );
  }
}
