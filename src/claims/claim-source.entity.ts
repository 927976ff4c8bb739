import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { OutletType, SourceRole } from '../analysis/index.js';
import { Claim } from './claim.entity.js';

@Entity({ name: 'claim_sources' })
@Index('claim_sources_claim_ordinal_uq', ['claimId', 'ordinal'], { unique: true })
export class ClaimSource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId!: string;

  @ManyToOne(() => Claim, (claim) => claim.sources, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: Relation<Claim>;

  /** Denormalised so "articles citing outlet X" needs no join through claims. */
  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Column({ type: 'int' })
  ordinal!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: SourceRole;

  @Column({ type: 'text' })
  type!: OutletType | 'person' | 'unknown';

  @Column({ type: 'boolean' })
  registered!: boolean;

  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId!: string | null;

  @Column({ type: 'text', nullable: true })
  person!: string | null;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ name: 'cue_start', type: 'int' })
  cueStart!: number;

  @Column({ name: 'cue_end', type: 'int' })
  cueEnd!: number;
}
