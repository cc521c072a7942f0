import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Edition } from './entities/edition.entity';

/** The only code that reads and writes edition and edition_role; other modules call this, never the entities. */
@Injectable()
export class EditionStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for notifications

  /** Editions whose personal data is not purged yet and that ended before `cutoff` (YYYY-MM-DD). */
  dueForPersonalDataPurge(cutoff: string): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .where('edition.endDate < :cutoff', { cutoff })
      .andWhere('edition.personalDataPurgedAt IS NULL')
      .orderBy('edition.id', 'ASC')
      .getMany();
  }

  /** False when it was marked already (another server purges it); the row lock holds such a server until commit. */
  async markPersonalDataPurged(editionId: number, at: Date, tx: Tx = this.dataSource.manager): Promise<boolean> {
    const marked = await tx
      .createQueryBuilder()
      .update(Edition)
      .set({ personalDataPurgedAt: at })
      .where('id = :editionId AND personal_data_purged_at IS NULL', { editionId })
      .execute();
    return marked.affected === 1;
  }

  /** Published editions whose first day is between `from` and `to` (YYYY-MM-DD, inclusive). */
  publishedStartingBetween(from: string, to: string): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .where('edition.status = :status', { status: 'published' })
      .andWhere('edition.startDate BETWEEN :from AND :to', { from, to })
      .getMany();
  }
}
