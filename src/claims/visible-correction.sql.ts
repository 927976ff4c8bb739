/**
 * Blind grading for source corrections: a correction is part of its author's
 * grade, so one made in the claim's open round is shown to its author only
 * until the round closes, as gradeIsBlind (src/review/workflow.ts) rules for
 * grades. A SQL condition on the source_corrections row `k` of the claim `c`;
 * `viewer` is a SQL expression of the viewer's user id (NULL for callers who
 * are no person, such as API keys: they see closed rounds only).
 */
export function correctionVisibleSql(k: string, c: string, viewer: string): string {
  return `(${k}.round < ${c}.round OR ${k}.actor_id = ${viewer})`;
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
 * Claim `c` cites no source at all in the chain `viewer` is shown, read as
 * citesOutletSql reads it: by the latest correction they may see, which
 * leaves the claim unsourced when it names no source and does not mark it
 * anonymous (the engine's rule), else by the engine's flag. The engine's
 * flag alone kept a claim a reviewer had stripped of a wrong source out of
 * the unsourced filter. Without `viewer`, by the latest correction of all,
 * as the webhook envelope's `sources` are read.
 */
export function unsourcedSql(c: string, viewer?: string): string {
  const visible = viewer === undefined ? '' : ` AND ${correctionVisibleSql('k', c, viewer)}`;
  return `coalesce(${correctedUnsourcedSql(c, visible)}, ${c}.unsourced)`;
}

/**
 * Whether the latest source correction of claim `c` leaves it citing no
 * source (no source, and not marked anonymous: the engine's rule); NULL when
 * the claim has no correction (`visible` narrows the corrections looked at).
 */
export function correctedUnsourcedSql(c: string, visible = ''): string {
  return `(SELECT jsonb_array_length(k.sources) = 0 AND NOT k.anonymous FROM source_corrections k
            WHERE k.claim_id = ${c}.id${visible} ORDER BY k.seq DESC LIMIT 1)`;
}
