import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The verification workflow: each claim's stage, its optimistic-locking
 * version, the reviewers' inbox with leases (on the claim row: one holder at a
 * time), reviews, consensus outcomes, and articles that are `completed`.
 */
export class ReviewWorkflow1795816000000 implements MigrationInterface {
  name = 'ReviewWorkflow1795816000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE claims
        ADD COLUMN status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'source_check', 'verdict', 'approval', 'published', 'dismissed', 'escalated')),
        -- Every change is UPDATE ... WHERE version = $n: a writer that read an older row loses.
        ADD COLUMN version int NOT NULL DEFAULT 0,
        -- Incremented on every entry into a stage: keys the stage's jobs and its reviews.
        ADD COLUMN round int NOT NULL DEFAULT 0,
        -- In its stage's inbox since; NULL while a machine step (prepare, apply) is pending.
        ADD COLUMN queued_at timestamptz,
        ADD COLUMN lease_holder uuid,
        ADD COLUMN lease_expires_at timestamptz,
        ADD COLUMN escalated_from text CHECK (escalated_from IN ('source_check', 'verdict', 'approval')),
        ADD COLUMN attribution_verdict text
          CHECK (attribution_verdict IN ('confirmed', 'misattributed', 'distorted', 'source_not_found', 'not_applicable')),
        ADD COLUMN rating text
          CHECK (rating IN ('true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'unverifiable')),
        -- What the prepare step found for the reviewer: earlier verdicts, outlet track records.
        ADD COLUMN context jsonb,
        -- Shown to the next reviewer: a send-back note or the dismissal reason.
        ADD COLUMN stage_note text,
        -- Same claim text up to case, punctuation and spacing: "near-identical" for earlier verdicts.
        ADD COLUMN fingerprint text GENERATED ALWAYS AS
          (md5(btrim(regexp_replace(lower(text), '[^[:alnum:]]+', ' ', 'g')))) STORED,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // The inbox: unsourced first, then check-worthiness, then oldest.
    await q.query(`CREATE INDEX claims_inbox_idx ON claims (status, unsourced DESC, checkworthiness DESC, queued_at, id)
      WHERE queued_at IS NOT NULL`);
    await q.query(`CREATE INDEX claims_fingerprint_published_idx ON claims (fingerprint) WHERE status = 'published'`);

    await q.query(`ALTER TABLE articles DROP CONSTRAINT articles_status_check`);
    await q.query(`ALTER TABLE articles ADD CONSTRAINT articles_status_check
      CHECK (status IN ('received', 'analyzing', 'analyzed', 'failed', 'completed'))`);
    await q.query(`ALTER TABLE articles ADD COLUMN completed_at timestamptz`);

    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('source_check', 'verdict', 'approval', 'escalated')),
        round int NOT NULL,
        reviewer_id uuid NOT NULL,
        attribution_verdict text
          CHECK (attribution_verdict IN ('confirmed', 'misattributed', 'distorted', 'source_not_found', 'not_applicable')),
        rating text CHECK (rating IN ('true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'unverifiable')),
        decision text CHECK (decision IN ('approve', 'send_back')),
        return_to text CHECK (return_to IN ('source_check', 'verdict')),
        evidence jsonb NOT NULL DEFAULT '[]',
        note text,
        -- Set by the apply step; a redelivered apply job sees it and does nothing.
        applied_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One grade per reviewer per round: a repeated submission can never count twice.
        CONSTRAINT reviews_claim_round_reviewer_uq UNIQUE (claim_id, round, reviewer_id)
      )`);
    await q.query(`CREATE INDEX reviews_claim_reviewer_idx ON reviews (claim_id, reviewer_id)`);

    // Agreement figures per stage, one row per round that needed more than one grade.
    await q.query(`
      CREATE TABLE consensus_outcomes (
        claim_id uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        round int NOT NULL,
        stage text NOT NULL,
        agreed boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (claim_id, round)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consensus_outcomes`);
    await q.query(`DROP TABLE reviews`);
    await q.query(`UPDATE articles SET status = 'analyzed' WHERE status = 'completed'`);
    await q.query(`ALTER TABLE articles DROP COLUMN completed_at`);
    await q.query(`ALTER TABLE articles DROP CONSTRAINT articles_status_check`);
    await q.query(`ALTER TABLE articles ADD CONSTRAINT articles_status_check
      CHECK (status IN ('received', 'analyzing', 'analyzed', 'failed'))`);
    await q.query(`DROP INDEX claims_fingerprint_published_idx`);
    await q.query(`DROP INDEX claims_inbox_idx`);
    await q.query(`ALTER TABLE claims
      DROP COLUMN status, DROP COLUMN version, DROP COLUMN round, DROP COLUMN queued_at,
      DROP COLUMN lease_holder, DROP COLUMN lease_expires_at, DROP COLUMN escalated_from,
      DROP COLUMN attribution_verdict, DROP COLUMN rating, DROP COLUMN context, DROP COLUMN stage_note,
      DROP COLUMN fingerprint, DROP COLUMN updated_at`);
  }
}
