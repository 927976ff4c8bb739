import { jsonValue as j } from '../database/sql.js';

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
 * one, as ClaimReview and the track records read it.
 */
function sourceChainsSql(claim: string): string {
  return `coalesce((
    WITH k AS (SELECT sources FROM source_corrections WHERE claim_id = ${claim}.id ORDER BY seq DESC LIMIT 1),
    refs AS (
      SELECT e.ord AS pos, coalesce(e.v->>'role' = 'original', false) AS original, ${CORRECTED_REF} AS ref
        FROM k, jsonb_array_elements(k.sources) WITH ORDINALITY AS e (v, ord)
      UNION ALL
      SELECT s.ordinal, s.role = 'original',
             '{"name":' || ${j('s.name')} || ',"outletId":' || ${j('s.outlet_id')} || ',"registered":' || ${j('s.registered')}
             || ',"person":' || ${j('s.person')} || '}'
        FROM claim_sources s WHERE s.claim_id = ${claim}.id AND NOT EXISTS (SELECT 1 FROM k)),
    o AS (SELECT ref, row_number() OVER (ORDER BY pos) AS n FROM refs WHERE original),
    r AS (SELECT ref, row_number() OVER (ORDER BY pos) AS n FROM refs WHERE NOT original)
    SELECT '[' || string_agg('{"relay":' || coalesce(r.ref, 'null') || ',"original":' || coalesce(o.ref, 'null') || '}', ','
                             ORDER BY coalesce(o.n, r.n)) || ']'
      FROM o FULL JOIN r ON r.n = o.n), '[]')`;
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
            || ',"checkworthiness":' || ${j('c.checkworthiness')} || ',"unsourced":' || ${j('c.unsourced')}
            || ',"sources":' || ${sourceChainsSql('c')}
            || ',"attributionVerdict":' || ${j('c.attribution_verdict')} || ',"rating":' || ${j('c.rating')}
            || ',"link":' || ${j(`${baseUrl} || '/v1/claims/' || c.id`)} || '}'
     FROM claims c WHERE c.id = ${claimId})`;
}
