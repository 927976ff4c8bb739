import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { AttributionKind } from '../analysis/index.js';
import { Article } from '../articles/article.entity.js';
import type { ClaimContext } from '../review/claim-context.service.js';
import type { AttributionVerdict, ClaimStatus, GradedStage, Rating } from '../review/workflow.js';
import type { ClaimSource } from './claim-source.entity.js';
import type { SourceCorrection } from './source-correction.entity.js';

@Entity({ name: 'claims' })
@Index('claims_article_ordinal_uq', ['articleId', 'ordinal'], { unique: true })
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => Article, (article) => article.claims, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  /** Position of the claim in the article (0-based): keeps reading order stable. Withdrawn claims sit below 0. */
  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'text' })
  text!: string;

  /** Offsets into the article's analysed text, [start, end). */
  @Column({ name: 'start_offset', type: 'int' })
  start!: number;

  @Column({ name: 'end_offset', type: 'int' })
  end!: number;

  @Column({ type: 'real' })
  checkworthiness!: number;

  @Column({ type: 'text' })
  attribution!: AttributionKind;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  /** No source at all: what fact-checkers want to see first. */
  @Column({ type: 'boolean', default: false })
  unsourced!: boolean;

  /**
   * Unsourced by the latest source correction of a closed round, set where a
   * round begins; null without one (the inbox then orders by `unsourced`, the
   * engine's flag: see src/review/inbox-order.sql.ts).
   */
  @Column({ name: 'inbox_unsourced', type: 'boolean', nullable: true })
  inboxUnsourced!: boolean | null;

  /** Stage in the review workflow or end state (see src/review/workflow.ts). */
  @Column({ type: 'text', default: 'queued' })
  status!: ClaimStatus;

  /** Optimistic locking: the review workflow changes a claim only WHERE version = the version it read. */
  @Column({ type: 'int', default: 0 })
  version!: number;

  /** Incremented on every entry into a stage: keys the stage's jobs and its reviews. */
  @Column({ type: 'int', default: 0 })
  round!: number;

  /** In its stage's inbox since; null while a machine step (prepare, apply) is pending. */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  /** One reviewer at a time holds a claim: the lease lives on the row. */
  @Column({ name: 'lease_holder', type: 'uuid', nullable: true })
  leaseHolder!: string | null;

  @Column({ name: 'lease_expires_at', type: 'timestamptz', nullable: true })
  leaseExpiresAt!: Date | null;

  /** When the current lease was taken: extensions stop at REVIEW_LEASE_MAX_MS from here. */
  @Column({ name: 'lease_started_at', type: 'timestamptz', nullable: true })
  leaseStartedAt!: Date | null;

  /** The stage whose disagreement sent the claim to the editors. */
  @Column({ name: 'escalated_from', type: 'text', nullable: true })
  escalatedFrom!: GradedStage | null;

  @Column({ name: 'attribution_verdict', type: 'text', nullable: true })
  attributionVerdict!: AttributionVerdict | null;

  @Column({ type: 'text', nullable: true })
  rating!: Rating | null;

  /** What the prepare step found for the reviewer: earlier verdicts, outlet track records. */
  @Column({ type: 'jsonb', nullable: true })
  context!: ClaimContext | null;

  /** Shown to the next reviewer: a send-back note or the dismissal reason. */
  @Column({ name: 'stage_note', type: 'text', nullable: true })
  stageNote!: string | null;

  /** Same text up to case, punctuation and spacing (claimFingerprint, set when the claim is stored): finds earlier verdicts. */
  @Column({ type: 'text' })
  fingerprint!: string;

  /** The article revision whose analysis first found the claim. */
  @Column({ name: 'first_revision', type: 'int', default: 1 })
  firstRevision!: number;

  /** Set when the claim is withdrawn: the article revision that no longer has its text. */
  @Column({ name: 'withdrawn_in_revision', type: 'int', nullable: true })
  withdrawnInRevision!: number | null;


  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  // Named, not imported: ClaimSource imports Claim, and entities must not import each other in a cycle.
  @OneToMany('ClaimSource', (source: ClaimSource) => source.claim)
  sources?: Relation<ClaimSource[]>;

  /** Reviewers' corrections of `sources`; loaded with only the latest (see ClaimsService). */
  @OneToMany('SourceCorrection', (correction: SourceCorrection) => correction.claim)
  corrections?: Relation<SourceCorrection[]>;
}
