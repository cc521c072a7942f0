import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Account } from '../../accounts/entities/account.entity';
import type { Organization } from '../../organizations/entities/organization.entity';

/**
 * A partner account that administers its organization's team (invites colleagues, names other
 * admins). Kept beside the account rather than in it: the accounts table stays the same for
 * organizers and partners alike.
 */
@Entity('partner_admin')
export class PartnerAdmin {
  @PrimaryColumn({ name: 'account_id', type: 'int' })
  accountId: number;

  @ManyToOne('Account', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account: Account;

  /** The account's organization, repeated so that every query here is scoped by it in SQL. */
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization: Organization;

  @Column({ name: 'granted_by_id', type: 'int', nullable: true })
  grantedById: number | null;

  @Column({ name: 'granted_at', type: 'datetime' })
  grantedAt: Date;
}
