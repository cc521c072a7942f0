import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { Tx } from '../database/transactions';
import { GuestImportRow } from './entities/guest-import-row.entity';
import { GuestImport } from './entities/guest-import.entity';

export type { GuestImport } from './entities/guest-import.entity';
export type { GuestImportRow } from './entities/guest-import-row.entity';

const CHUNK = 200;

/** The only code that reads and writes guest_import and guest_import_row (previews waiting for confirmation). */
@Injectable()
export class GuestImportStore {
  constructor(private readonly dataSource: DataSource) {}

  async create(values: Omit<GuestImport, 'id' | 'createdAt' | 'confirmedAt'>, rows: Omit<GuestImportRow, 'importId' | 'import'>[], tx: Tx): Promise<GuestImport> {
    const inserted = await tx.insert(GuestImport, { ...values, confirmedAt: null });
    const id = inserted.identifiers[0].id as number;
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(GuestImportRow, rows.slice(i, i + CHUNK).map((r) => ({ ...r, importId: id })));
    return (await tx.findOneBy(GuestImport, { id }))!;
  }

  find(id: number, tx: Tx = this.dataSource.manager): Promise<GuestImport | null> {
    return tx.findOneBy(GuestImport, { id });
  }

  rows(importId: number, tx: Tx = this.dataSource.manager): Promise<GuestImportRow[]> {
    return tx.find(GuestImportRow, { where: { importId }, order: { row: 'ASC' } });
  }

  /** False when it was confirmed already (by another request): the conditional UPDATE decides. */
  async markConfirmed(id: number, at: Date, tx: Tx): Promise<boolean> {
    const done = await tx.createQueryBuilder().update(GuestImport).set({ confirmedAt: at }).where({ id, confirmedAt: IsNull() }).execute();
    return done.affected === 1;
  }

  /** A confirmed import's rows are not needed any more (they hold personal data): only its summary stays. */
  async dropRows(importId: number, tx: Tx): Promise<void> {
    await tx.delete(GuestImportRow, { importId });
  }

  /** Previews nobody confirmed, older than `before`: they only held a file's rows for a while. */
  async deleteStale(before: Date, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.createQueryBuilder().delete().from(GuestImport).where('confirmed_at IS NULL AND created_at < :before', { before }).execute();
  }
}
