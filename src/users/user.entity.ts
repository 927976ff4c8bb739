import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../auth/role.js';

// Uniqueness of the e-mail is enforced by the migration's index on lower(email);
// the service also lower-cases before writing so lookups stay simple.
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  // Not loaded unless asked for (login), so no listing or view can leak it.
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Session tokens carry the epoch they were minted in; deactivation moves on to the next (see UsersService.findSessionUser). */
  @Column({ name: 'session_epoch', type: 'int', default: 0 })
  sessionEpoch!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
