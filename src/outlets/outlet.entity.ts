import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OutletType } from '../analysis/index.js';

/** One outlet of the registry: the database copy the analysis uses. */
@Entity({ name: 'outlets' })
export class Outlet {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable, human-readable key; the seed file's id. */
  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  abbreviations!: string[];

  @Column({ type: 'text' })
  type!: OutletType;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
