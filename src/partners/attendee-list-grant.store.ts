import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { AttendeeListGrant } from './entities/attendee-list-grant.entity';

/** The only code that reads and writes attendee_list_grant; other modules call this, never the entities. */
@Injectable()
export class AttendeeListGrantStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the organization may see the session's attendee list. */
  isGranted(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(AttendeeListGrant, { sessionId, organizationId });
  }

  async grant(grant: { sessionId: number; organizationId: number; grantedById: number; grantedAt: Date }, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.insert(AttendeeListGrant, grant);
  }

  /** Takes the grant back; false when there was none. */
  async revoke(sessionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    const grant = await tx.findOne(AttendeeListGrant, { where: { sessionId, organizationId } });
    if (!grant) return false;
    await tx.delete(AttendeeListGrant, { id: grant.id });
    return true;
  }

  // Removing and merging organizations (src/organizations) ask these.
  countOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(AttendeeListGrant, { organizationId });
  }

  /**
   * A merged duplicate's grants pass to the organization kept; one for a session the kept one
   * already holds a grant of is dropped (one grant per session and organization).
   */
  async moveToOrganization(fromOrganizationId: number, toOrganizationId: number, tx: Tx = this.dataSource.manager): Promise<void> {
    for (const grant of await tx.find(AttendeeListGrant, { where: { organizationId: fromOrganizationId } })) {
      if (await tx.existsBy(AttendeeListGrant, { sessionId: grant.sessionId, organizationId: toOrganizationId })) await tx.delete(AttendeeListGrant, { id: grant.id });
      else await tx.update(AttendeeListGrant, { id: grant.id }, { organizationId: toOrganizationId });
    }
  }
}
