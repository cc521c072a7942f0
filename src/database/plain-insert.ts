import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
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

/**
 * The parameters of an INSERT written out once (`INSERT INTO t (a, b) VALUES (?, ?)`, the columns
 * named by `columns` in the same order), for the hottest writes: TypeORM's query builder spent a
 * tenth of a door scan building the same statement again each time. The values still go through
 * the driver's own conversion for each column (dates, booleans, JSON) as the builder would.
 */
export function writtenParameters<E extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<E>, columns: readonly string[], values: QueryDeepPartialEntity<E>): unknown[] {
  const metadata = dataSource.getMetadata(target);
  return columns.map((name) => {
    const column = metadata.findColumnWithDatabaseName(name);
    if (!column) throw new Error(`${metadata.tableName} has no column ${name}`);
    const value = (values as Record<string, unknown>)[column.propertyName];
    return value === undefined ? null : (dataSource.driver.preparePersistentValue(value, column) as unknown);
  });
}
