import { runPendingMigrations } from '../src/database/migration-runner';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { ENTITIES } from '../src/database/entities';
import { Brand } from '../src/brands/entities/brand.entity';
import { Edition } from '../src/editions/entities/edition.entity';
import { OrganizationAlias } from '../src/organizations/entities/organization-alias.entity';
import { OrganizationRelation } from '../src/organizations/entities/organization-relation.entity';
import { Organization } from '../src/organizations/entities/organization.entity';
import { Session } from '../src/sessions/entities/session.entity';
import { formatProvenance } from '../src/common/provenance';
import { ZHEJIANG_MEMBERS } from '../seeds/data/organizations';
import { PROVINCIAL_OFFICE_PROVINCES, standardForms, WRITTEN_OFFICE_NAMES } from '../seeds/data/provincial-offices';
import { loadSeed, REAL_SEED } from '../seeds/seed-loader';
import { provenanceProblems, seedDocument, simplifiedReading } from './support/seed-documents';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** The ids of the organizations a name (main, short or alias) belongs to. */
async function ownersOf(dataSource: DataSource, name: string): Promise<number[]> {
  const byName = await dataSource.getRepository(Organization).find({ where: [{ nameZh: name }, { shortName: name }] });
  const byAlias = await dataSource.getRepository(OrganizationAlias).find({ where: { name } });
  return [...new Set([...byName.map((o) => o.id), ...byAlias.map((a) => a.organizationId)])];
}

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
    expect(first.brand.created).toBe(17);
    expect(first.edition.created).toBe(42);
    expect(first.organization.created).toBe(REAL_SEED.organizations.length);
    expect(first.organization_relation.created).toBe(REAL_SEED.relations.length);
    const afterFirst = await rowCounts(dataSource);
    const snapshot = async () => ({
      organizations: await dataSource.getRepository(Organization).find({ order: { id: 'ASC' } }),
      editions: await dataSource.getRepository(Edition).find({ order: { id: 'ASC' } }),
      sessions: await dataSource.getRepository(Session).find({ order: { id: 'ASC' } }),
    });
    const before = await snapshot();

    const second = await loadSeed(dataSource);
    for (const table of Object.values(second)) expect(table.created).toBe(0);
    expect(await rowCounts(dataSource)).toEqual(afterFirst);
    // Not one value changed either (updatedAt included).
    expect(await snapshot()).toEqual(before);
  });

  it('cites, for every brand, organization, relation, edition and session, sentences found verbatim in the documents', async () => {
    await loadSeed(dataSource);
    const problems: string[] = [];
    for (const b of await dataSource.getRepository(Brand).find()) problems.push(...provenanceProblems(`brand ${b.slug}`, b.source));
    for (const o of await dataSource.getRepository(Organization).find()) problems.push(...provenanceProblems(`organization ${o.nameZh}`, o.source));
    for (const r of await dataSource.getRepository(OrganizationRelation).find()) problems.push(...provenanceProblems(`relation ${r.id}`, r.source));
    for (const e of await dataSource.getRepository(Edition).find()) problems.push(...provenanceProblems(`edition ${e.slug}`, e.source));
    for (const s of await dataSource.getRepository(Session).find()) problems.push(...provenanceProblems(`session ${s.titleZh}`, s.source));
    expect(problems).toEqual([]);
    // The check itself fails on a misquote, an unknown document and an uncited row.
    const doc = '000_7401ad9edb3da1ac.txt';
    expect(provenanceProblems('x', formatProvenance([{ document: doc, quote: '2018年5月9日,中国网络社会组织联合会正式成立。' }]))).toEqual([]);
    expect(provenanceProblems('x', formatProvenance([{ document: doc, quote: '2018年5月9日，中国网络社会组织联合会正式成立。' }]))).toHaveLength(1);
    expect(provenanceProblems('x', formatProvenance([{ document: '009_0000000000000000.txt', quote: '成立' }]))).toHaveLength(1);
    expect(provenanceProblems('x', null)).toHaveLength(1);
  });

  it('keeps no website, English name or title that no document gives unless marked as the organizer’s', async () => {
    await loadSeed(dataSource);
    const organizations = await dataSource.getRepository(Organization).find();
    const withWebsite = organizations.filter((o) => o.website !== null);
    expect(withWebsite.map((o) => o.nameZh)).toEqual(['中共中央网络安全和信息化委员会办公室']);
    for (const o of organizations) {
      if (o.nameEn !== null && o.nameZh !== '中国网络社会组织联合会') expect(o.organizerAdded).toContain('nameEn');
    }
    expect(organizations.find((o) => o.nameZh === '商务部')).toBeDefined();
    expect(organizations.find((o) => o.shortName === '湖南卫视' || o.nameZh === '湖南卫视')?.nameZh).toBe('湖南卫视');
    for (const b of await dataSource.getRepository(Brand).find()) {
      expect(b.organizerAdded).toContain('nameEn');
      expect(b.descriptionZh ?? '').not.toMatch(/年度|全国性/);
    }
    const digitalChina = await dataSource.getRepository(Edition).findOneByOrFail({ slug: 'digital-china-summit-2020' });
    expect(digitalChina.organizerAdded).toContain('year');
  });

  it('finds one organization for each pair of names the documents use for one body', async () => {
    await loadSeed(dataSource);
    const pairs: [string, string][] = [
      ['中央网信办', '国家互联网信息办公室'],
      ['中央网信办', '国家网信办'],
      ['中共中央网络安全和信息化委员会办公室', '中华人民共和国国家互联网信息办公室'],
      ['中网联', '中国网络社会组织联合会'],
      ['市场监管总局', '国家市场监督管理总局'],
      ['湖南省委网信办', '湖南省网信办'],
      ['吉林省网信办', '吉林省委网信办'],
      ['吉林省网信办', '吉林省互联网信息办公室'],
      ['山东省网信办', '山东省委网信办'],
      ['山东省网信办', '山东网信办'],
      ['陕西省网信办', '陕西省委网信办'],
      ['长沙市网信办', '长沙网信办'],
      ['中国互联网协会网络诚信推进联盟', '中国互联网协会诚信推进联盟'],
      ...PROVINCIAL_OFFICE_PROVINCES.map((p): [string, string] => [standardForms(p).committee, standardForms(p).government]),
      ...WRITTEN_OFFICE_NAMES.map(({ name }): [string, string] => [name, name]),
    ];
    for (const [a, b] of pairs) {
      const owners = [...new Set([...(await ownersOf(dataSource, a)), ...(await ownersOf(dataSource, b))])];
      expect({ pair: [a, b], owners: owners.length }).toEqual({ pair: [a, b], owners: 1 });
    }
    // 32 offices, each its own body.
    const offices = new Set<number>();
    for (const p of PROVINCIAL_OFFICE_PROVINCES) offices.add((await ownersOf(dataSource, standardForms(p).committee))[0]);
    expect(offices.size).toBe(32);
  });

  it('records document 000: the federation, its committees, and its forums inside others’ events', async () => {
    await loadSeed(dataSource);
    const federation = await dataSource.getRepository(Organization).findOneByOrFail({ shortName: '中网联' });
    expect({ foundedOn: federation.foundedOn, foundedInZh: federation.foundedInZh, nameEn: federation.nameEn }).toEqual({
      foundedOn: '2018-05-09',
      foundedInZh: '北京',
      nameEn: 'China Federation of Internet Societies',
    });
    const committees = await dataSource.getRepository(OrganizationRelation).find({ where: { relatedId: federation.id, relation: 'committee_of' }, relations: { organization: true }, order: { since: 'ASC' } });
    expect(committees.map((c) => [c.organization.nameZh, c.organization.foundedOn])).toEqual([
      ['中国网络社会组织联合会党委', '2018-07-19'],
      ['中国网络社会组织联合会网络传播专业委员会', '2019-03-04'],
      ['中国网络社会组织联合会数字经济专业委员会', '2020-08-19'],
      ['中国网络社会组织联合会在线教育专业委员会', '2021-03-16'],
      ['中国网络社会组织联合会未成年人网络保护专业委员会', '2022-06-20'],
      ['中国网络社会组织联合会直播短视频专业委员会', '2023-10-13'],
    ]);

    const others = await dataSource.getRepository(Brand).find({ where: { runBy: 'others' } });
    expect(others).toHaveLength(14);
    // The federation's part in others' events: in one session, or in the edition (the expo, its seminars).
    const inOthers: { role: string }[] = await dataSource.query(
      "SELECT r.role FROM session_role r JOIN session s ON s.id = r.session_id JOIN edition e ON e.id = s.edition_id JOIN brand b ON b.id = e.brand_id WHERE r.organization_id = ? AND b.run_by = 'others'",
      [federation.id],
    );
    const editionsOfOthers: { role: string }[] = await dataSource.query(
      "SELECT r.role FROM edition_role r JOIN edition e ON e.id = r.edition_id JOIN brand b ON b.id = e.brand_id WHERE r.organization_id = ? AND b.run_by = 'others'",
      [federation.id],
    );
    expect(inOthers.length + editionsOfOthers.length).toBe(36);
    const byRole = (role: string) => inOthers.filter((r) => r.role === role).length + editionsOfOthers.filter((r) => r.role === role).length;
    expect({ host: byRole('host'), organizer: byRole('organizer'), co_organizer: byRole('co_organizer') }).toEqual({ host: 22, organizer: 8, co_organizer: 6 });

    const mediaForumEdition = await dataSource.getRepository(Edition).findOneByOrFail({ slug: 'media-forum-2019' });
    const mediaForum = await dataSource.getRepository(Session).findOneByOrFail({ titleZh: '内容分论坛', editionId: mediaForumEdition.id });
    expect({ day: mediaForum.day, startsAt: mediaForum.startsAt, kind: mediaForum.kind }).toEqual({ day: null, startsAt: null, kind: 'sub_forum' });
    const wuzhen = await dataSource.getRepository(Edition).findOneByOrFail({ slug: 'world-internet-conference-2021' });
    // Dates and place from document 003.
    expect([wuzhen.startDate, wuzhen.endDate, wuzhen.cityZh, wuzhen.provinceZh]).toEqual(['2021-09-26', '2021-09-28', '乌镇', '浙江省']);
    const summit = await dataSource.getRepository(Edition).findOneByOrFail({ slug: 'digital-china-summit-2022' });
    expect([summit.ordinal, summit.startDate]).toEqual([5, null]);
  });

  it('records document 001: the Zhejiang members in simplified script with their tiers, the higher one kept', async () => {
    await loadSeed(dataSource);
    const reading = simplifiedReading(seedDocument('001_069279fe3c549414.txt'));
    for (const { nameZh } of ZHEJIANG_MEMBERS) expect({ nameZh, inDocument: reading.includes(nameZh) }).toEqual({ nameZh, inDocument: true });
    const federation = await dataSource.getRepository(Organization).findOneByOrFail({ shortName: '中网联' });
    const members = await dataSource.getRepository(OrganizationRelation).find({ where: { relatedId: federation.id, relation: 'member_of' }, relations: { organization: true } });
    expect(members).toHaveLength(19);
    const tierOf = (name: string) => members.find((m) => m.organization.nameZh === name)?.tier;
    expect(tierOf('浙江省网络文化协会')).toBe('executive_council_member');
    expect(members.filter((m) => m.tier === 'council_member').map((m) => m.organization.nameZh).sort()).toEqual(['宁波市网络文化协会', '杭州市网络文化协会', '浙江省青年网络协会'].sort());
    expect(members.filter((m) => m.tier === 'member')).toHaveLength(15);
    const ningbo = members.find((m) => m.organization.nameZh === '宁波市网络文化协会')!;
    expect(ningbo.source).toContain('整理说明：');
    expect(ningbo.source).toContain('3家單位任理事單位');
    expect(ningbo.source).toContain('16家單位任會員單位');
    expect(members.every((m) => m.since === '2018-05-09')).toBe(true);
    const supervisor = await dataSource.getRepository(OrganizationRelation).findOneOrFail({ where: { organizationId: federation.id, relation: 'supervised_by' }, relations: { related: true } });
    expect(supervisor.related.shortName).toBe('中央网信办');
  });

  it('records document 002: the integrity alliance and what each sentence says of its founders', async () => {
    await loadSeed(dataSource);
    const alliance = await dataSource.getRepository(Organization).findOneByOrFail({ nameZh: '中国互联网协会网络诚信推进联盟' });
    expect([alliance.kind, alliance.foundedOn, alliance.foundedInZh]).toEqual(['alliance', '2009-03-10', '北京']);
    const founders = await dataSource.getRepository(OrganizationRelation).find({ where: { relatedId: alliance.id, relation: 'founder_of' }, relations: { organization: true } });
    expect(founders.map((f) => f.organization.nameZh).sort()).toEqual(['中国互联网协会', '百度', '腾讯', '新浪', '搜狐', '网易', '凤凰网'].sort());
    const ifeng = founders.find((f) => f.organization.nameZh === '凤凰网')!;
    expect(ifeng.source?.split('\n').filter((l) => !l.startsWith('整理说明：'))).toHaveLength(1);
    expect(ifeng.source).toContain('六家共同发起成立');
  });

  it('records document 003: every provincial office, and document 004: the Hefei edition whose dates are to be announced', async () => {
    await loadSeed(dataSource);
    for (const p of PROVINCIAL_OFFICE_PROVINCES) expect(await ownersOf(dataSource, standardForms(p).committee)).toHaveLength(1);
    const hefei = await dataSource.getRepository(Edition).findOneByOrFail({ slug: 'civilization-2025' });
    expect([hefei.startDate, hefei.endDate, hefei.cityZh, hefei.provinceZh, hefei.status]).toEqual([null, null, '合肥', '安徽省', 'published']);
    const launch = await dataSource.getRepository(Session).findOneByOrFail({ editionId: hefei.id });
    expect([launch.titleZh, launch.day, launch.startsAt]).toEqual(['2025年全民数字素养与技能提升月启动', null, null]);
    const xian = await dataSource.getRepository(Edition).findOneByOrFail({ slug: 'integrity-2019' });
    expect(xian.provinceZh).toBe('陕西省');
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
