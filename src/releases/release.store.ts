import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { ProgramRelease } from './entities/program-release.entity';

/** The only code that reads and writes program_release and released_session; other modules call this, never the entities. */
@Injectable()
export class ReleaseStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for catalog

  countOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(ProgramRelease, { editionId });
  }
}
