import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { searchQuery, typedTerms } from '../claims/claim-search.js';
import { ClaimWorkflowRepository } from './claim-workflow.repository.js';
import { REVIEW_STAGES, gradeIsBlind, type ReviewStage } from './workflow.js';

export interface StageQueue {
  stage: ReviewStage;
  /** In the inbox, nobody holding it (an expired lease counts as waiting). */
  waiting: number;
  leased: number;
  /** Of the leased, those the viewer holds. */
  held: number;
  /** In the stage, its machine step (prepare, apply a grade) not done yet. */
  preparing: number;
  /** Age of the longest-waiting claim, in seconds; 0 when none waits. */
  oldestAgeSeconds: number;
  /** Rounds that needed several independent grades, and how many agreed. */
  agreement: { rounds: number; agreed: number };
}

export interface InboxFilter {
  articleId?: string;
  outletId?: string;
  unsourced?: boolean;
  /** Full-text search (websearch syntax) over the claim's text. */
  q?: string;
  /** Only the viewer's live leases. */
  mine?: boolean;
  /** Claims to list. */
  limit: number;
}

export interface InboxClaim {
  id: string;
  text: string;
  stage: ReviewStage;
  articleId: string;
  articleTitle: string | null;
  unsourced: boolean;
  checkworthiness: number;
  leased: boolean;
  mine: boolean;
  leaseExpiresAt: Date | null;
  queuedAt: Date;
}

interface InboxClaimRow {
  id: string;
  text: string;
  status: ReviewStage;
  article_id: string;
  title: string | null;
  unsourced: boolean;
  checkworthiness: number;
  queued_at: Date;
  leased: boolean;
  mine: boolean;
  lease_expires_at: Date | null;
}

/**
 * How the inbox's text search matches: through `claim_search` (a tsvector per
 * claim, stored with it: searchVector) and its GIN index, by the query
 * searchQuery makes of what was typed; or, when every word of the query
 * is an English stop word that the index leaves out ("US", "who", "the"), by
 * those words, whole and in order, in the claim's text, so that such a search
 * does not silently match nothing. A term after `-` is excluded there too:
 * `-US` matched the claims naming the US, the opposite of what was asked.
 */
type TextMatch = { indexed: string } | { wholeWords: WholeWords } | 'nothing';

interface WholeWords {
  /** The words of the terms not excluded, in order, or undefined when every term is excluded. */
  included?: string;
  /** Each excluded term's words. */
  excluded: string[];
}

/** `\m` and `\M`: a word's start and end in PostgreSQL's regular expressions; words hold only letters and digits. */
function wholeWordsPattern(words: readonly string[]): string {
  return `\\m${words.join('\\W+')}\\M`;
}

function wholeWordsMatch(query: string): WholeWords | undefined {
  const included: string[] = [];
  const excluded: string[] = [];
  for (const term of typedTerms(query)) {
    const words = term.text.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    if (term.excluded) excluded.push(wholeWordsPattern(words));
    else included.push(...words);
  }
  if (included.length === 0 && excluded.length === 0) return undefined;
  return { included: included.length > 0 ? wholeWordsPattern(included) : undefined, excluded };
}

const MATCH_SQL = {
  indexed: (p: string) => `c.id IN (SELECT claim_id FROM claim_search WHERE search @@ ${p}::tsquery)`,
  wholeWords: (p: string) => `c.text ~* ${p}`,
  notWholeWords: (p: string) => `c.text !~* ${p}`,
};

/** The filters as a WHERE clause over `claims c`; $1 is always the viewer. */
function inboxWhere(filter: InboxFilter, text: TextMatch | undefined, viewerId: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [viewerId, REVIEW_STAGES];
  const conditions = ['c.status = ANY($2::text[])'];
  const add = (value: unknown, sql: (p: string) => string) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (filter.articleId) add(filter.articleId, (p) => `c.article_id = ${p}::uuid`);
  if (filter.outletId) add(filter.outletId, (p) => `EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id AND s.outlet_id = ${p}::uuid)`);
  if (filter.unsourced) conditions.push('c.unsourced');
  if (text === 'nothing') conditions.push('false');
  else if (text && 'indexed' in text) add(text.indexed, MATCH_SQL.indexed);
  else if (text) {
    if (text.wholeWords.included !== undefined) add(text.wholeWords.included, MATCH_SQL.wholeWords);
    for (const pattern of text.wholeWords.excluded) add(pattern, MATCH_SQL.notWholeWords);
  }
  if (filter.mine) conditions.push('c.lease_holder = $1 AND c.lease_expires_at > now()');
  return { sql: conditions.join(' AND '), params };
}

export interface HistoryEntry {
  id: string;
  action: string;
  actor: { type: string; id: string | null; name: string | null };
  before: unknown;
  after: unknown;
  requestId: string | null;
  at: Date;
}

@Injectable()
export class ReviewReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: ClaimWorkflowRepository,
    private readonly audit: AuditService,
  ) {}

  /** Per stage counts and the matching claims, narrowed by the inbox's filters. */
  async queues(filter: InboxFilter, viewerId: string): Promise<{ stages: StageQueue[]; claims: InboxClaim[] }> {
    const text = this.textMatch(filter.q);
    const where = inboxWhere(filter, text, viewerId);
    const rows = await this.dataSource.query<Array<{ status: ReviewStage; waiting: number; leased: number; held: number; preparing: number; oldest: number }>>(
      `SELECT c.status,
              count(*) FILTER (WHERE c.queued_at IS NOT NULL AND coalesce(c.lease_expires_at <= now(), true))::int AS waiting,
              count(*) FILTER (WHERE c.queued_at IS NOT NULL AND c.lease_expires_at > now())::int AS leased,
              count(*) FILTER (WHERE c.queued_at IS NOT NULL AND c.lease_expires_at > now() AND c.lease_holder = $1)::int AS held,
              count(*) FILTER (WHERE c.queued_at IS NULL)::int AS preparing,
              coalesce(extract(epoch FROM now() - min(c.queued_at)
                FILTER (WHERE c.queued_at IS NOT NULL AND coalesce(c.lease_expires_at <= now(), true))), 0)::float AS oldest
         FROM claims c WHERE ${where.sql} GROUP BY c.status`,
      where.params,
    );
    const agreement = await this.dataSource.query<Array<{ stage: string; rounds: number; agreed: number }>>(
      `SELECT stage, count(*)::int AS rounds, count(*) FILTER (WHERE agreed)::int AS agreed FROM consensus_outcomes GROUP BY stage`,
    );
    const stages = REVIEW_STAGES.map((stage) => {
      const row = rows.find((r) => r.status === stage);
      const agreed = agreement.find((a) => a.stage === stage);
      return {
        stage,
        waiting: row?.waiting ?? 0,
        leased: row?.leased ?? 0,
        held: row?.held ?? 0,
        preparing: row?.preparing ?? 0,
        oldestAgeSeconds: Math.round(row?.oldest ?? 0),
        agreement: { rounds: agreed?.rounds ?? 0, agreed: agreed?.agreed ?? 0 },
      };
    });
    return { stages, claims: filter.limit > 0 ? await this.inboxClaims(filter, text, viewerId) : [] };
  }

  private textMatch(q: string | undefined): TextMatch | undefined {
    const typed = q?.trim();
    if (!typed) return undefined;
    const indexed = searchQuery(typed);
    if (indexed !== undefined) return { indexed };
    const wholeWords = wholeWordsMatch(typed);
    return wholeWords ? { wholeWords } : 'nothing';
  }

  private async inboxClaims(filter: InboxFilter, text: TextMatch | undefined, viewerId: string): Promise<InboxClaim[]> {
    const where = inboxWhere(filter, text, viewerId);
    const rows = await this.dataSource.query<InboxClaimRow[]>(
      `SELECT c.id, c.text, c.status, c.article_id, a.title, c.unsourced, c.checkworthiness, c.queued_at,
              coalesce(c.lease_expires_at > now(), false) AS leased,
              coalesce(c.lease_expires_at > now() AND c.lease_holder = $1, false) AS mine,
              CASE WHEN c.lease_expires_at > now() AND c.lease_holder = $1 THEN c.lease_expires_at END AS lease_expires_at
         FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE ${where.sql} AND c.queued_at IS NOT NULL
        ORDER BY mine DESC, array_position($2::text[], c.status),
                 c.unsourced DESC, c.checkworthiness DESC, c.queued_at, c.id
        LIMIT $${where.params.length + 1}`,
      [...where.params, filter.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      stage: r.status,
      articleId: r.article_id,
      articleTitle: r.title,
      unsourced: r.unsourced,
      checkworthiness: r.checkworthiness,
      leased: r.leased,
      mine: r.mine,
      leaseExpiresAt: r.lease_expires_at,
      queuedAt: r.queued_at,
    }));
  }

  /**
   * Every audit event of the claim, oldest first, with who made each by
   * name. Blind grading: a grade of the current round by someone else than
   * `viewerId` shows only its stage and round until the round closes, and a
   * source correction of that round (part of its author's grade) only its round.
   */
  async history(claimId: string, viewerId: string): Promise<HistoryEntry[]> {
    const manager = this.dataSource.manager;
    const claim = await this.workflow.read(manager, claimId);
    if (!claim) throw new NotFoundException(`claim ${claimId} not found`);
    const [events, correctionRounds] = await Promise.all([this.audit.history(manager, 'claim', claimId), this.workflow.correctionRounds(manager, claimId)]);
    const people = events.filter((e) => e.actorType === 'user' && e.actorId).map((e) => e.actorId!);
    const names = await this.workflow.peopleNames(manager, [...new Set(people)]);
    return events.map((e) => {
      const blinded =
        e.action === 'review.submitted'
          ? { before: e.before, after: blindGrade(e.after, e.actorId, claim.round, viewerId) }
          : e.action === 'claim.sources_corrected'
            ? blindCorrection(e, correctionRounds, claim.round, viewerId)
            : { before: e.before, after: e.after };
      return {
        id: String(e.id),
        action: e.action,
        actor: { type: e.actorType, id: e.actorId, name: (e.actorId && names.get(e.actorId)) ?? null },
        ...blinded,
        requestId: e.requestId,
        at: e.createdAt,
      };
    });
  }
}

/** A submitted grade as the viewer may see it: whole, or only its stage and round while its round is open. */
function blindGrade(after: unknown, authorId: string | null, claimRound: number, viewerId: string): unknown {
  const grade = after as { stage?: string; round?: number } | null;
  if (!grade || typeof grade.round !== 'number') return after;
  if (!gradeIsBlind({ round: grade.round, reviewerId: authorId ?? '' }, claimRound, viewerId)) return after;
  return { stage: grade.stage, round: grade.round, blind: true };
}

/**
 * A source correction as the viewer may see it: whole, or, while its round is
 * open and it is someone else's, only its round (the chain it replaced may be
 * the author's own earlier correction of the round, so it goes too).
 */
function blindCorrection(
  event: { before: unknown; after: unknown; actorId: string | null },
  rounds: Map<string, number>,
  claimRound: number,
  viewerId: string,
): { before: unknown; after: unknown } {
  const round = rounds.get((event.after as { correctionId?: string } | null)?.correctionId ?? '');
  if (round === undefined || !gradeIsBlind({ round, reviewerId: event.actorId ?? '' }, claimRound, viewerId)) {
    return { before: event.before, after: event.after };
  }
  return { before: null, after: { round, blind: true } };
}
