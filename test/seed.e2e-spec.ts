import { runPendingMigrations } from '../src/database/migration-runner';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { ENTITIES } from '../src/database/entities';
import { Edition } from '../src/editions/entities/edition.entity';
import { OrganizationAlias } from '../src/organizations/entities/organization-alias.entity';
import { Organization } from '../src/organizations/entities/organization.entity';
import { loadSeed, REAL_SEED } from '../seeds/seed-loader';
import { createTestDatabase, TestDatabase } from './support/test-database';

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of ENTITIES) counts[entity.name] = await dataSource.getRepository(entity).count();
  return counts;
}

describe('the seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions(loadConfig({ DATABASE_URL: database.url }).database));
    await dataSource.initialize();
    await runPendingMigrations(dataSource);
  });
  afterEach(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loads the real data and, loaded twice, leaves the same rows', async () => {
    const first = await loadSeed(dataSource);
    expect(first.brand.created).toBe(3);
    expect(first.edition.created).toBe(9);
    expect(first.organization.created).toBe(REAL_SEED.organizations.length);
    const afterFirst = await rowCounts(dataSource);

    const second = await loadSeed(dataSource);
    for (const table of Object.values(second)) expect(table.created).toBe(0);
    expect(await rowCounts(dataSource)).toEqual(afterFirst);
  });

  it('keeps one row per body: no name is used by two organizations', async () => {
    await loadSeed(dataSource);
    const organizations = await dataSource.getRepository(Organization).find();
    const aliases = await dataSource.getRepository(OrganizationAlias).find();
    const names = [
      ...organizations.flatMap((o) => [o.nameZh, ...(o.shortName ? [o.shortName] : [])]),
      ...aliases.map((a) => a.name),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it('reuses an organization an organizer already created under a short name', async () => {
    await dataSource.getRepository(Organization).insert({ nameZh: '中网联', kind: 'social_organization' });
    await loadSeed(dataSource);
    const found = await dataSource.getRepository(Organization).find({ where: [{ nameZh: '中网联' }, { nameZh: '中国网络社会组织联合会' }] });
    expect(found).toHaveLength(1);
  });

  it('leaves an organizer’s correction alone when run again', async () => {
    await loadSeed(dataSource);
    await dataSource.getRepository(Edition).update({ slug: 'integrity-2019' }, { venueZh: '西安国际会议中心' });
    await loadSeed(dataSource);
    const edition = await dataSource.getRepository(Edition).findOneByOrFail({ slug: 'integrity-2019' });
    expect(edition.venueZh).toBe('西安国际会议中心');
  });

  it('rolls back entirely when the data is inconsistent', async () => {
    const broken = {
      ...REAL_SEED,
      editions: [{ ...REAL_SEED.editions[0], roles: { host: ['不存在的单位'] } }],
    };
    await expect(loadSeed(dataSource, broken)).rejects.toThrow('不存在的单位');
    expect(await dataSource.getRepository(Organization).count()).toBe(0);
  });
});
