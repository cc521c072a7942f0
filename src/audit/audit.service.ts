import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AuditEntryDto } from './dto/audit-entry.dto';
import { AuditQuery } from './dto/audit-query.dto';
import { AuditEntry } from './entities/audit-entry.entity';
import { Page } from '../common/pagination';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: number | null;
  editionId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Fields that never go into the trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'password']);

function plain(value: unknown): object | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (SECRET_FIELDS.has(key) ? undefined : v)),
  );
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Records a write inside the transaction that makes it, so the trail and the data agree. */
  async record(manager: EntityManager, actor: AuthenticatedAccount | null, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, {
      at: new Date(),
      accountId: actor?.id ?? null,
      accountEmail: actor?.email ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      editionId: record.editionId ?? null,
      before: plain(record.before),
      after: plain(record.after),
    });
  }

  async list(query: AuditQuery): Promise<Page<AuditEntryDto>> {
    const qb = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC');
    if (query.editionId !== undefined) qb.where('a.edition_id = :editionId', { editionId: query.editionId });
    if (query.entityType !== undefined) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    const [entries, total] = await qb.skip(query.offset).take(query.limit).getManyAndCount();
    return { items: entries.map((e) => AuditEntryDto.from(e)), total };
  }
}
