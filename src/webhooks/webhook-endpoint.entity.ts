import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A rotated-out secret, sealed like the current one, and when it stops signing (ISO 8601). */
export interface PreviousSecret {
  ciphertext: string;
  expiresAt: string;
}

/** The secrets still in their grace period at `now`. */
export function liveSecrets(previous: readonly PreviousSecret[], now = new Date()): PreviousSecret[] {
  return previous.filter((p) => new Date(p.expiresAt) > now);
}

@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Event types this endpoint receives (see WEBHOOK_EVENT_TYPES). */
  @Column({ type: 'text', array: true })
  events!: string[];

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** Why it was disabled: by an admin, a 410 from the receiver, or failing for too long. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince!: Date | null;

  /** The `whsec_` secret, sealed with WEBHOOK_SECRET_KEY (see SecretBox). */
  @Column({ name: 'secret_ciphertext', type: 'text' })
  secretCiphertext!: string;

  /** Secrets rotated out and still in their grace period, newest first: they sign every message too. */
  @Column({ name: 'previous_secrets', type: 'jsonb', default: () => "'[]'" })
  previousSecrets!: PreviousSecret[];

  /** "user:<uuid>" or "api-key:<uuid>". */
  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
