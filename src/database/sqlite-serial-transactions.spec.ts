import { runPendingMigrations } from './migration-runner';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { AppSetting } from '../settings/setting.store';
import { buildDataSourceOptions } from './data-source-options';
import { serializeSqliteTransactions } from './sqlite-serial-transactions';

/** Any table serves; this one by name, since the database layer imports no feature's entity. */
const APP_SETTING = 'AppSetting';

describe('serializeSqliteTransactions', () => {
  let dir: string;
  let dataSource: DataSource;

  async function open(serialize: boolean): Promise<DataSource> {
    const ds = new DataSource({ ...buildDataSourceOptions({ type: 'sqlite', file: join(dir, `${serialize}.sqlite`) }), logging: false });
    await ds.initialize();
    await runPendingMigrations(ds);
    if (serialize) serializeSqliteTransactions(ds);
    return ds;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'huiwu-sqlite-'));
  });
  afterEach(async () => {
    await dataSource?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** 40 concurrent transactions, every fifth of which fails after writing. */
  async function burst(ds: DataSource) {
    return Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        ds.transaction(async (manager) => {
          await manager.insert(APP_SETTING, { key: `k${i}`, value: 'v' });
          await new Promise((r) => setTimeout(r, 2));
          // Nested work (a savepoint) inside the holder goes straight through.
          await manager.transaction((inner) => inner.insert(APP_SETTING, { key: `n${i}`, value: 'v' }));
          if (i % 5 === 0) throw new Error('refused');
        }),
      ),
    );
  }

  it('without it, concurrent transactions on the shared connection fail and lose writes (the bug it fixes)', async () => {
    dataSource = await open(false);
    const results = await burst(dataSource);
    const unexpected = results.filter((r) => r.status === 'rejected' && (r.reason as Error).message !== 'refused');
    expect(unexpected.length).toBeGreaterThan(0);
  });

  it('with it, every transaction commits or rolls back on its own', async () => {
    dataSource = await open(true);
    const [results, outside] = await Promise.all([burst(dataSource), dataSource.getRepository<AppSetting>(APP_SETTING).count()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(32);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message)).toEqual(Array(8).fill('refused'));
    const keys = (await dataSource.getRepository<AppSetting>(APP_SETTING).find()).map((s) => s.key).sort();
    const expected = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 5 !== 0).flatMap((i) => [`k${i}`, `n${i}`]).sort();
    expect(keys).toEqual(expected);
    expect(outside).toBeGreaterThanOrEqual(0);
  });
});
