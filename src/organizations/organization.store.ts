import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Organization } from './entities/organization.entity';

/** The only code that reads and writes organization and organization_alias; other modules call this, never the entities. */
@Injectable()
export class OrganizationStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for seats
  /** Which of these organization ids exist. */
  async existing(ids: number[], tx: Tx = this.dataSource.manager): Promise<Set<number>> {
    if (!ids.length) return new Set();
    return new Set((await tx.find(Organization, { where: { id: In(ids) }, select: { id: true } })).map((o) => o.id));
  }
}
