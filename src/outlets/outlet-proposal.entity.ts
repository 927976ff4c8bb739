import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ProposalStatus = 'pending' | 'accepted' | 'rejected';

/**
 * A name proposed for the registry by reviewers, or decided on by an admin
 * (names the engine reports wait in the queue without a row). One row per
 * normalised name.
 */
@Entity({ name: 'outlet_proposals' })
export class OutletProposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** normalizeName(name): "IA Fact" and "ia  fact" are one entry. */
  @Column({ type: 'text', unique: true })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: ProposalStatus;

  @Column({ name: 'proposed_by', type: 'uuid', array: true, default: () => "'{}'" })
  proposedBy!: string[];

  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId!: string | null;

  /** The outlet created when it was accepted. */
  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
