import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';
import type { Account } from './account.entity';

/**
 * A "forgot password" link that was sent: only the SHA-256 of its token is kept, so reading the
 * table gives nobody a working link. It works once (`used_at`) and until `expires_at`.
 */
@Entity('password_reset')
@Index('IDX_password_reset_account', ['accountId', 'createdAt'])
export class PasswordReset {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'account_id', type: 'int' })
  accountId: number;

  @ManyToOne('Account', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  /** Hex SHA-256 of the token in the link. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'datetime', nullable: true })
  usedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
