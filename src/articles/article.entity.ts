import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { ExcludedSegment, UnregisteredSource } from '../analysis/index.js';
import type { Claim } from '../claims/claim.entity.js';

// completed: every claim published or dismissed (set by the review workflow).
export const ARTICLE_STATUSES = ['received', 'analyzing', 'analyzed', 'failed', 'completed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
/** Waiting for (or in) analysis: the statuses an analysis job may still act on. */
export const PENDING_ARTICLE_STATUSES: readonly ArticleStatus[] = ['received', 'analyzing'];

@Entity({ name: 'articles' })
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', default: 'received' })
  status!: ArticleStatus;

  @Column({ name: 'failure_code', type: 'text', nullable: true })
  failureCode!: string | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  /** What the client sent: plain text or HTML. */
  @Column({ name: 'input_format', type: 'text' })
  inputFormat!: 'text' | 'html';

  /** The submitted body (text or HTML), verbatim. */
  @Column({ type: 'text' })
  input!: string;

  /** The analysed text claim offsets point into: the input, or the text extracted from HTML. */
  @Column({ name: 'analyzed_text', type: 'text', nullable: true })
  analyzedText!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  byline!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** sha256 of the request body, to refuse an Idempotency-Key reused for another article. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** "user:<uuid>" or "api-key:<uuid>": scopes externalId and Idempotency-Key. */
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  /** The current revision: 1, and one more for each new text (article_revisions holds them all). */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ name: 'claim_count', type: 'int', default: 0 })
  claimCount!: number;

  @Column({ name: 'unsourced_claim_count', type: 'int', default: 0 })
  unsourcedClaimCount!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  excluded!: ExcludedSegment[];

  @Column({ name: 'unregistered_sources', type: 'jsonb', default: () => "'[]'" })
  unregisteredSources!: UnregisteredSource[];

  /** Claims beyond ARTICLE_MAX_CLAIMS, not stored. */
  @Column({ name: 'claims_truncated', type: 'int', default: 0 })
  claimsTruncated!: number;

  @Column({ name: 'analysis_attempts', type: 'int', default: 0 })
  analysisAttempts!: number;

  @Column({ name: 'analyzed_at', type: 'timestamptz', nullable: true })
  analyzedAt!: Date | null;

  /** When the last of its claims reached an end state (null until then, and again if one is reopened). */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  // Named, not imported: Claim imports Article, and entities must not import each other in a cycle.
  @OneToMany('Claim', (claim: Claim) => claim.article)
  claims?: Relation<Claim[]>;
}
