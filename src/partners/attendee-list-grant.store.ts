import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { AttendeeListGrant } from './entities/attendee-list-grant.entity';

/** The only code that reads and writes attendee_list_grant; other modules call this, never the entities. */
@Injectable()
export class AttendeeListGrantStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for catalog

  countOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(AttendeeListGrant, { organizationId });
  }

  /** A merge of two organizations: the duplicate's grants move to the kept one; a grant both hold is kept once. */
  async moveToOrganization(fromOrganizationId: number, toOrganizationId: number, tx: Tx): Promise<void> {
    for (const grant of await tx.find(AttendeeListGrant, { where: { organizationId: fromOrganizationId } })) {
      if (await tx.existsBy(AttendeeListGrant, { sessionId: grant.sessionId, organizationId: toOrganizationId })) await tx.delete(AttendeeListGrant, { id: grant.id });
      else await tx.update(AttendeeListGrant, { id: grant.id }, { organizationId: toOrganizationId });
    }
  }
}
