import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';

/**
 * The review workflow's writes on articles: completing an article when its
 * last claim reaches an end state, reopening it when one comes back. Each in
 * the caller's transaction, with its audit and domain events.
 */
@Injectable()
export class ArticleCompletionRepository {
  constructor(
    private readonly audit: AuditService,
    private readonly events: DomainEventsRepository,
  ) {}

  /**
   * The article is `completed` once every claim is at an end state
   * (`claimEndStatuses`, the review workflow's). Called by the transaction
   * that ended a claim, after it did.
   *
   * Most calls find another claim still open that no transaction is
   * changing, and lock it (FOR SHARE) so that it stays open until this
   * transaction commits: the article cannot be done, and whoever ends that
   * claim waits for this commit and then sees this claim ended. Otherwise
   * every other open claim is being changed by a transaction not yet
   * committed; the article row is locked, so that of the transactions ending
   * an article's last claims at once the last to take it sees all the
   * others' work. Every end took the article row lock before, and the
   * claims of one article waited on each other's commits (some 9 ms a
   * publication in `bench:workflow`).
   */
  async completeIfDone(manager: EntityManager, articleId: string, claimEndStatuses: readonly string[]): Promise<boolean> {
    const open = await manager.query<unknown[]>(
      `SELECT 1 FROM claims WHERE article_id = $1 AND status <> ALL ($2::text[]) LIMIT 1 FOR SHARE SKIP LOCKED`,
      [articleId, claimEndStatuses],
    );
    if (open.length > 0) return false;
    await manager.query(`SELECT id FROM articles WHERE id = $1 FOR UPDATE`, [articleId]);
    const done = await manager.query<unknown[]>(
      `WITH done AS (
         UPDATE articles SET status = 'completed', completed_at = now(), updated_at = now()
          -- Some claim, if only a withdrawn one: an article analysed without any is completed by the analysis.
          WHERE id = $1 AND status = 'analyzed' AND EXISTS (SELECT 1 FROM claims WHERE article_id = $1)
            AND NOT EXISTS (SELECT 1 FROM claims WHERE article_id = $1 AND status <> ALL ($2::text[]))
          RETURNING id
       ), audit AS (
         ${this.audit.selectFragment('done', {
           entityType: `'article'`,
           entityId: 'id',
           action: `'article.completed'`,
           actorType: `'system'`,
           before: `'{"status":"analyzed"}'::jsonb`,
           after: `'{"status":"completed"}'::jsonb`,
         })}
       ), event AS (
         ${this.events.selectFragment('article.completed', 'done', { articleId: 'id' })}
       )
       SELECT id FROM done`,
      [articleId, claimEndStatuses],
    );
    if (done.length === 0) return false;
    this.events.written(manager);
    return true;
  }

  /** A claim of a completed article came back (an editor restored it): the article is open again. */
  async reopen(manager: EntityManager, articleId: string, actor: Actor, requestId?: string | null): Promise<void> {
    await manager.query(
      `WITH reopened AS (
         UPDATE articles SET status = 'analyzed', completed_at = NULL, updated_at = now()
          WHERE id = $1 AND status = 'completed' RETURNING id
       )
       , audit AS (
         ${this.audit.selectFragment('reopened', {
           entityType: `'article'`,
           entityId: 'id',
           action: `'article.reopened'`,
           actorType: '$2',
           actorId: '$3::uuid',
           before: `'{"status":"completed"}'::jsonb`,
           after: `'{"status":"analyzed"}'::jsonb`,
           requestId: '$4',
         })}
       )
       ${this.events.selectFragment('article.reopened', 'reopened', { articleId: 'id', actorId: '$3::uuid' })}`,
      [articleId, actor.type, actor.id, requestId ?? null],
    );
    this.events.written(manager);
  }
}
