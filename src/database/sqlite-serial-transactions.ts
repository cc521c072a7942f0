import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * TypeORM drives better-sqlite3 through ONE shared connection and query runner. Two requests
 * that open transactions at the same time therefore interleave on it: the second BEGIN fails,
 * and its ROLLBACK ends the first request's transaction too, silently losing accepted writes.
 *
 * This makes transactions on SQLite take turns, first come first served: a transaction holds
 * the connection until it commits or rolls back, and any other statement waits for it. The
 * holder is told apart from the others by an AsyncLocalStorage token, so nested transactions
 * (savepoints) and every query inside the holder's callback go straight through.
 * MySQL has a connection pool and real row locks, and is left alone.
 */
export function serializeSqliteTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const holder = new AsyncLocalStorage<symbol>();
  let current: symbol | null = null;
  let tail: Promise<void> = Promise.resolve();

  /** Waits for the connection; the returned function hands it to the next in line. */
  const acquire = async (): Promise<() => void> => {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => turn);
    await previous;
    return release;
  };
  const isHolder = () => current !== null && holder.getStore() === current;

  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  (manager as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = async (...args: unknown[]) => {
    if (isHolder()) return transaction(...args);
    const release = await acquire();
    const token = Symbol('sqlite-transaction');
    current = token;
    try {
      return await holder.run(token, () => transaction(...args));
    } finally {
      current = null;
      release();
    }
  };

  const driver = dataSource.driver as unknown as { createQueryRunner: (mode?: string) => QueryRunner };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const patched = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode?: string) => {
    const runner = createQueryRunner(mode);
    if (patched.has(runner)) return runner;
    patched.add(runner);
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    // A statement from outside the open transaction waits its turn instead of landing in it.
    (runner as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
      if (isHolder()) return query(...args);
      const release = await acquire();
      try {
        return await query(...args);
      } finally {
        release();
      }
    };
    return runner;
  };
}
