import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Account } from './entities/account.entity';

/** The only code that reads and writes accounts (sign-in accounts); other modules call this, never the entities. */
@Injectable()
export class AccountStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for catalog

  countOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Account, { organizationId });
  }

  /** A merge of two organizations: the duplicate's partner accounts now belong to the kept one. */
  async moveToOrganization(fromOrganizationId: number, toOrganizationId: number, tx: Tx): Promise<void> {
    await tx.update(Account, { organizationId: fromOrganizationId }, { organizationId: toOrganizationId });
  }
}
