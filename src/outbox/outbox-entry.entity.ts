import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work to do, written in the same transaction as the state change that calls
 * for it. The row lives until the job's own transaction deletes it, so a
 * reconciler can re-enqueue anything Redis lost or never received.
 */
@Entity({ name: 'outbox' })
export class OutboxEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName!: string;

  /** BullMQ jobId: one job per piece of work, so a repeated enqueue is a no-op. */
  @Column({ name: 'job_id', type: 'text', unique: true })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Last time the reconciler looked for a live job. */
  @Column({ name: 'checked_at', type: 'timestamptz', default: () => 'now()' })
  checkedAt!: Date;

  @Column({ name: 'enqueue_count', type: 'int', default: 0 })
  enqueueCount!: number;
}
