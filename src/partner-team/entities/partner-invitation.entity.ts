import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';

/**
 * An invitation to join a partner organization's team: mailed to `email` with a secret link
 * (only its hash is kept), which makes an account bound to that organization when followed.
 */
@Entity('partner_invitation')
@Index('IDX_partner_invitation_organization', ['organizationId', 'createdAt'])
export class PartnerInvitation {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  /** Lower-cased, like account emails. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100, nullable: true })
  displayName: string | null;

  /** The account made from it may invite others and manage the team. */
  @Column({ name: 'partner_admin', type: 'boolean', default: false })
  partnerAdmin: boolean;

  /** sha256 of the mailed token, hex. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'invited_by_id', type: 'int', nullable: true })
  invitedById: number | null;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  /** When the link was followed (or voided by a newer invitation to the same address). */
  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt: Date | null;

  /** The account the invitation made, once accepted. */
  @Column({ name: 'account_id', type: 'int', nullable: true })
  accountId: number | null;

  @CreatedAtColumn()
  createdAt: Date;
}
