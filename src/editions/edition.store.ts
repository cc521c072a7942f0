import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Edition } from './entities/edition.entity';

/** The only code that reads and writes edition and edition_role; other modules call this, never the entities. */
@Injectable()
export class EditionStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for web
  /** Every edition, drafts too, with its brand: newest first. */
  allNewestFirst(tx: Tx = this.dataSource.manager): Promise<Edition[]> {
    return tx.find(Edition, { relations: { brand: true }, order: { startDate: 'DESC', id: 'DESC' } });
  }
}
