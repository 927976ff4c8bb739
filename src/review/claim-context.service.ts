import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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

@Injectable()
export class ClaimContextService {
  constructor(private readonly trackRecords: TrackRecordService) {}

  async gather(manager: EntityManager, claimId: string): Promise<ClaimContext> {
    const earlier = (await manager.query(
      `SELECT p.id, p.article_id, p.text, p.attribution_verdict, p.rating, p.updated_at
         FROM claims c JOIN claims p ON p.fingerprint = c.fingerprint AND p.status = 'published' AND p.id <> c.id
        WHERE c.id = $1
        ORDER BY p.updated_at DESC LIMIT $2`,
      [claimId, EARLIER_VERDICTS],
    )) as Array<{ id: string; article_id: string; text: string; attribution_verdict: string | null; rating: string | null; updated_at: Date }>;
    const cited = (await manager.query(
      `SELECT DISTINCT outlet_id, role FROM claim_sources WHERE claim_id = $1 AND outlet_id IS NOT NULL`,
      [claimId],
    )) as Array<{ outlet_id: string; role: string }>;
    const outlets = [];
    for (const source of cited) {
      outlets.push({ role: source.role, ...(await this.trackRecords.forOutlet(source.outlet_id, manager)) });
    }
    return {
      earlierVerdicts: earlier.map((e) => ({
        claimId: e.id,
        articleId: e.article_id,
        text: e.text,
        attributionVerdict: e.attribution_verdict,
        rating: e.rating,
        publishedAt: e.updated_at,
      })),
      outlets,
      preparedAt: new Date().toISOString(),
    };
  }
}
