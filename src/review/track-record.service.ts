import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TtlCache } from '../auth/ttl-cache.js';
import { ATTRIBUTION_VERDICTS, RATINGS } from './workflow.js';

/**
 * How old an outlet's track record in a claim's context may be. Counting
 * reads every published claim citing the outlet (48 ms per outlet at 40,000
 * of them), and every analysis and stage move gathers the records of the
 * outlets its claims cite: counted afresh each time, the cost grew with the
 * outlet's whole history. Reviewers see the record as of when the context
 * was prepared (`preparedAt`) anyway.
 */
export const CONTEXT_RECORD_MS = 10_000;

export interface RoleRecord {
  /** Published claims citing the outlet in this role. */
  claims: number;
  attributionVerdicts: Record<string, number>;
  ratings: Record<string, number>;
}

export interface TrackRecord {
  outletId: string;
  name: string;
  /** Claims the outlet is cited for as the original reporter. */
  asOriginal: RoleRecord;
  /** Claims the outlet passed on from someone else: how often it distorts what it relays. */
  asRelay: RoleRecord;
}

interface CountRow {
  role: 'original' | 'relay';
  attribution_verdict: string | null;
  rating: string | null;
  n: number;
}

function emptyRecord(): RoleRecord {
  return {
    claims: 0,
    attributionVerdicts: Object.fromEntries(ATTRIBUTION_VERDICTS.map((v) => [v, 0])),
    ratings: Object.fromEntries(RATINGS.map((r) => [r, 0])),
  };
}

/**
 * How claims attributed to an outlet fared, counted over published claims
 * only (approved verdicts), by their attribution as reviewers left it: a
 * reviewer's correction where there is one (attributed_sources), else the engine's.
 */
@Injectable()
export class TrackRecordService {
  private readonly recent = new TtlCache<string, TrackRecord>(CONTEXT_RECORD_MS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forOutlet(outletId: string, manager: EntityManager = this.dataSource.manager): Promise<TrackRecord> {
    const record = (await this.forOutlets(manager, [outletId])).get(outletId);
    if (!record) throw new NotFoundException(`outlet ${outletId} not found`);
    return record;
  }

  /**
   * For a claim's context: each outlet's record as counted at most
   * CONTEXT_RECORD_MS ago in this process, the others counted now. The
   * outlet's own page and the registry's ranking count afresh (forOutlet).
   */
  async forContext(manager: EntityManager, outletIds: string[]): Promise<Map<string, TrackRecord>> {
    const records = new Map<string, TrackRecord>();
    const missing: string[] = [];
    for (const id of outletIds) {
      const record = this.recent.get(id);
      if (record) records.set(id, record);
      else missing.push(id);
    }
    for (const [id, record] of await this.forOutlets(manager, missing)) {
      this.recent.set(id, record);
      records.set(id, record);
    }
    return records;
  }

  /** Several outlets in two statements (the prepare step asks for every outlet an article cites). */
  async forOutlets(manager: EntityManager, outletIds: string[]): Promise<Map<string, TrackRecord>> {
    const records = new Map<string, TrackRecord>();
    if (outletIds.length === 0) return records;
    const outlets = await manager.query<Array<{
      id: string;
      name: string;
    }>>(`SELECT id, name FROM outlets WHERE id = ANY($1::uuid[])`, [outletIds]);
    for (const outlet of outlets) {
      records.set(outlet.id, { outletId: outlet.id, name: outlet.name, asOriginal: emptyRecord(), asRelay: emptyRecord() });
    }
    // A claim citing the outlet twice in one role counts once.
    const rows = await manager.query<Array<CountRow & { outlet_id: string }>>(
      `SELECT outlet_id, role, attribution_verdict, rating, count(*)::int AS n
         FROM (SELECT DISTINCT s.outlet_id, s.role, c.id, c.attribution_verdict, c.rating
                 FROM attributed_sources s JOIN claims c ON c.id = s.claim_id
                WHERE s.outlet_id = ANY($1::uuid[]) AND c.status = 'published') cited
        GROUP BY outlet_id, role, attribution_verdict, rating`,
      [outletIds],
    );
    for (const row of rows) {
      const record = records.get(row.outlet_id);
      if (!record) continue;
      const target = row.role === 'original' ? record.asOriginal : record.asRelay;
      target.claims += row.n;
      if (row.attribution_verdict) target.attributionVerdicts[row.attribution_verdict] += row.n;
      if (row.rating) target.ratings[row.rating] += row.n;
    }
    return records;
  }
}
