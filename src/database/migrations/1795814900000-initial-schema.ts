import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outlets, articles, claims and their sources, audit events and the outbox. */
export class InitialSchema1795814900000 implements MigrationInterface {
  name = 'InitialSchema1795814900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outlets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        abbreviations text[] NOT NULL DEFAULT '{}',
        type text NOT NULL,
        country text,
        domains text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outlets_slug_uq UNIQUE (slug)
      )`);
    await q.query(`CREATE INDEX outlets_name_idx ON outlets (lower(name))`);

    await q.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'received'
          CHECK (status IN ('received', 'analyzing', 'analyzed', 'failed')),
        failure_reason text,
        input_format text NOT NULL CHECK (input_format IN ('text', 'html')),
        input text NOT NULL,
        analyzed_text text,
        title text,
        byline text,
        url text,
        external_id text,
        idempotency_key text,
        request_hash text NOT NULL,
        published_at timestamptz,
        submitted_by text NOT NULL,
        claim_count int NOT NULL DEFAULT 0,
        unsourced_claim_count int NOT NULL DEFAULT 0,
        excluded jsonb NOT NULL DEFAULT '[]',
        unregistered_sources jsonb NOT NULL DEFAULT '[]',
        analysis_attempts int NOT NULL DEFAULT 0,
        analyzed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Idempotency is per submitter: two newsroom systems may use the same ids.
    await q.query(`CREATE UNIQUE INDEX articles_submitter_external_id_uq
      ON articles (submitted_by, external_id) WHERE external_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX articles_submitter_idempotency_key_uq
      ON articles (submitted_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    // Listing: newest first, optionally by status or "has unsourced claims".
    await q.query(`CREATE INDEX articles_created_idx ON articles (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX articles_status_created_idx ON articles (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX articles_unsourced_created_idx ON articles (created_at DESC, id DESC)
      WHERE unsourced_claim_count > 0`);

    await q.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        ordinal int NOT NULL,
        text text NOT NULL,
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        checkworthiness real NOT NULL,
        attribution text NOT NULL CHECK (attribution IN ('direct', 'inherited', 'none')),
        anonymous boolean NOT NULL DEFAULT false,
        unsourced boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT claims_article_ordinal_uq UNIQUE (article_id, ordinal),
        CHECK (start_offset >= 0 AND end_offset >= start_offset)
      )`);

    await q.query(`
      CREATE TABLE claim_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        article_id uuid NOT NULL,
        ordinal int NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('original', 'relay')),
        type text NOT NULL,
        registered boolean NOT NULL,
        outlet_id uuid REFERENCES outlets (id) ON DELETE SET NULL,
        person text,
        confidence real NOT NULL,
        cue_start int NOT NULL,
        cue_end int NOT NULL,
        CONSTRAINT claim_sources_claim_ordinal_uq UNIQUE (claim_id, ordinal)
      )`);
    // "Articles citing outlet X" and, later, an outlet's track record.
    await q.query(`CREATE INDEX claim_sources_outlet_idx ON claim_sources (outlet_id, article_id)
      WHERE outlet_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('user', 'api-key', 'system')),
        actor_id uuid,
        before jsonb,
        after jsonb,
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id)`);

    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        checked_at timestamptz NOT NULL DEFAULT now(),
        enqueue_count int NOT NULL DEFAULT 0,
        CONSTRAINT outbox_job_id_uq UNIQUE (job_id)
      )`);
    await q.query(`CREATE INDEX outbox_checked_idx ON outbox (checked_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP TABLE claim_sources`);
    await q.query(`DROP TABLE claims`);
    await q.query(`DROP TABLE articles`);
    await q.query(`DROP TABLE outlets`);
  }
}
