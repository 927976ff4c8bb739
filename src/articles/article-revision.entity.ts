import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ClaimSnapshot } from './claim-snapshot.js';

/**
 * One revision of an article: the text a submission or correction carried,
 * the request it came with (for its Idempotency-Key), and what its latest
 * analysis found. The article row holds the current revision's working copy.
 */
@Entity({ name: 'article_revisions' })
export class ArticleRevision {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @PrimaryColumn({ type: 'int' })
  revision!: number;

  /** submitted: the first text; revised: a correction (re-analysis runs a revision in place). */
  @Column({ type: 'text' })
  reason!: 'submitted' | 'revised';

  @Column({ name: 'input_format', type: 'text' })
  inputFormat!: 'text' | 'html';

  @Column({ type: 'text' })
  input!: string;

  /** As on the article: null when it is the text input itself. */
  @Column({ name: 'analyzed_text', type: 'text', nullable: true })
  analyzedText!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** sha256 of the request body that made the revision (see ArticlesService). */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'actor_type', type: 'text', nullable: true })
  actorType!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Its claims as its latest analysis left them, in reading order; null until analysed. */
  @Column({ type: 'jsonb', nullable: true })
  claims!: ClaimSnapshot[] | null;

  @Column({ name: 'claim_count', type: 'int', nullable: true })
  claimCount!: number | null;

  /** Claims kept from before by normalised text, new ones, and ones withdrawn, at its latest analysis. */
  @Column({ name: 'carried_over', type: 'int', nullable: true })
  carriedOver!: number | null;

  @Column({ type: 'int', nullable: true })
  added!: number | null;

  @Column({ type: 'int', nullable: true })
  withdrawn!: number | null;

  @Column({ type: 'int', default: 0 })
  analyses!: number;

  @Column({ name: 'analyzed_at', type: 'timestamptz', nullable: true })
  analyzedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
