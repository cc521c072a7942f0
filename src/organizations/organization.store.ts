import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Organization } from './entities/organization.entity';

/** The only code that reads and writes organization and organization_alias; other modules call this, never the entities. */
@Injectable()
export class OrganizationStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for documents
  /** The organization, or null. */
  find(organizationId: number, tx: Tx = this.dataSource.manager): Promise<Organization | null> {
    return tx.findOne(Organization, { where: { id: organizationId } });
  }
}
