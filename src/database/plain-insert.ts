import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * INSERT without reading the row back. TypeORM's own insert re-selects every defaulted column
 * on MySQL (which has no RETURNING): one more round trip, inside transactions that hold locks.
 * Answers the new row's generated id.
 */
export async function insertRow<E extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<E>, values: QueryDeepPartialEntity<E>): Promise<number> {
  const result = await manager.createQueryBuilder().insert().into(target).values(values).updateEntity(false).execute();
  // mysql2 answers an OkPacket; better-sqlite3 the last row id itself.
  const raw = result.raw as { insertId?: number } | number | bigint;
  const id = typeof raw === 'object' ? raw.insertId : raw;
  if (id === undefined || id === null) throw new Error('The database did not report the new row’s id');
  return Number(id);
}

/** Several rows in one INSERT statement, not read back. */
export async function insertRows<E extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<E>, values: QueryDeepPartialEntity<E>[]): Promise<void> {
  await manager.createQueryBuilder().insert().into(target).values(values).updateEntity(false).execute();
}
