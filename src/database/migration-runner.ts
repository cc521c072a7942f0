import type { DataSource, Migration } from 'typeorm';
import { withDatabaseLock } from './database-lock';

/**
 * Applies pending migrations; every caller (server start, CLI, seed command, tests) goes
 * through here. On SQLite, a migration that changes a table recreates it (copy, drop, rename),
 * which fails or cascades while foreign keys are enforced; SQLite's documented procedure is to
 * switch enforcement off around the change and check the keys afterwards, which this does.
 */
export async function runPendingMigrations(dataSource: DataSource): Promise<Migration[]> {
  return withDatabaseLock(dataSource, 'migrations', () => withForeignKeysChecked(dataSource, () => dataSource.runMigrations({ transaction: 'each' })));
}

export async function revertLastMigration(dataSource: DataSource): Promise<void> {
  await withForeignKeysChecked(dataSource, () => dataSource.undoLastMigration({ transaction: 'each' }));
}

async function withForeignKeysChecked<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return work();
  await dataSource.query('PRAGMA foreign_keys = OFF');
  // Renaming a table must not rewrite other tables' references to it: the recreated table
  // takes the old name back, and the references must still point at that name.
  await dataSource.query('PRAGMA legacy_alter_table = ON');
  try {
    const result = await work();
    const violations: { table: string; parent: string }[] = await dataSource.query('PRAGMA foreign_key_check');
    if (violations.length > 0) {
      throw new Error(`Migration left ${violations.length} broken foreign key(s), e.g. ${violations[0].table} → ${violations[0].parent}`);
    }
    return result;
  } finally {
    await dataSource.query('PRAGMA legacy_alter_table = OFF');
    await dataSource.query('PRAGMA foreign_keys = ON');
  }
}
