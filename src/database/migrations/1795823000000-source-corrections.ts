import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviewers' corrections of the engine's attribution, and names proposed
 * for the outlet registry.
 *
 * `claim_sources` stays the engine's version, untouched. Each correction is
 * a row of `source_corrections` holding the whole corrected chain (one PUT,
 * one row); the latest by `seq` is the claim's current attribution.
 * `attributed_sources` is what every count of "claims citing outlet X" reads:
 * the latest correction's sources where there is one, the engine's otherwise.
 */
export class SourceCorrections1795823000000 implements MigrationInterface {
  name = 'SourceCorrections1795823000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE source_corrections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        claim_id uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        article_id uuid NOT NULL,
        round int NOT NULL,
        actor_id uuid NOT NULL,
        anonymous boolean NOT NULL,
        sources jsonb NOT NULL CHECK (jsonb_typeof(sources) = 'array'),
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX source_corrections_claim_idx ON source_corrections (claim_id, seq DESC)`);
    await q.query(`CREATE INDEX source_corrections_created_idx ON source_corrections (created_at)`);

    await q.query(`
      CREATE VIEW attributed_sources AS
        SELECT s.claim_id, s.article_id, s.ordinal, s.name, s.role, s.type, s.registered, s.outlet_id, s.person, 'engine'::text AS origin
          FROM claim_sources s
         WHERE NOT EXISTS (SELECT 1 FROM source_corrections k WHERE k.claim_id = s.claim_id)
        UNION ALL
        SELECT k.claim_id, k.article_id, (x.ordinality - 1)::int, x.v->>'name', x.v->>'role', x.v->>'type',
               (x.v->>'registered')::boolean, (x.v->>'outletId')::uuid, NULL::text, 'reviewer'::text
          FROM (SELECT DISTINCT ON (claim_id) * FROM source_corrections ORDER BY claim_id, seq DESC) k
          CROSS JOIN LATERAL jsonb_array_elements(k.sources) WITH ORDINALITY AS x (v, ordinality)`);

    // One row per (normalised) name: pending, accepted or rejected. Engine
    // reports need no row to be queued; a rejection or acceptance is a row.
    await q.query(`
      CREATE TABLE outlet_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        name text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        proposed_by uuid[] NOT NULL DEFAULT '{}',
        claim_id uuid REFERENCES claims (id) ON DELETE SET NULL,
        outlet_id uuid REFERENCES outlets (id) ON DELETE SET NULL,
        decided_by uuid,
        decided_at timestamptz,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outlet_proposals_key_uq UNIQUE (key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outlet_proposals`);
    await q.query(`DROP VIEW attributed_sources`);
    await q.query(`DROP TABLE source_corrections`);
  }
}
