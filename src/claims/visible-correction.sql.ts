/**
 * Blind grading for source corrections: a correction is part of its author's
 * grade, so one made in the claim's open round is shown to its author only
 * until the round closes, as gradeIsBlind (src/review/workflow.ts) rules for
 * grades. A SQL condition on the source_corrections row `k` of the claim `c`;
 * `viewer` is a SQL expression of the viewer's user id (NULL for callers who
 * are no person, such as API keys: they see closed rounds only).
 */
export function correctionVisibleSql(k: string, c: string, viewer: string): string {
  return `(${closedRoundSql(k, c)} OR ${k}.actor_id = ${viewer})`;
}

/** The correction `k` was made in a round of claim `c` that has closed: every reviewer may see it. */
function closedRoundSql(k: string, c: string): string {
  return `${k}.round < ${c}.round`;
}

/**
 * Claim `c` cites the outlet `outlet` (a SQL expression of its id) in the
 * chain `viewer` is shown: the latest correction they may see
 * (correctionVisibleSql), else the engine's sources. The engine's alone
 * missed a claim a reviewer had corrected to cite the outlet, and kept one
 * they had corrected away from it.
 */
export function citesOutletSql(c: string, outlet: string, viewer: string): string {
  const visible = correctionVisibleSql('k', c, viewer);
  return `(EXISTS (SELECT 1 FROM (SELECT k.sources FROM source_corrections k WHERE k.claim_id = ${c}.id AND ${visible}
                                   ORDER BY k.seq DESC LIMIT 1) latest
                    CROSS JOIN LATERAL jsonb_array_elements(latest.sources) AS x (v)
                   WHERE (x.v->>'outletId')::uuid = ${outlet})
    OR (NOT EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = ${c}.id AND ${visible})
        AND EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = ${c}.id AND s.outlet_id = ${outlet})))`;
}

/**
 * Which of a claim's corrections a read looks at: those a viewer may see
 * (correctionVisibleSql; the viewer a SQL expression), those of closed rounds
 * (what is published, and what every reviewer may see), or all of them (the
 * webhook envelope, whose `sources` are the latest correction's).
 */
export type CorrectionsSeen = { viewer: string } | 'closed rounds' | 'all';

function seenSql(c: string, seen: CorrectionsSeen): string {
  if (seen === 'all') return '';
  return ` AND ${seen === 'closed rounds' ? closedRoundSql('k', c) : correctionVisibleSql('k', c, seen.viewer)}`;
}

/** `value`, a SQL expression of the source_corrections row `k`, for the latest correction of claim `c` seen; NULL without one. */
export function latestCorrectionSql(c: string, value: string, seen: CorrectionsSeen): string {
  return `(SELECT ${value} FROM source_corrections k WHERE k.claim_id = ${c}.id${seenSql(c, seen)} ORDER BY k.seq DESC LIMIT 1)`;
}

/** A corrected chain cites no source when it names none and is not marked anonymous: the engine's rule. */
const CHAIN_UNSOURCED = 'jsonb_array_length(k.sources) = 0 AND NOT k.anonymous';

/**
 * Claim `c` cites no source at all in the chain read: by the latest
 * correction seen, else by the engine's flag. The engine's flag alone kept a
 * claim a reviewer had stripped of a wrong source out of the unsourced filter.
 */
export function unsourcedSql(c: string, seen: CorrectionsSeen): string {
  return `coalesce(${correctedUnsourcedSql(c, seen)}, ${c}.unsourced)`;
}

/** Whether the latest correction of claim `c` seen leaves it citing no source; NULL without one. */
export function correctedUnsourcedSql(c: string, seen: CorrectionsSeen): string {
  return latestCorrectionSql(c, CHAIN_UNSOURCED, seen);
}

/** Claim `c` cites only unnamed sources: by the latest correction seen, else by the engine's flag. */
export function anonymousSql(c: string, seen: CorrectionsSeen): string {
  return `coalesce(${latestCorrectionSql(c, 'k.anonymous', seen)}, ${c}.anonymous)`;
}
