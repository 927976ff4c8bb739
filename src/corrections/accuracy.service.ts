import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AccuracyFiguresResponse, AccuracyQuery, AccuracyResponse } from './dto/accuracy.dto.js';

const DEFAULT_DAYS = 30;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The claims graded at source_check in [$1, $2) whose round has closed, and
 * with no correction of a round still open. Grading is blind: counting an open
 * round's grade or correction told an editor grading in it (narrowing from/to
 * to the first checker's minute) whether the first checker corrected the sources.
 */
const CHECKED_CLAIMS = `SELECT DISTINCT r.claim_id FROM reviews r JOIN claims c ON c.id = r.claim_id
  WHERE r.stage = 'source_check' AND r.created_at >= $1 AND r.created_at < $2 AND r.round < c.round
    AND NOT EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = c.id AND k.round >= c.round)`;

/**
 * The engine's source precision and recall as reviewers measured them. The
 * claims are those graded at source_check in the period; for each, the
 * engine's sources (claim_sources) are compared with what reviewers left
 * (attributed_sources: the latest correction, or the engine's chain kept as
 * it was). A source matches when both name the same outlet (or the same
 * unregistered name) in the same role, so a swapped chain counts as two
 * wrong and two missed. A kept source is counted under the engine's type, a
 * missed one under the reviewer's.
 */
@Injectable()
export class AccuracyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async measure(query: AccuracyQuery): Promise<AccuracyResponse> {
    const to = query.to ?? new Date();
    const from = query.from ?? new Date(to.getTime() - DEFAULT_DAYS * 86_400_000);
    // without a `to` the period ends now: say so, not "before to" of a parameter the caller never sent
    if (from.getTime() >= to.getTime()) throw new BadRequestException(query.to ? 'from must be before to' : 'from must be in the past (to, not given, is now)');

    const [claims] = await this.dataSource.query<Array<{ checked: number; corrected: number }>>(
      `WITH checked AS (${CHECKED_CLAIMS})
       SELECT count(*)::int AS checked,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = checked.claim_id))::int AS corrected
         FROM checked`,
      [from, to],
    );
    const rows = await this.dataSource.query<Array<Counts & { type: string }>>(
      `WITH checked AS (${CHECKED_CLAIMS}),
       engine AS (
         SELECT DISTINCT s.claim_id, coalesce(s.outlet_id::text, 'name:' || lower(s.name)) AS key, s.role, s.type
           FROM claim_sources s JOIN checked USING (claim_id)
       ), kept AS (
         SELECT DISTINCT a.claim_id, coalesce(a.outlet_id::text, 'name:' || lower(a.name)) AS key, a.role, a.type
           FROM attributed_sources a JOIN checked USING (claim_id)
       ), found AS (
         SELECT e.type, (k.key IS NOT NULL) AS hit FROM engine e
           LEFT JOIN kept k ON k.claim_id = e.claim_id AND k.key = e.key AND k.role = e.role
       ), missed AS (
         SELECT k.type FROM kept k
          WHERE NOT EXISTS (SELECT 1 FROM engine e WHERE e.claim_id = k.claim_id AND e.key = k.key AND e.role = k.role)
       )
       SELECT type, sum(tp)::int AS tp, sum(fp)::int AS fp, sum(fn)::int AS fn FROM (
         SELECT type, count(*) FILTER (WHERE hit) AS tp, count(*) FILTER (WHERE NOT hit) AS fp, 0 AS fn FROM found GROUP BY type
         UNION ALL
         SELECT type, 0, 0, count(*) FROM missed GROUP BY type
       ) counted GROUP BY type ORDER BY type`,
      [from, to],
    );
    const total = rows.reduce<Counts>((sum, r) => ({ tp: sum.tp + r.tp, fp: sum.fp + r.fp, fn: sum.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    return {
      from,
      to,
      claimsChecked: claims?.checked ?? 0,
      claimsCorrected: claims?.corrected ?? 0,
      overall: figures(total),
      byType: rows.map((r) => ({ type: r.type, ...figures(r) })),
    };
  }
}

function figures({ tp, fp, fn }: Counts): AccuracyFiguresResponse {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
  };
}
