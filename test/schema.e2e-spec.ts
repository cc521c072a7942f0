import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { loadSeed } from '../seeds/seed-loader';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { ReleasedSession } from '../src/releases/entities/released-session.entity';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: database.url }).database));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('build exactly the schema the entities describe (no pending schema change)', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert all the way down and apply again to the same schema', async () => {
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.createQueryRunner().getTables(['brand', 'edition', 'organization']);
    expect(tables).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });

  it('upgrade a database that already holds published releases without losing or nulling a row', async () => {
    await loadSeed(dataSource);
    const frozen = await dataSource.getRepository(ReleasedSession).count();
    expect(frozen).toBeGreaterThan(0);
    // Step back to before released_session.last_changed_at existed, then forward again.
    await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.runMigrations({ transaction: 'each' });
    const rows = await dataSource.getRepository(ReleasedSession).find({ relations: { release: true } });
    expect(rows).toHaveLength(frozen);
    for (const row of rows) expect(row.lastChangedAt.getTime()).toBe(row.release.publishedAt.getTime());
  });

  it('never synchronize the schema from the entities', () => {
    expect(dataSource.options.synchronize).toBe(false);
  });
});
