import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { TeamGrant } from './entities/team-grant.entity';
import type { TeamRole } from './team-role';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { TeamGrant } from './entities/team-grant.entity';

export interface GrantScope {
  brandId: number | null;
  editionId: number | null;
}

/** `all`, `brand:3` or `edition:7`: one role per account and scope. */
export function scopeKeyOf(scope: GrantScope): string {
  if (scope.editionId !== null) return `edition:${scope.editionId}`;
  if (scope.brandId !== null) return `brand:${scope.brandId}`;
  return 'all';
}

/** The only code that reads and writes team_grant (organizers' roles); other modules call this, never the entity. */
@Injectable()
export class TeamGrantStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Every role of the account: read with the account on each signed-in request. */
  ofAccount(accountId: number, tx: Tx = this.dataSource.manager): Promise<TeamGrant[]> {
    return tx.find(TeamGrant, { where: { accountId }, order: { id: 'ASC' } });
  }

  ofAccounts(accountIds: number[], tx: Tx = this.dataSource.manager): Promise<TeamGrant[]> {
    if (accountIds.length === 0) return Promise.resolve([]);
    return tx.find(TeamGrant, { where: { accountId: In(accountIds) }, order: { id: 'ASC' } });
  }

  all(tx: Tx = this.dataSource.manager): Promise<TeamGrant[]> {
    return tx.find(TeamGrant, { order: { id: 'ASC' } });
  }

  find(id: number, tx: Tx = this.dataSource.manager): Promise<TeamGrant | null> {
    return tx.findOne(TeamGrant, { where: { id } });
  }

  /** Gives the role in the scope, replacing the role the account held there. */
  async put(accountId: number, role: TeamRole, scope: GrantScope, grantedBy: number | null, tx: Tx): Promise<{ grant: TeamGrant; before: TeamGrant | null }> {
    const scopeKey = scopeKeyOf(scope);
    const before = await tx.findOne(TeamGrant, { where: { accountId, scopeKey } });
    if (before) {
      await tx.update(TeamGrant, { id: before.id }, { role, grantedBy });
      return { grant: await tx.findOneByOrFail(TeamGrant, { id: before.id }), before };
    }
    const grant = await tx.save(tx.create(TeamGrant, { accountId, role, brandId: scope.brandId, editionId: scope.editionId, scopeKey, grantedBy }));
    return { grant, before: null };
  }

  /** Inserts unless the account holds a role there already (two servers starting together). */
  async putIfAbsent(accountId: number, role: TeamRole, scope: GrantScope, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(TeamGrant)
      .values({ accountId, role, brandId: scope.brandId, editionId: scope.editionId, scopeKey: scopeKeyOf(scope), grantedBy: null })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async remove(id: number, tx: Tx): Promise<void> {
    await tx.delete(TeamGrant, { id });
  }

  /**
   * Owners over everything other than `accountId`'s grant `exceptGrantId`, locked for the rest of
   * the transaction so two owners cannot remove each other at once.
   */
  async otherGlobalOwners(exceptGrantId: number, tx: Tx): Promise<number> {
    const query = tx
      .createQueryBuilder(TeamGrant, 'g')
      .where("g.scope_key = 'all' AND g.role = 'owner' AND g.id <> :id", { id: exceptGrantId });
    // SQLite has no row locks (and needs none: its write transactions run one at a time).
    if (tx.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    return (await query.getMany()).length;
  }
}
