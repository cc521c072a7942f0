import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Edition } from './entities/edition.entity';

/**
 * Loads an edition inside a write transaction, locking its row on MySQL so that two
 * organizers' schedule writes to one edition are checked for conflicts one after the other.
 * SQLite has no row locks and needs none: its writers already take turns on the whole file.
 */
export async function lockEdition(manager: EntityManager, editionId: number): Promise<Edition> {
  const qb = manager.createQueryBuilder(Edition, 'e').where('e.id = :editionId', { editionId });
  if (manager.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
  const edition = await qb.getOne();
  if (!edition) throw new NotFoundException({ message: `No edition with id ${editionId}`, errors: { editionId: 'no such edition' } });
  return edition;
}
