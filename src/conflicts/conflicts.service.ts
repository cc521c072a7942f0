import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { EditionConflictsDto } from './dto/conflict.dto';
import { ScheduleConflicts } from './schedule-conflicts';

@Injectable()
export class ConflictsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly editions: EditionStore,
    private readonly conflicts: ScheduleConflicts,
  ) {}

  async forEdition(editionId: number): Promise<EditionConflictsDto> {
    const edition = await this.editions.require(editionId);
    return this.conflicts.forEdition(this.transactions.none, edition);
  }
}
