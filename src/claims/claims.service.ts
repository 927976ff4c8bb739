import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Claim as AnalysedClaim } from '../analysis/index.js';
import { analysedTextSql, latestAnalysedRevisionSql } from '../articles/analysed-text.js';
import { preparedQuery } from '../database/sql.js';
import { carryOver, type CarryOver, type StandingClaim } from './carry-over.js';
import type { IndexedText } from './claim-search.js';
import { Claim } from './claim.entity.js';
import { movedCue, type Span } from './cue-moves.js';
import type { CorrectedSource } from './source-correction.entity.js';
import { correctionVisibleSql } from './visible-correction.sql.js';

// Only the current correction travels with a claim (the latest the viewer may see); the history is in audit events.
const LATEST_CORRECTION = `k.seq = (SELECT max(k2.seq) FROM source_corrections k2 WHERE k2.claim_id = c.id AND ${correctionVisibleSql('k2', 'c', 'CAST(:viewer AS uuid)')})`;

/** A standing claim of the article, as a new analysis pairs it (see storeAnalysis). */
export type StandingRow = StandingClaim &
  Pick<Claim, 'start' | 'end'> & {
    /** Someone has graded it: it keeps what the engine said of it before. */
    reviewed: boolean;
  };

/** Where a claim is in review now. */
export type ReviewState = Pick<Claim, 'id' | 'status' | 'attributionVerdict' | 'rating' | 'firstRevision' | 'withdrawnInRevision'>;

/** A claim a new analysis inserted: its id, and its place in the analysis' claims. */
export interface AddedClaim {
  id: string;
  index: number;
}

/** How a new analysis carries the standing claims over; `removed` are to be withdrawn. */
export interface CarryOverPlan extends CarryOver {
  /** Each analysed claim's id: the standing claim's it continues, or a new one. */
  ids: string[];
  carriedOver: number;
  added: number;
}

/** An analysis' claims, with each one's fingerprint and search entry (indexed[i] is claims[i]'s). */
export interface AnalysedClaims {
  claims: AnalysedClaim[];
  indexed: readonly IndexedText[];
}

/**
 * Where a new claim starts in review, as the review workflow decides it
 * before the claim is stored: the claim is inserted there, written once.
 */
export interface InitialReviewState {
  status: string;
  round: number;
  version: number;
  /** It enters its stage's inbox now (`queued_at`). */
  inInbox: boolean;
  context: unknown;
  attributionVerdict: string | null;
  stageNote: string | null;
}

@Injectable()
export class ClaimsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `owner`: only a claim of an article this submitter sent (404 otherwise, as for a missing one).
   * `viewer`: the person reading (null: no person), who sees a correction of the open round only if it is theirs.
   */
  async findById(id: string, viewer: string | null, owner?: string): Promise<Claim> {
    const qb = this.dataSource
      .getRepository(Claim)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.sources', 's')
      .leftJoinAndSelect('c.corrections', 'k', LATEST_CORRECTION, { viewer })
      .where('c.id = :id', { id });
    if (owner) qb.andWhere('EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id AND a.submitted_by = :owner)', { owner });
    const claim = await qb
      .orderBy('s.ordinal', 'ASC')
      .getOne();
    if (!claim) throw new NotFoundException(`claim ${id} not found`);
    return claim;
  }

  /** A page of an article's claims; ordinals run 0..n-1, so a page is an ordinal range (index-only). */
  async listByArticle(articleId: string, viewer: string | null, page: { limit: number; offset: number } = { limit: 2 ** 31 - 1, offset: 0 }): Promise<Claim[]> {
    return this.dataSource
      .getRepository(Claim)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.sources', 's')
      .leftJoinAndSelect('c.corrections', 'k', LATEST_CORRECTION, { viewer })
      .where('c.article_id = :articleId', { articleId })
      // Withdrawn claims sit below ordinal 0, out of every page.
      // The end is capped at the largest integer: offset + limit past it failed the statement (a 500).
      .andWhere('c.ordinal >= :from AND c.ordinal < :to', { from: page.offset, to: Math.min(page.offset + page.limit, 2 ** 31 - 1) })
      .orderBy('c.ordinal', 'ASC')
      .addOrderBy('s.ordinal', 'ASC')
      .getMany();
  }

  /** The review state now of each of these claims (for an earlier revision's claims). */
  async reviewStates(ids: string[]): Promise<Map<string, ReviewState>> {
    if (ids.length === 0) return new Map();
    const rows: ReviewState[] = await this.dataSource.getRepository(Claim).find({
      where: { id: In(ids) },
      select: { id: true, status: true, attributionVerdict: true, rating: true, firstRevision: true, withdrawnInRevision: true },
    });
    return new Map(rows.map((state) => [state.id, state]));
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
   * The article's claims still standing (not withdrawn), locked: taken before
   * the article row, as every transaction does, so a new analysis and a
   * grade on one of its claims cannot deadlock.
   */
  async lockStanding(manager: EntityManager, articleId: string): Promise<StandingRow[]> {
    return preparedQuery<StandingRow>(
      manager,
      `SELECT c.id, c.fingerprint, c.ordinal, c.start_offset AS start, c.end_offset AS "end",
              EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id) AS reviewed
         FROM claims c WHERE c.article_id = $1 AND c.status <> 'withdrawn'
        ORDER BY c.id FOR UPDATE OF c`,
      [articleId],
    );
  }

  /**
   * Stores a new analysis of the article (its first, a revision's, or a
   * re-analysis) over the standing claims `lockStanding` returned, as
   * `planCarryOver` paired them, in the caller's transaction. Claims are carried over by normalised text (the
   * `fingerprint` column's): an unchanged one keeps its id, status, grades and
   * history and takes its new place in the text; new or reworded ones are
   * inserted where `initial` says they start in review (the workflow's route,
   * decided beforehand) and returned; standing ones the analysis no longer has are returned,
   * for the review workflow to withdraw (they leave the ordinal range of the
   * current claims here). A claim someone has graded keeps what the engine
   * said of it before (sources, attribution, check-worthiness), its cues
   * moved with it; the others take the new analysis.
   */
  async storeAnalysis(
    manager: EntityManager,
    articleId: string,
    revision: number,
    standing: StandingRow[],
    { claims, indexed }: AnalysedClaims,
    plan: CarryOverPlan,
    initial: ReadonlyMap<string, InitialReviewState>,
  ): Promise<AddedClaim[]> {
    const { continues, removed, ids } = plan;
    const byId = new Map(standing.map((c) => [c.id, c]));
    const kept = continues.flatMap((id, index) => (id === null ? [] : [{ row: byId.get(id)!, index }]));
    await this.movePositions(manager, articleId, kept, removed, claims);

    const added = ids.flatMap((id, index) => (continues[index] === null ? [{ id, index }] : []));
    // Unreviewed carried-over claims take the new analysis' sources, like new ones.
    const fresh = kept.filter((k) => !k.row.reviewed).map((k) => k.row.id);
    if (fresh.length > 0) await manager.query(`DELETE FROM claim_sources WHERE claim_id = ANY ($1::uuid[])`, [fresh]);
    const sourced = [...added, ...kept.filter((k) => !k.row.reviewed).map((k) => ({ id: k.row.id, index: k.index }))];
    await this.insert(manager, articleId, revision, added, sourced, { claims, indexed }, initial);
    return added;
  }

  /** Which analysed claims continue which standing ones (see carryOver), before anything is written. */
  planCarryOver(standing: StandingRow[], indexed: readonly IndexedText[]): CarryOverPlan {
    const plan = carryOver(standing, indexed.map((x) => x.fingerprint));
    const carriedOver = plan.continues.filter((id) => id !== null).length;
    return { ...plan, ids: plan.continues.map((id) => id ?? randomUUID()), carriedOver, added: indexed.length - carriedOver };
  }

  /**
   * One statement (ordinals are unique per article, checked at its end): each
   * kept claim to its new place, text and offsets; removed ones below zero,
   * out of the range pages read, after any withdrawn earlier.
   */
  private async movePositions(
    manager: EntityManager,
    articleId: string,
    kept: { row: StandingRow; index: number }[],
    removed: string[],
    claims: AnalysedClaim[],
  ): Promise<void> {
    if (kept.length === 0 && removed.length === 0) return;
    const [{ lowest }] = await manager.query<{ lowest: number }[]>(
      `SELECT least(coalesce(min(ordinal), 0), 0) AS lowest FROM claims WHERE article_id = $1`,
      [articleId],
    );
    const analysed = kept.map((k) => claims[k.index]);
    await manager.query(
      `UPDATE claims c
          SET ordinal = t.ordinal, text = coalesce(t.text, c.text),
              start_offset = coalesce(t.start_offset, c.start_offset), end_offset = coalesce(t.end_offset, c.end_offset),
              checkworthiness = CASE WHEN t.fresh THEN t.checkworthiness ELSE c.checkworthiness END,
              attribution = CASE WHEN t.fresh THEN t.attribution ELSE c.attribution END,
              anonymous = CASE WHEN t.fresh THEN t.anonymous ELSE c.anonymous END,
              unsourced = CASE WHEN t.fresh THEN t.unsourced ELSE c.unsourced END,
              updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::int[], $5::int[], $6::bool[], $7::real[], $8::text[], $9::bool[], $10::bool[])
              AS t(id, ordinal, text, start_offset, end_offset, fresh, checkworthiness, attribution, anonymous, unsourced)
        WHERE c.id = t.id`,
      [
        [...kept.map((k) => k.row.id), ...removed],
        [...kept.map((k) => k.index), ...removed.map((_, i) => lowest - 1 - i)],
        [...analysed.map((c) => c.text), ...removed.map(() => null)],
        [...analysed.map((c) => c.start), ...removed.map(() => null)],
        [...analysed.map((c) => c.end), ...removed.map(() => null)],
        [...kept.map((k) => !k.row.reviewed), ...removed.map(() => false)],
        [...analysed.map((c) => c.checkworthiness), ...removed.map(() => null)],
        [...analysed.map((c) => c.attribution), ...removed.map(() => null)],
        [...analysed.map((c) => c.anonymous ?? false), ...removed.map(() => null)],
        [...analysed.map(isUnsourced), ...removed.map(() => null)],
      ],
    );
    await this.moveCues(manager, articleId, kept.filter((k) => claims[k.index].start !== k.row.start), claims);
  }

  /**
   * The cues of the claims that moved (`kept`): a graded claim's own sources
   * (it keeps them) and any reviewer's correction (graded or not) mark spans
   * of the article text, which must follow the claim into the new text, or
   * they point into whatever text now stands there (see movedCue). An engine
   * cue that cannot be placed takes the new analysis's cue for the same
   * source, else an empty span at the claim; a correction's mark is dropped.
   */
  private async moveCues(manager: EntityManager, articleId: string, kept: { row: StandingRow; index: number }[], claims: AnalysedClaim[]): Promise<void> {
    if (kept.length === 0) return;
    const moves = new Map(kept.map((k) => [k.row.id, { before: { start: k.row.start, end: k.row.end }, delta: claims[k.index].start - k.row.start, now: claims[k.index] }]));
    const graded = kept.filter((k) => k.row.reviewed).map((k) => k.row.id);
    const engine = await manager.query<{ id: string; claim_id: string; name: string; start: number; end: number }[]>(
      `SELECT id, claim_id, name, cue_start AS start, cue_end AS "end" FROM claim_sources WHERE claim_id = ANY ($1::uuid[])`,
      [graded],
    );
    const corrections = await manager.query<{ id: string; claim_id: string; sources: CorrectedSource[] }[]>(
      `SELECT id, claim_id, sources FROM source_corrections WHERE claim_id = ANY ($1::uuid[]) AND jsonb_array_length(sources) > 0`,
      [[...moves.keys()]],
    );
    const outside = (claimId: string, cue: Span) => cue.start < moves.get(claimId)!.before.start || cue.end > moves.get(claimId)!.before.end;
    const marked = corrections.flatMap((k) => k.sources.flatMap((s) => (s.cueStart === null || s.cueEnd === null ? [] : [{ claimId: k.claim_id, start: s.cueStart, end: s.cueEnd }])));
    const texts = [...engine.map((e) => ({ claimId: e.claim_id, start: e.start, end: e.end })), ...marked].some((c) => outside(c.claimId, c))
      ? await this.textsAcrossAnalysis(manager, articleId)
      : { before: '', after: '' };
    const place = (claimId: string, cue: Span) => movedCue(cue, moves.get(claimId)!, texts.before, texts.after);

    const sources = engine.map((e) => {
      const move = moves.get(e.claim_id)!;
      const found = move.now.sources.find((s) => s.name === e.name)?.cue;
      return { id: e.id, cue: place(e.claim_id, e) ?? found ?? { start: move.now.start, end: move.now.start } };
    });
    if (sources.length > 0) {
      await manager.query(
        `UPDATE claim_sources s SET cue_start = t.cue_start, cue_end = t.cue_end
           FROM unnest($1::uuid[], $2::int[], $3::int[]) AS t(id, cue_start, cue_end) WHERE s.id = t.id`,
        [sources.map((x) => x.id), sources.map((x) => x.cue.start), sources.map((x) => x.cue.end)],
      );
    }
    for (const k of corrections) {
      const moved = k.sources.map((s) => {
        if (s.cueStart === null || s.cueEnd === null) return s;
        const cue = place(k.claim_id, { start: s.cueStart, end: s.cueEnd });
        return { ...s, cueStart: cue?.start ?? null, cueEnd: cue?.end ?? null };
      });
      await manager.query(`UPDATE source_corrections SET sources = $2::jsonb WHERE id = $1`, [k.id, JSON.stringify(moved)]);
    }
  }

  /**
   * The text the standing claims were found in and the one the new analysis
   * read, in the analysis's transaction: the article row already has the new
   * one, the latest analysed revision (recorded after this) still the earlier.
   */
  private async textsAcrossAnalysis(manager: EntityManager, articleId: string): Promise<{ before: string; after: string }> {
    const [row] = await manager.query<{ before: string | null; after: string | null }[]>(
      `SELECT (${latestAnalysedRevisionSql('a.id', analysedTextSql('r'))}) AS before, ${analysedTextSql('a')} AS after FROM articles a WHERE a.id = $1`,
      [articleId],
    );
    return { before: row?.before ?? '', after: row?.after ?? '' };
  }

  /**
   * New claims, already at their first stage (`initial`), with their
   * fingerprints and search entries, and the sources of `sourced` (new and
   * unreviewed carried-over claims) in one statement (three multi-row inserts
   * from arrays): on this class of machine a socket write costs more than the
   * rows. Foreign keys are checked at the end of the statement, after all
   * three. A carried-over claim keeps its search entry: same fingerprint,
   * same words (claimWords).
   */
  private async insert(
    manager: EntityManager,
    articleId: string,
    revision: number,
    added: { id: string; index: number }[],
    sourced: { id: string; index: number }[],
    { claims, indexed: indexedClaims }: AnalysedClaims,
    initial: ReadonlyMap<string, InitialReviewState>,
  ): Promise<void> {
    if (added.length === 0 && sourced.length === 0) return;
    const fresh = added.map((a) => claims[a.index]);
    const states = added.map((a) => {
      const state = initial.get(a.id);
      if (!state) throw new Error(`no initial review state for new claim ${a.id}`);
      return state;
    });
    const sources = sourced.flatMap((x) => claims[x.index].sources.map((s, ordinal) => ({ claimId: x.id, ordinal, s })));
    const indexed = added.map((a) => indexedClaims[a.index]);
    await preparedQuery(
      manager,
      `WITH inserted_claims AS (
         INSERT INTO claims (id, article_id, ordinal, text, start_offset, end_offset,
                             checkworthiness, attribution, anonymous, unsourced, first_revision,
                             status, round, version, queued_at, context, attribution_verdict, stage_note, fingerprint)
         SELECT id, $1, ordinal, text, start_offset, end_offset, checkworthiness, attribution, anonymous, unsourced, $22,
                status, round, version, CASE WHEN in_inbox THEN now() END, context, attribution_verdict, stage_note, fingerprint
           FROM unnest($2::uuid[], $3::int[], $4::text[], $5::int[], $6::int[], $7::real[], $8::text[], $9::bool[], $10::bool[],
                       $23::text[], $24::int[], $25::int[], $26::bool[], $27::jsonb[], $28::text[], $29::text[], $30::text[])
                AS t(id, ordinal, text, start_offset, end_offset, checkworthiness, attribution, anonymous, unsourced,
                     status, round, version, in_inbox, context, attribution_verdict, stage_note, fingerprint)
       ), searchable AS (
         INSERT INTO claim_search (claim_id, search) SELECT id, search FROM unnest($2::uuid[], $31::tsvector[]) AS t(id, search)
       )
       INSERT INTO claim_sources (claim_id, article_id, ordinal, name, role, type, registered,
                                  outlet_id, person, confidence, cue_start, cue_end)
       SELECT claim_id, $1, ordinal, name, role, type, registered, outlet_id, person, confidence, cue_start, cue_end
         FROM unnest($11::uuid[], $12::int[], $13::text[], $14::text[], $15::text[], $16::bool[],
                     $17::uuid[], $18::text[], $19::real[], $20::int[], $21::int[])
              AS t(claim_id, ordinal, name, role, type, registered, outlet_id, person, confidence, cue_start, cue_end)`,
      [
        articleId,
        added.map((a) => a.id),
        added.map((a) => a.index),
        fresh.map((c) => c.text),
        fresh.map((c) => c.start),
        fresh.map((c) => c.end),
        fresh.map((c) => c.checkworthiness),
        fresh.map((c) => c.attribution),
        fresh.map((c) => c.anonymous ?? false),
        fresh.map(isUnsourced),
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
        revision,
        states.map((x) => x.status),
        states.map((x) => x.round),
        states.map((x) => x.version),
        states.map((x) => x.inInbox),
        states.map((x) => (x.context === null ? null : JSON.stringify(x.context))),
        states.map((x) => x.attributionVerdict),
        states.map((x) => x.stageNote),
        indexed.map((x) => x.fingerprint),
        indexed.map((x) => x.search),
      ],
    );
  }
}

function isUnsourced(c: AnalysedClaim): boolean {
  return c.sources.length === 0 && !c.anonymous;
}
