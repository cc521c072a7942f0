import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Registration } from './entities/registration.entity';

/** The only code that reads and writes registration; other modules call this, never the entities. */
@Injectable()
export class RegistrationStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for notifications

  async idsOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number[]> {
    const rows = await tx.getRepository(Registration).find({ select: { id: true }, where: { editionId }, order: { id: 'ASC' } });
    return rows.map((row) => row.id);
  }

  /**
   * Overwrites the personal data of an edition's registrations not anonymised yet: `name`, an
   * address unique per registration (one address per edition is a unique key) on a domain that
   * cannot exist, no phone, organization or title. Answers how many it anonymised.
   */
  async anonymiseEdition(editionId: number, name: string, at: Date, tx: Tx = this.dataSource.manager): Promise<number> {
    const address = this.dataSource.options.type === 'better-sqlite3' ? `'anonymized+' || id || '@invalid.huiwu'` : `CONCAT('anonymized+', id, '@invalid.huiwu')`;
    const anonymised = await tx
      .createQueryBuilder()
      .update(Registration)
      .set({ name, email: () => address, phone: null, organization: null, title: null, anonymizedAt: at })
      .where('edition_id = :editionId AND anonymized_at IS NULL', { editionId })
      .execute();
    return anonymised.affected ?? 0;
  }
}
