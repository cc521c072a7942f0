import type { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a named lock that every process sharing the database respects,
 * so that start-up steps (migrations, first seed) run once even when several servers start
 * together on one MySQL. On SQLite the file's own write lock serialises the work already.
 */
export async function withDatabaseLock<T>(
  dataSource: DataSource,
  name: string,
  work: () => Promise<T>,
  timeoutSeconds = 60,
): Promise<T> {
  if (dataSource.options.type === 'better-sqlite3') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [row] = await runner.query('SELECT GET_LOCK(?, ?) AS acquired', [`huiwu:${name}`, timeoutSeconds]);
    if (Number(row.acquired) !== 1) {
      throw new Error(`Could not acquire the database lock "${name}" within ${timeoutSeconds} s`);
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [`huiwu:${name}`]);
    }
  } finally {
    await runner.release();
  }
}
