import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { OutletType, SourceRole } from '../analysis/index.js';
import { Claim } from './claim.entity.js';

/** One source of a corrected chain, as stored in `source_corrections.sources`. */
export interface CorrectedSource {
  name: string;
  role: SourceRole;
  type: OutletType | 'person' | 'unknown';
  registered: boolean;
  outletId: string | null;
  /** Where the reviewer found it in the article, when they marked it. */
  cueStart: number | null;
  cueEnd: number | null;
}

/**
 * A reviewer's correction of the engine's attribution: the whole corrected
 * chain. The engine's version stays in claim_sources; the latest correction
 * (highest seq) is the claim's current attribution.
 */
@Entity({ name: 'source_corrections' })
export class SourceCorrection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne(() => Claim, (claim) => claim.corrections, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: Relation<Claim>;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Column({ type: 'int' })
  round!: number;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'boolean' })
  anonymous!: boolean;

  @Column({ type: 'jsonb' })
  sources!: CorrectedSource[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
