import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import { Edition } from './entities/edition.entity';

/** The only code that reads and writes edition and edition_role; other modules call this, never the entities. */
@Injectable()
export class EditionStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for seats
  /** The edition, or 404 `No edition with id …`. */
  async require(id: number, tx: Tx = this.dataSource.manager): Promise<Edition> {
    const edition = await tx.findOne(Edition, { where: { id } });
    if (!edition) throw new NotFoundException(`No edition with id ${id}`);
    return edition;
  }

  /** The edition with its brand (what attendees' documents print); it must exist. */
  withBrand(id: number, tx: Tx = this.dataSource.manager): Promise<Edition> {
    return tx.findOneOrFail(Edition, { where: { id }, relations: { brand: true } });
  }

  /**
   * One of the edition's registration places, if any is left (false: the edition is full): a
   * conditional UPDATE, never read-then-written.
   */
  async takePlace(tx: Tx, editionId: number): Promise<boolean> {
    const place = await tx
      .createQueryBuilder()
      .update(Edition)
      .set({ registeredCount: () => 'registered_count + 1' })
      .where('id = :id AND registered_count < registration_capacity', { id: editionId })
      .execute();
    return place.affected === 1;
  }

  async givePlaceBack(tx: Tx, editionId: number): Promise<void> {
    await tx.createQueryBuilder().update(Edition).set({ registeredCount: () => 'registered_count - 1' }).where('id = :id AND registered_count > 0', { id: editionId }).execute();
  }
}
