import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { runPendingMigrations } from '../../src/database/migration-runner';

/**
 * A real SQLite file with the app's schema, made by the app's own migrations, for unit tests
 * of code that needs the database (stores, the schedule rules' queries): no mocks.
 */
export async function openMigratedSqlite(): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'huiwu-unit-'));
  const dataSource = new DataSource({ ...buildDataSourceOptions({ type: 'sqlite', file: join(dir, 'huiwu.sqlite') }), logging: false });
  await dataSource.initialize();
  await runPendingMigrations(dataSource);
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
