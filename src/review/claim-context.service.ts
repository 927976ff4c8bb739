import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/sql.js';
import { TrackRecordService, type TrackRecord } from './track-record.service.js';

export interface EarlierVerdict {
  claimId: string;
  articleId: string;
  text: string;
  attributionVerdict: string | null;
  rating: string | null;
  publishedAt: Date;
}

/** What a reviewer sees beside the claim, gathered by the prepare step. */
export interface ClaimContext {
  /** Published verdicts on the same claim text (up to case, punctuation and spacing). */
  earlierVerdicts: EarlierVerdict[];
  /** Track records of the outlets the claim cites, with the role they play in this claim. */
  outlets: Array<{ role: string } & TrackRecord>;
  preparedAt: string;
}

const EARLIER_VERDICTS = 5;

/** An outlet a claim cites, in a role (one row per claim, outlet and role). */
export interface CitedOutlet {
  claimId: string;
  outletId: string;
  role: string;
}

@Injectable()
export class ClaimContextService {
  constructor(private readonly trackRecords: TrackRecordService) {}

  async gather(manager: EntityManager, claimId: string): Promise<ClaimContext> {
    return (await this.gatherMany(manager, [claimId])).get(claimId)!;
  }

  /** Context for many claims in four statements, whatever their number (a whole article at routing). */
  async gatherMany(manager: EntityManager, claimIds: string[]): Promise<Map<string, ClaimContext>> {
    if (claimIds.length === 0) return new Map();
    const cited = await manager.query<CitedOutlet[]>(
      `SELECT DISTINCT claim_id AS "claimId", outlet_id AS "outletId", role FROM attributed_sources
        WHERE claim_id = ANY($1::uuid[]) AND outlet_id IS NOT NULL`,
      [claimIds],
    );
    const contexts = await this.withOutlets(manager, claimIds, cited);
    await this.addEarlierVerdicts(manager, contexts);
    return contexts;
  }

  /**
   * Contexts with no earlier verdicts yet, for claims about to be stored:
   * the outlets they cite, as the analysis gave them (a new claim has no
   * corrections). `addEarlierVerdicts` completes them once the claims exist.
   */
  async withOutlets(manager: EntityManager, claimIds: string[], cited: CitedOutlet[]): Promise<Map<string, ClaimContext>> {
    const preparedAt = new Date().toISOString();
    const contexts = new Map<string, ClaimContext>(claimIds.map((id) => [id, { earlierVerdicts: [], outlets: [], preparedAt }]));
    const records = await this.trackRecords.forContext(manager, [...new Set(cited.map((c) => c.outletId))]);
    for (const source of cited) {
      const record = records.get(source.outletId);
      if (record) contexts.get(source.claimId)?.outlets.push({ role: source.role, ...record });
    }
    return contexts;
  }

  /**
   * Published verdicts on each claim's text, by the stored fingerprint.
   * Returns the ids of the claims that have any (on first analyses, few or none).
   */
  async addEarlierVerdicts(manager: EntityManager, contexts: Map<string, ClaimContext>): Promise<string[]> {
    if (contexts.size === 0) return [];
    const earlier = await preparedQuery<EarlierVerdictRow>(
      manager,
      `SELECT c.id AS for_claim, p.id, p.article_id, p.text, p.attribution_verdict, p.rating, p.updated_at
         FROM claims c
         JOIN LATERAL (SELECT p.* FROM claims p
                        WHERE p.fingerprint = c.fingerprint AND p.status = 'published' AND p.id <> c.id
                        ORDER BY p.updated_at DESC LIMIT $2) p ON true
        WHERE c.id = ANY($1::uuid[])`,
      [[...contexts.keys()], EARLIER_VERDICTS],
    );
    for (const e of earlier) {
      contexts.get(e.for_claim)?.earlierVerdicts.push({
        claimId: e.id,
        articleId: e.article_id,
        text: e.text,
        attributionVerdict: e.attribution_verdict,
        rating: e.rating,
        publishedAt: e.updated_at,
      });
    }
    return [...new Set(earlier.map((e) => e.for_claim))];
  }
}

interface EarlierVerdictRow {
  for_claim: string;
  id: string;
  article_id: string;
  text: string;
  attribution_verdict: string | null;
  rating: string | null;
  updated_at: Date;
}
