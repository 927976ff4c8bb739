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
