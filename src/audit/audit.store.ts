import { Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { AuditEntry } from './entities/audit-entry.entity';

/** How the trail is filtered and paged. */
export interface AuditFilter {
  editionId?: number;
  accountId?: number;
  entityType?: string;
  offset: number;
  limit: number;
}

/** The only code that reads and writes audit_entry; other modules call this, never the entities. */
@Injectable()
export class AuditStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends an entry in the caller's transaction, so the trail and the data agree. */
  async append(entry: Omit<AuditEntry, 'id'>, tx: Tx): Promise<void> {
    await tx.insert(AuditEntry, entry);
  }

  /** How many entries of this action on this thing were written since `since`: a count that every server sees alike. */
  countSince(entityType: string, entityId: number, action: string, since: Date, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx
      .createQueryBuilder(AuditEntry, 'a')
      .where('a.entity_type = :entityType AND a.entity_id = :entityId AND a.action = :action AND a.at >= :since', { entityType, entityId, action, since })
      .getCount();
  }

  /** Every entry about these things (a type and its ids each), oldest first: one record's history. */
  about(things: { entityType: string; ids: number[] }[]): Promise<AuditEntry[]> {
    const wanted = things.filter((t) => t.ids.length > 0);
    if (wanted.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.manager.createQueryBuilder(AuditEntry, 'a').orderBy('a.id', 'ASC');
    qb.where(
      new Brackets((where) => {
        wanted.forEach((t, i) => where.orWhere(`(a.entity_type = :type${i} AND a.entity_id IN (:...ids${i}))`, { [`type${i}`]: t.entityType, [`ids${i}`]: t.ids }));
      }),
    );
    return qb.getMany();
  }

  /** Entries newest first, and how many match in all. */
  list(filter: AuditFilter): Promise<[AuditEntry[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(AuditEntry, 'a').orderBy('a.id', 'DESC');
    if (filter.editionId !== undefined) qb.where('a.edition_id = :editionId', { editionId: filter.editionId });
    if (filter.accountId !== undefined) qb.andWhere('a.account_id = :accountId', { accountId: filter.accountId });
    if (filter.entityType !== undefined) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    return qb.skip(filter.offset).take(filter.limit).getManyAndCount();
  }
}
