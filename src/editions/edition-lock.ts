import type { Tx } from '../database/transactions';
import type { Edition } from './entities/edition.entity';
import { EditionStore } from './edition.store';

/**
 * @deprecated Call `EditionStore.lock(id, tx)`. Kept only so the modules not yet moved onto
 * the stores (sessions, releases) still compile; delete it when nothing imports it.
 */
export function lockEdition(manager: Tx, editionId: number): Promise<Edition> {
  return new EditionStore(manager.connection).lock(editionId, manager);
}
