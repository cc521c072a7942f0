import { revertLastMigration, runPendingMigrations } from '../src/database/migration-runner';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { loadSeed } from '../seeds/seed-loader';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { Edition } from '../src/editions/entities/edition.entity';
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
    const applied = await runPendingMigrations(dataSource);
    expect(applied.length).toBeGreaterThan(0);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert all the way down and apply again to the same schema', async () => {
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i++) await revertLastMigration(dataSource);
    const tables = await dataSource.createQueryRunner().getTables(['brand', 'edition', 'organization']);
    expect(tables).toEqual([]);
    await runPendingMigrations(dataSource);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });

  it('upgrade a database that already holds data without losing a row (the last two migrations, down and up)', async () => {
    await loadSeed(dataSource);
    const frozen = await dataSource.getRepository(ReleasedSession).count();
    const editions = await dataSource.getRepository(Edition).count();
    expect(frozen).toBeGreaterThan(0);
    // Back past the migration that added released_session.last_changed_at (it must backfill), then forward again.
    const migrationsToRevert = dataSource.migrations.length - dataSource.migrations.findIndex((m) => m.name?.startsWith('ReleasedSessionLastChanged'));
    for (let i = 0; i < migrationsToRevert; i++) await revertLastMigration(dataSource);
    await runPendingMigrations(dataSource);
    expect(await dataSource.getRepository(Edition).count()).toBe(editions);
    const rows = await dataSource.getRepository(ReleasedSession).find({ relations: { release: true } });
    expect(rows).toHaveLength(frozen);
    for (const row of rows) expect(row.lastChangedAt.getTime()).toBe(row.release.publishedAt.getTime());
  });

  it('never synchronize the schema from the entities', () => {
    expect(dataSource.options.synchronize).toBe(false);
  });
});
