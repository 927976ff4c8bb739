import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Idempotency-Key of a request that made no revision: the current text
 * again, with a new title, url or publishedAt applied in place, or with
 * nothing to change. Such a request has no article_revisions row to hold its
 * key, so a late retry of it ran again and undid a later change (a title set
 * back). A key is looked up here and in article_revisions alike; the
 * constraint's name ends like the other key indexes' so a lost race on it is
 * answered as a repeat.
 */
export class ArticleUpdateKeys1795839500000 implements MigrationInterface {
  name = 'ArticleUpdateKeys1795839500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE article_update_keys (
        submitted_by text NOT NULL,
        idempotency_key text NOT NULL,
        article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        request_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT article_update_keys_idempotency_key_uq PRIMARY KEY (submitted_by, idempotency_key)
      )`);
    // The foreign key's cascade looks rows up by article.
    await q.query(`CREATE INDEX article_update_keys_article_idx ON article_update_keys (article_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE article_update_keys`);
  }
}
