import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * A partner account that administers its organization's team (invites colleagues, names other
 * admins). Kept beside the account rather than in it: the accounts table stays the same for
 * organizers and partners alike.
 */
@Entity('partner_admin')
export class PartnerAdmin {
  @ForeignKey('Account', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'account_id', type: 'int' })
  accountId: number;

  /** The account's organization, repeated so that every query here is scoped by it in SQL. */
  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @Column({ name: 'granted_by_id', type: 'int', nullable: true })
  grantedById: number | null;

  @Column({ name: 'granted_at', type: 'datetime' })
  grantedAt: Date;
}
