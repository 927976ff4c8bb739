import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-out session's token, refused until it would have expired (see SessionRevocations). */
@Entity('revoked_sessions')
export class RevokedSession {
  /** The token's `jti`. */
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
