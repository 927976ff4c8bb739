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
import type { ClaimStatus } from '../review/workflow.js';
import type { ClaimSource } from './claim-source.entity.js';

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

  /** Position of the claim in the article (0-based): keeps reading order stable. */
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

  /** Stage in the review workflow or end state (see src/review/workflow.ts). */
  @Column({ type: 'text', default: 'queued' })
  status!: ClaimStatus;

  /** Optimistic locking: the review workflow changes a claim only WHERE version = the version it read. */
  @Column({ type: 'int', default: 0 })
  version!: number;

  @Column({ name: 'attribution_verdict', type: 'text', nullable: true })
  attributionVerdict!: string | null;

  @Column({ type: 'text', nullable: true })
  rating!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  // Named, not imported: ClaimSource imports Claim, and entities must not import each other in a cycle.
  @OneToMany('ClaimSource', (source: ClaimSource) => source.claim)
  sources?: Relation<ClaimSource[]>;
}
