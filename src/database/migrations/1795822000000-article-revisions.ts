import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Article revisions (a corrected text from the newsroom, or a re-analysis):
 * the article's current revision number; every revision's text, request and
 * Idempotency-Key, and the claims it had once analysed; claims `withdrawn`
 * (with the revision that removed them). Claim ordinals become deferrable
 * unique, so one statement can renumber an article's claims for a revision.
 */
export class ArticleRevisions1795822000000 implements MigrationInterface {
  name = 'ArticleRevisions1795822000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ADD COLUMN revision int NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE article_revisions (
        article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision int NOT NULL,
        -- submitted: the first text; revised: a new text; reanalyze re-runs a revision in place.
        reason text NOT NULL CHECK (reason IN ('submitted', 'revised')),
        input_format text NOT NULL CHECK (input_format IN ('text', 'html')),
        input text NOT NULL,
        analyzed_text text,
        title text,
        request_hash text NOT NULL,
        submitted_by text NOT NULL,
        idempotency_key text,
        actor_type text,
        actor_id uuid,
        -- Set by each analysis of the revision: its claims (positions and sources, as analysed) and what carried over.
        claims jsonb,
        claim_count int,
        carried_over int,
        added int,
        withdrawn int,
        analyses int NOT NULL DEFAULT 0,
        analyzed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, revision)
      )`);
    // The same key with the same body is the same request, whichever revision it made.
    await q.query(`CREATE UNIQUE INDEX article_revisions_idempotency_key_uq
      ON article_revisions (submitted_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await q.query(`
      INSERT INTO article_revisions (article_id, revision, reason, input_format, input, analyzed_text, title,
                                     request_hash, submitted_by, idempotency_key, claim_count, analyses, analyzed_at, created_at)
      SELECT id, 1, 'submitted', input_format, input, analyzed_text, title, request_hash, submitted_by, idempotency_key,
             CASE WHEN analyzed_at IS NOT NULL THEN claim_count END, CASE WHEN analyzed_at IS NOT NULL THEN 1 ELSE 0 END,
             analyzed_at, created_at
        FROM articles`);

    await q.query(`ALTER TABLE claims DROP CONSTRAINT claims_status_check`);
    await q.query(`ALTER TABLE claims ADD CONSTRAINT claims_status_check
      CHECK (status IN ('queued', 'source_check', 'verdict', 'approval', 'published', 'dismissed', 'escalated', 'withdrawn'))`);
    await q.query(`ALTER TABLE claims
      ADD COLUMN first_revision int NOT NULL DEFAULT 1,
      ADD COLUMN withdrawn_in_revision int,
      ADD CONSTRAINT claims_withdrawn_revision_check CHECK ((status = 'withdrawn') = (withdrawn_in_revision IS NOT NULL))`);
    // Checked at the end of each statement, not row by row: a revision moves claims past each other.
    await q.query(`ALTER TABLE claims DROP CONSTRAINT claims_article_ordinal_uq,
      ADD CONSTRAINT claims_article_ordinal_uq UNIQUE (article_id, ordinal) DEFERRABLE INITIALLY IMMEDIATE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM claims WHERE status = 'withdrawn'`);
    await q.query(`ALTER TABLE claims DROP CONSTRAINT claims_article_ordinal_uq,
      ADD CONSTRAINT claims_article_ordinal_uq UNIQUE (article_id, ordinal)`);
    await q.query(`ALTER TABLE claims DROP CONSTRAINT claims_withdrawn_revision_check,
      DROP COLUMN withdrawn_in_revision, DROP COLUMN first_revision`);
    await q.query(`ALTER TABLE claims DROP CONSTRAINT claims_status_check`);
    await q.query(`ALTER TABLE claims ADD CONSTRAINT claims_status_check
      CHECK (status IN ('queued', 'source_check', 'verdict', 'approval', 'published', 'dismissed', 'escalated'))`);
    await q.query(`DROP TABLE article_revisions`);
    await q.query(`ALTER TABLE articles DROP COLUMN revision`);
  }
}
