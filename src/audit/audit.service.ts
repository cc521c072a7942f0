import { Injectable } from '@nestjs/common';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import type { Tx } from '../database/transactions';
import { AuditStore } from './audit.store';
import { AuditEntryDto } from './dto/audit-entry.dto';
import { AuditQuery } from './dto/audit-query.dto';
import { Paged } from '../common/paged';

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
  constructor(private readonly entries: AuditStore) {}

  /** Records a write inside the transaction that makes it, so the trail and the data agree. */
  async record(tx: Tx, actor: AuthenticatedAccount | null, record: AuditRecord): Promise<void> {
    await this.entries.append(
      {
      at: new Date(),
      accountId: actor?.id ?? null,
      accountEmail: actor?.email ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      editionId: record.editionId ?? null,
      before: plain(record.before),
      after: plain(record.after),
      },
      tx,
    );
  }

  /** How often this was done to that thing lately (e.g. logo uploads of an organization in the last hour). */
  countSince(entityType: string, entityId: number, action: string, since: Date, tx?: Tx): Promise<number> {
    return this.entries.countSince(entityType, entityId, action, since, tx);
  }

  /** One record's history, oldest first: every entry about it and about the rows that belong to it (a registration's seats). */
  async historyOf(things: { entityType: string; ids: number[] }[]): Promise<AuditEntryDto[]> {
    return (await this.entries.about(things)).map((e) => AuditEntryDto.from(e));
  }

  async list(query: AuditQuery): Promise<Paged<AuditEntryDto>> {
    const [entries, total] = await this.entries.list(query);
    return { items: entries.map((e) => AuditEntryDto.from(e)), total };
  }
}
