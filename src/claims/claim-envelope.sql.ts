import { jsonValue as j } from '../database/sql.js';
import { unsourcedSql } from './visible-correction.sql.js';

/**
 * One source of a reviewer's correction (a jsonb element `v`) as
 * `{name, outletId, registered, person}`: a key missing from the stored
 * element is left out, as JSON.stringify leaves out an undefined property;
 * a correction names no person.
 */
const CORRECTED_REF = `'{' || concat_ws(',', '"name":' || (v->'name')::text, '"outletId":' || (v->'outletId')::text,
  '"registered":' || (v->'registered')::text, '"person":null') || '}'`;

/**
 * The claim's sources as relay -> original chains, as a JSON array: the i-th
 * original with the i-th relay, then any relays left over with no original.
 * A reviewer's latest correction replaces the engine's sources when there is
 * one, as ClaimReview and the track records read it. Paired by position in
 * two arrays rather than by joining numbered originals to numbered relays:
 * this runs once per webhook message, and the join's windows and hash table,
 * set up again for every claim, cost more than the rest of its envelope.
 */
function sourceChainsSql(claim: string): string {
  const latestCorrection = `SELECT k.sources FROM source_corrections k WHERE k.claim_id = ${claim}.id ORDER BY k.seq DESC LIMIT 1`;
  return `coalesce((
    SELECT '[' || string_agg('{"relay":' || coalesce(g.relays[i], 'null') || ',"original":' || coalesce(g.originals[i], 'null') || '}', ','
                             ORDER BY i) || ']'
      FROM (SELECT array_agg(refs.ref ORDER BY refs.pos) FILTER (WHERE refs.original) AS originals,
                   array_agg(refs.ref ORDER BY refs.pos) FILTER (WHERE NOT refs.original) AS relays
              FROM (
                SELECT e.ord AS pos, coalesce(e.v->>'role' = 'original', false) AS original, ${CORRECTED_REF} AS ref
                  FROM jsonb_array_elements((${latestCorrection})) WITH ORDINALITY AS e (v, ord)
                UNION ALL
                SELECT s.ordinal, s.role = 'original',
                       '{"name":' || ${j('s.name')} || ',"outletId":' || ${j('s.outlet_id')} || ',"registered":' || ${j('s.registered')}
                       || ',"person":' || ${j('s.person')} || '}'
                  FROM claim_sources s
                 WHERE s.claim_id = ${claim}.id AND NOT EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = ${claim}.id)) refs) g,
           generate_series(1, greatest(cardinality(g.originals), cardinality(g.relays))) AS i), '[]')`;
}

/**
 * A scalar subquery: the claim `claimId` (a SQL expression) as a webhook
 * envelope shows it, as compact JSON text, or NULL when there is no such
 * claim. `baseUrl` is a SQL text expression (the public base URL). Built in
 * PostgreSQL so that a batch of envelopes is one statement, not rows read
 * into the service and written back (see EnvelopeBuilder for the shape).
 */
export function claimEnvelopeJson(claimId: string, baseUrl: string): string {
  return `(SELECT '{"id":' || ${j('c.id')} || ',"text":' || ${j('c.text')} || ',"status":' || ${j('c.status')}
            || ',"checkworthiness":' || ${j('c.checkworthiness')} || ',"unsourced":' || ${j(unsourcedSql('c', 'all'))}
            || ',"sources":' || ${sourceChainsSql('c')}
            || ',"attributionVerdict":' || ${j('c.attribution_verdict')} || ',"rating":' || ${j('c.rating')}
            || ',"link":' || ${j(`${baseUrl} || '/v1/claims/' || c.id`)} || '}'
     FROM claims c WHERE c.id = ${claimId})`;
}
