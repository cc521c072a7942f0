import { Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { ACCOUNT_KINDS, AccountKind } from '../account-kind';

/** A person who signs in: an organizer, or a member of a partner body. */
@Entity('account')
export class Account {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored lower-cased so sign-in is case-insensitive on both dialects. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100, nullable: true })
  displayName: string | null;

  /** `scrypt$N$r$p$salt$hash`, never the password. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'simple-enum', enum: ACCOUNT_KINDS })
  kind: AccountKind;

  /** Set for partner accounts only. */
  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int', nullable: true })
  organizationId: number | null;

  @Column({ name: 'disabled_at', type: 'datetime', nullable: true })
  disabledAt: Date | null;

  /**
   * Written into every sign-in token; raised to end every sign-in at once (sign out everywhere,
   * a changed or reset password): a token carrying an older number is refused.
   */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
