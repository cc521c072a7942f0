import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { Organization } from '../organizations/organization.store';
import { PartnerAdmin } from './entities/partner-admin.entity';
import { PartnerInvitation } from './entities/partner-invitation.entity';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { PartnerInvitation } from './entities/partner-invitation.entity';

export type NewInvitation = Pick<PartnerInvitation, 'organizationId' | 'email' | 'displayName' | 'partnerAdmin' | 'tokenHash' | 'invitedById' | 'expiresAt'>;

/** The only code that reads and writes partner_invitation and partner_admin; every query names the organization. */
@Injectable()
export class PartnerTeamStore {
  constructor(private readonly dataSource: DataSource) {}

  async insertInvitation(fields: NewInvitation, tx: Tx): Promise<PartnerInvitation> {
    return tx.save(tx.create(PartnerInvitation, { ...fields, closedAt: null, accountId: null }));
  }

  /** Open invitations of the organization to that address stop working: the newest one is the one that counts. */
  async closeOpenTo(organizationId: number, email: string, now: Date, tx: Tx): Promise<void> {
    await tx.createQueryBuilder().update(PartnerInvitation).set({ closedAt: now }).where('organization_id = :organizationId AND email = :email AND closed_at IS NULL', { organizationId, email }).execute();
  }

  countSince(organizationId: number, since: Date, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(PartnerInvitation, { organizationId, createdAt: MoreThan(since) });
  }

  /** Invitations not yet followed nor expired, newest first. */
  open(organizationId: number, now: Date, tx: Tx = this.dataSource.manager): Promise<PartnerInvitation[]> {
    return tx.find(PartnerInvitation, { where: { organizationId, closedAt: IsNull(), expiresAt: MoreThan(now) }, order: { id: 'DESC' } });
  }

  /** The live invitation with this token hash, with its organization; null for any other link. */
  live(tokenHash: string, now: Date, tx: Tx = this.dataSource.manager): Promise<(PartnerInvitation & { organization: Organization }) | null> {
    // The organization is the organizations module's row, mapped by its entity name.
    return tx
      .createQueryBuilder(PartnerInvitation, 'i')
      .innerJoinAndMapOne('i.organization', 'Organization', 'o', 'o.id = i.organization_id')
      .where('i.token_hash = :tokenHash AND i.closed_at IS NULL AND i.expires_at > :now', { tokenHash, now })
      .getOne() as Promise<(PartnerInvitation & { organization: Organization }) | null>;
  }

  /** Uses the invitation up: of two requests with one link, exactly one gets true. */
  async close(id: number, accountId: number, now: Date, tx: Tx): Promise<boolean> {
    const result = await tx.createQueryBuilder().update(PartnerInvitation).set({ closedAt: now, accountId }).where('id = :id AND closed_at IS NULL', { id }).execute();
    return result.affected === 1;
  }

  /** Withdraws an open invitation of the organization; false when there is none with that id there. */
  async withdraw(organizationId: number, id: number, now: Date, tx: Tx): Promise<boolean> {
    const result = await tx.createQueryBuilder().update(PartnerInvitation).set({ closedAt: now }).where('id = :id AND organization_id = :organizationId AND closed_at IS NULL', { id, organizationId }).execute();
    return result.affected === 1;
  }

  async adminIds(organizationId: number, tx: Tx = this.dataSource.manager): Promise<Set<number>> {
    return new Set((await tx.find(PartnerAdmin, { where: { organizationId } })).map((a) => a.accountId));
  }

  isAdmin(accountId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(PartnerAdmin, { accountId, organizationId });
  }

  async makeAdmin(accountId: number, organizationId: number, grantedById: number | null, tx: Tx): Promise<void> {
    await tx.createQueryBuilder().insert().into(PartnerAdmin).values({ accountId, organizationId, grantedById, grantedAt: new Date() }).orIgnore().updateEntity(false).execute();
  }

  async removeAdmin(accountId: number, organizationId: number, tx: Tx): Promise<boolean> {
    const result = await tx.delete(PartnerAdmin, { accountId, organizationId });
    return (result.affected ?? 0) > 0;
  }

  // Merging organizations (src/organizations) would ask these; invitations follow the kept body.
  countOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(PartnerInvitation, { organizationId });
  }
}
