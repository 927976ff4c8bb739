import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Claim as AnalysedClaim } from '../analysis/index.js';
import { Claim } from './claim.entity.js';

export interface ClaimCounts {
  claims: number;
  unsourced: number;
}

@Injectable()
export class ClaimsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `owner`: only a claim of an article this submitter sent (404 otherwise, as for a missing one). */
  async findById(id: string, owner?: string): Promise<Claim> {
    const qb = this.dataSource
      .getRepository(Claim)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.sources', 's')
      .where('c.id = :id', { id });
    if (owner) qb.andWhere('EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id AND a.submitted_by = :owner)', { owner });
    const claim = await qb
      .orderBy('s.ordinal', 'ASC')
      .getOne();
    if (!claim) throw new NotFoundException(`claim ${id} not found`);
    return claim;
  }

  /** Claims with their sources, in no particular order; missing ids are left out. */
  async findManyWithSources(ids: readonly string[]): Promise<Claim[]> {
    if (ids.length === 0) return [];
    return this.dataSource
      .getRepository(Claim)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.sources', 's')
      .where('c.id = ANY (:ids)', { ids })
      .orderBy('s.ordinal', 'ASC')
      .getMany();
  }

  /** A page of an article's claims; ordinals run 0..n-1, so a page is an ordinal range (index-only). */
  async listByArticle(articleId: string, page: { limit: number; offset: number } = { limit: 2 ** 31 - 1, offset: 0 }): Promise<Claim[]> {
    return this.dataSource
      .getRepository(Claim)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.sources', 's')
      .where('c.article_id = :articleId', { articleId })
      .andWhere('c.ordinal >= :from AND c.ordinal < :to', { from: page.offset, to: page.offset + page.limit })
      .orderBy('c.ordinal', 'ASC')
      .addOrderBy('s.ordinal', 'ASC')
      .getMany();
  }

  /** How many of the article's claims are at each stage or end state. */
  async progressOf(articleId: string): Promise<Record<string, number>> {
    const rows = await this.dataSource.query<Array<{ status: string; n: number }>>(
      `SELECT status, count(*)::int AS n FROM claims WHERE article_id = $1 GROUP BY status`,
      [articleId],
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  /**
   * Inserts an article's claims and their sources in one statement (two
   * multi-row inserts from arrays), inside the caller's transaction. The
   * caller removes earlier claims first (see AnalysisProcessor): together
   * that is a replace, so a retried job never appends a second copy.
   */
  async insertForArticle(manager: EntityManager, articleId: string, claims: AnalysedClaim[]): Promise<ClaimCounts> {
    if (claims.length === 0) return { claims: 0, unsourced: 0 };
    const ids = claims.map(() => randomUUID());
    const unsourced = claims.map((c) => c.sources.length === 0 && !c.anonymous);
    const sources = claims.flatMap((c, i) => c.sources.map((s, ordinal) => ({ claimId: ids[i], ordinal, s })));
    // One round trip (on this class of machine a socket write costs more than the
    // rows). Foreign keys are checked at the end of the statement, after both inserts.
    await manager.query(
      `WITH inserted_claims AS (
         INSERT INTO claims (id, article_id, ordinal, text, start_offset, end_offset,
                             checkworthiness, attribution, anonymous, unsourced)
         SELECT id, $1, ordinal, text, start_offset, end_offset, checkworthiness, attribution, anonymous, unsourced
           FROM unnest($2::uuid[], $3::int[], $4::text[], $5::int[], $6::int[], $7::real[], $8::text[], $9::bool[], $10::bool[])
                AS t(id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, anonymous, unsourced)
       )
       INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered,
                                  outlet_id, person, confidence, cue_start, cue_end)
       SELECT claim_id, $1, ordinal, name, role, type, registered, outlet_id, person, confidence, cue_start, cue_end
         FROM unnest($11::uuid[], $12::int[], $13::text[], $14::text[], $15::text[], $16::bool[],
                     $17::uuid[], $18::text[], $19::real[], $20::int[], $21::int[])
              AS t(claim_id, ordinal, name, role, type, registered, outlet_id, person, confidence, cue_start, cue_end)`,
      [
        articleId,
        ids,
        claims.map((_, i) => i),
        claims.map((c) => c.text),
        claims.map((c) => c.start),
        claims.map((c) => c.end),
        claims.map((c) => c.checkworthiness),
        claims.map((c) => c.attribution),
        claims.map((c) => c.anonymous ?? false),
        unsourced,
        sources.map((x) => x.claimId),
        sources.map((x) => x.ordinal),
        sources.map((x) => x.s.name),
        sources.map((x) => x.s.role),
        sources.map((x) => x.s.type),
        sources.map((x) => x.s.registered),
        sources.map((x) => (x.s.registered ? (x.s.outletId ?? null) : null)),
        sources.map((x) => x.s.person ?? null),
        sources.map((x) => x.s.confidence),
        sources.map((x) => x.s.cue.start),
        sources.map((x) => x.s.cue.end),
      ],
    );
    return { claims: claims.length, unsourced: unsourced.filter(Boolean).length };
  }
}
