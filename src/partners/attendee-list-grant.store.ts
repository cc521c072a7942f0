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
}
