import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Only the SHA-256 of the key is stored; the key itself is shown once at creation.
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  prefix!: string;

  @Column({ name: 'key_hash', type: 'bytea', select: false })
  keyHash!: Buffer;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  /** Reads limited to the articles this key submitted (separate desks or partners). */
  @Column({ name: 'own_articles_only', type: 'boolean', default: false })
  ownArticlesOnly!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
