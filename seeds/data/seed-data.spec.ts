import { seedBrands } from './brands';
import { seedEditions } from './editions';
import { seedOrganizations } from './organizations';
import { PROVINCIAL_OFFICE_PROVINCES, seedProvincialOffices } from './provincial-offices';
import { seedRelations } from './relations';
import { SeedBrand, SeedEdition, SeedOrganization, SeedRelation } from './seed-types';

/*
 * The loader trusts this data: it resolves role names through the alias table and turns dates
 * into rows without second-guessing them. So the invariants it relies on are checked here.
 *
 * Each check is a pure function that returns a list of problems (empty = fine). The real data
 * must produce none, and the second describe block feeds each check a deliberately broken
 * fixture, so a check that silently stopped detecting anything would fail the suite.
 */

const slugOf = (e: Pick<SeedEdition, 'brand' | 'year'>): string => `${e.brand}-${e.year}`;

function namesOf(org: SeedOrganization): string[] {
  return [org.nameZh, ...(org.shortName ? [org.shortName] : []), ...org.aliases];
}

function namesUsedBy(edition: SeedEdition): string[] {
  return [
    ...Object.values(edition.roles).flatMap((names) => names ?? []),
    ...edition.sessions.flatMap((s) => Object.values(s.roles).flatMap((names) => names ?? [])),
  ];
}

const namesUsedByRelations = (relations: SeedRelation[]): string[] => relations.flatMap((r) => [r.organization, r.related]);

/** All the quoted text of an edition's citations, to find its roles and theme in. */
const quoted = (sources: { quote: string }[]): string => sources.map((c) => c.quote).join('\n');

/** A name that two organizations claim (or one claims twice) makes the alias lookup ambiguous. */
function nameCollisions(orgs: SeedOrganization[]): string[] {
  const owners = new Map<string, string[]>();
  for (const org of orgs) {
    for (const name of namesOf(org)) {
      owners.set(name, [...(owners.get(name) ?? []), org.nameZh]);
    }
  }
  return [...owners]
    .filter(([, claimedBy]) => claimedBy.length > 1)
    .map(([name, claimedBy]) => `${name} is claimed by ${claimedBy.join(', ')}`);
}

function unresolvedNames(orgs: SeedOrganization[], editions: SeedEdition[]): string[] {
  const problems: string[] = [];
  for (const edition of editions) {
    for (const name of namesUsedBy(edition)) {
      const matches = orgs.filter((org) => namesOf(org).includes(name));
      if (matches.length !== 1) {
        problems.push(`${slugOf(edition)}: ${name} matches ${matches.length} organizations`);
      }
    }
  }
  return problems;
}

/**
 * An organization nothing refers to would be seeded without a reason to exist; the provincial
 * offices are there to be picked as hosts, so they are exempt.
 */
function unusedOrganizations(orgs: SeedOrganization[], editions: SeedEdition[], relations: SeedRelation[] = [], exempt: string[] = []): string[] {
  const used = new Set([...editions.flatMap(namesUsedBy), ...namesUsedByRelations(relations), ...exempt]);
  return orgs.filter((org) => !namesOf(org).some((n) => used.has(n))).map((org) => org.nameZh);
}

function unresolvedRelationNames(orgs: SeedOrganization[], relations: SeedRelation[]): string[] {
  return namesUsedByRelations(relations)
    .filter((name) => orgs.filter((org) => namesOf(org).includes(name)).length !== 1)
    .map((name) => `${name} matches no organization or several`);
}

function duplicateSlugs(editions: SeedEdition[]): string[] {
  const slugs = editions.map(slugOf);
  return slugs.filter((slug, i) => slugs.indexOf(slug) !== i);
}

function unknownBrands(brands: SeedBrand[], editions: SeedEdition[]): string[] {
  const known = new Set(brands.map((b) => b.slug));
  return editions.filter((e) => !known.has(e.brand)).map(slugOf);
}

/** Shape alone would accept 2021-02-30; the round trip through Date rejects it. */
function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const isValidTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

function editionDateProblems(editions: SeedEdition[]): string[] {
  const problems: string[] = [];
  for (const e of editions) {
    const slug = slugOf(e);
    // Dates to be announced: both unknown, never one of them.
    if (e.startDate === null || e.endDate === null) {
      if (e.startDate !== e.endDate) problems.push(`${slug}: one date given without the other`);
      continue;
    }
    if (!isValidDate(e.startDate)) problems.push(`${slug}: bad startDate ${e.startDate}`);
    if (!isValidDate(e.endDate)) problems.push(`${slug}: bad endDate ${e.endDate}`);
    // Valid ISO dates compare correctly as strings.
    if (e.endDate < e.startDate) problems.push(`${slug}: ends before it starts`);
    if (!e.startDate.startsWith(`${e.year}-`)) problems.push(`${slug}: starts outside ${e.year}`);
  }
  return problems;
}

function sessionProblems(editions: SeedEdition[]): string[] {
  const problems: string[] = [];
  for (const e of editions) {
    for (const s of e.sessions) {
      const where = `${slugOf(e)} / ${s.titleZh}`;
      if (s.date === undefined) {
        // 时间待定: no day, so no time either.
        if (s.startTime !== undefined || s.endTime !== undefined) problems.push(`${where}: a time without a day`);
        continue;
      }
      if (!isValidDate(s.date)) problems.push(`${where}: bad date ${s.date}`);
      if (e.startDate === null || e.endDate === null) problems.push(`${where}: a day in an edition whose dates are to be announced`);
      else if (s.date < e.startDate || s.date > e.endDate) {
        problems.push(`${where}: ${s.date} is outside ${e.startDate}..${e.endDate}`);
      }
      for (const t of [s.startTime, s.endTime]) {
        if (t !== undefined && !isValidTime(t)) problems.push(`${where}: bad time ${t}`);
      }
      if (s.startTime && s.endTime && s.endTime < s.startTime) {
        problems.push(`${where}: ends before it starts`);
      }
    }
  }
  return problems;
}

/** The document's converted text puts ASCII commas between Chinese clauses; print them full-width. */
function asPrinted(source: string): string {
  return source.replace(/(?<=\p{Script=Han}),(?=\p{Script=Han})/gu, '，');
}

/**
 * Roles and themes are meant to be copied from the quoted sentence, so each role name must occur
 * in the edition's source, in the listed order, and the theme must occur between 「“」 and 「”」.
 */
function departuresFromSource(editions: SeedEdition[], implied: string[] = []): string[] {
  const problems: string[] = [];
  for (const e of editions) {
    for (const [role, names] of Object.entries(e.roles)) {
      let from = 0;
      const source = quoted(e.sources);
      for (const name of (names ?? []).filter((n) => !implied.includes(n))) {
        const at = source.indexOf(name, from);
        if (at < 0) {
          problems.push(`${slugOf(e)}: ${role} ${name} is not in the source after position ${from}`);
        } else {
          from = at + name.length;
        }
      }
    }
    if (e.themeZh !== null && !asPrinted(quoted(e.sources)).includes(`“${e.themeZh}”`)) {
      problems.push(`${slugOf(e)}: theme ${e.themeZh} is not quoted in the source`);
    }
    for (const s of e.sessions) {
      if (s.themeZh !== undefined && !asPrinted(quoted(s.sources)).includes(`“${s.themeZh}”`)) {
        problems.push(`${slugOf(e)} / ${s.titleZh}: theme is not quoted in the source`);
      }
    }
  }
  return problems;
}

function badTimeZones(editions: SeedEdition[]): string[] {
  return editions
    .filter((e) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: e.timeZone });
        return false;
      } catch {
        return true;
      }
    })
    .map(slugOf);
}

describe('seed data', () => {
  it('has the three brands of the federation and the fourteen events others run', () => {
    expect(seedBrands.filter((b) => b.runBy === 'federation').map((b) => b.slug).sort()).toEqual(['civilization', 'integrity', 'new-ecommerce']);
    expect(seedBrands.filter((b) => b.runBy === 'others')).toHaveLength(14);
  });

  it('resolves every name in relations to exactly one organization', () => {
    expect(unresolvedRelationNames(seedOrganizations, seedRelations)).toEqual([]);
  });

  it('has an office for each of the 31 provinces and the 兵团', () => {
    expect(PROVINCIAL_OFFICE_PROVINCES).toHaveLength(32);
    expect(new Set(seedProvincialOffices.map((o) => o.nameZh)).size).toBe(32);
  });

  it('gives no name to two organizations', () => {
    expect(nameCollisions(seedOrganizations)).toEqual([]);
  });

  it('resolves every name in roles and session hosts to exactly one organization', () => {
    expect(unresolvedNames(seedOrganizations, seedEditions)).toEqual([]);
  });

  it('seeds only organizations that some edition or session names', () => {
    expect(unusedOrganizations(seedOrganizations, seedEditions, seedRelations, seedProvincialOffices.map((o) => o.nameZh))).toEqual([]);
  });

  it('has the ten editions of the federation’s brands and the 32 of others’ events, with unique slugs', () => {
    const own = new Set(seedBrands.filter((b) => b.runBy === 'federation').map((b) => b.slug));
    expect(seedEditions.filter((e) => own.has(e.brand))).toHaveLength(10);
    expect(seedEditions.filter((e) => !own.has(e.brand))).toHaveLength(32);
    expect(duplicateSlugs(seedEditions)).toEqual([]);
  });

  it('refers only to brands that exist', () => {
    expect(unknownBrands(seedBrands, seedEditions)).toEqual([]);
  });

  it('uses valid dates that do not run backwards and match the year', () => {
    expect(editionDateProblems(seedEditions)).toEqual([]);
  });

  it('places every session within its edition', () => {
    expect(sessionProblems(seedEditions)).toEqual([]);
  });

  it('uses time zones the runtime knows', () => {
    expect(badTimeZones(seedEditions)).toEqual([]);
  });

  it('takes roles and themes from the quoted source sentences', () => {
    // Document 000 is the federation's own page: "参与主办2018国际数字经济博览会" has it as the subject.
    expect(departuresFromSource(seedEditions, ['中网联'])).toEqual([]);
  });

  it('keeps the 2019 integrity roles exactly as the document writes them', () => {
    const edition = seedEditions.find((e) => slugOf(e) === 'integrity-2019');
    expect(edition?.roles).toEqual({
      guide: ['国家网信办', '国家发展改革委', '商务部', '市场监管总局', '陕西省人民政府'],
      host: ['中国网络社会组织联合会', '陕西省网信办'],
      organizer: ['西安市人民政府'],
    });
  });
});

describe('seed data checks', () => {
  const org = (nameZh: string, extra: Partial<SeedOrganization> = {}): SeedOrganization => ({
    nameZh,
    nameEn: nameZh,
    kind: 'other',
    aliases: [],
    sources: [],
    ...extra,
  });

  const edition = (extra: Partial<SeedEdition> = {}): SeedEdition => ({
    brand: 'integrity',
    year: 2019,
    ordinal: null,
    titleZh: 'fixture',
    titleEn: 'fixture',
    themeZh: '主题',
    themeEn: 'theme',
    startDate: '2019-12-02',
    endDate: '2019-12-02',
    timeZone: 'Asia/Shanghai',
    cityZh: null,
    cityEn: null,
    provinceZh: null,
    venueZh: null,
    status: 'published',
    roles: { host: ['甲', '乙'] },
    sessions: [],
    sources: [{ document: 'fixture', quote: '以“主题”为主题,甲、乙主办。' }],
    ...extra,
  });

  const session = (date: string): SeedEdition['sessions'][number] => ({
    kind: 'sub_forum',
    titleZh: '分论坛',
    date,
    roles: { host: ['甲'] },
    sources: [],
  });

  it('accepts the fixtures as they are', () => {
    const orgs = [org('甲'), org('乙')];
    const editions = [edition({ sessions: [session('2019-12-02')] })];
    expect(nameCollisions(orgs)).toEqual([]);
    expect(unresolvedNames(orgs, editions)).toEqual([]);
    expect(unusedOrganizations(orgs, editions)).toEqual([]);
    expect(editionDateProblems(editions)).toEqual([]);
    expect(sessionProblems(editions)).toEqual([]);
    expect(departuresFromSource(editions)).toEqual([]);
  });

  it('detects a name shared by two organizations', () => {
    expect(nameCollisions([org('甲', { shortName: '丙' }), org('乙', { aliases: ['丙'] })])).toHaveLength(1);
  });

  it('detects role names that match no organization or several', () => {
    expect(unresolvedNames([org('甲')], [edition()])).toHaveLength(1);
    expect(unresolvedNames([org('甲'), org('乙'), org('丁', { aliases: ['乙'] })], [edition()])).toHaveLength(1);
  });

  it('detects an organization nothing refers to', () => {
    expect(unusedOrganizations([org('甲'), org('乙'), org('丁')], [edition()])).toEqual(['丁']);
    expect(unusedOrganizations([org('甲'), org('乙'), org('丁')], [edition()], [], ['丁'])).toEqual([]);
  });

  it('detects a relation naming an unknown body', () => {
    expect(unresolvedRelationNames([org('甲')], [{ organization: '甲', relation: 'member_of', related: '戊', sources: [] }])).toHaveLength(1);
  });

  it('detects a single date and a day in an edition without dates', () => {
    expect(editionDateProblems([edition({ startDate: null, endDate: null })])).toEqual([]);
    expect(editionDateProblems([edition({ endDate: null })])).not.toEqual([]);
    expect(sessionProblems([edition({ startDate: null, endDate: null, sessions: [session('2019-12-02')] })])).not.toEqual([]);
    const timeWithoutDay = { ...session('2019-12-02'), date: undefined, startTime: '09:00' };
    expect(sessionProblems([edition({ sessions: [timeWithoutDay] })])).not.toEqual([]);
  });

  it('detects duplicate slugs and unknown brands', () => {
    expect(duplicateSlugs([edition(), edition()])).toEqual(['integrity-2019']);
    expect(unknownBrands(seedBrands, [edition({ brand: 'nope' })])).toEqual(['nope-2019']);
  });

  it('detects malformed, impossible and backwards dates', () => {
    expect(editionDateProblems([edition({ startDate: '2019-2-2' })])).not.toEqual([]);
    expect(editionDateProblems([edition({ startDate: '2019-02-30', endDate: '2019-03-01' })])).not.toEqual([]);
    expect(editionDateProblems([edition({ endDate: '2019-12-01' })])).not.toEqual([]);
    expect(editionDateProblems([edition({ year: 2020 })])).not.toEqual([]);
  });

  it('detects sessions outside their edition and bad times', () => {
    expect(sessionProblems([edition({ sessions: [session('2019-12-03')] })])).not.toEqual([]);
    const late = { ...session('2019-12-02'), startTime: '14:00', endTime: '09:00' };
    expect(sessionProblems([edition({ sessions: [late] })])).not.toEqual([]);
    const malformed = { ...session('2019-12-02'), startTime: '24:00' };
    expect(sessionProblems([edition({ sessions: [malformed] })])).not.toEqual([]);
  });

  it('detects roles out of source order and themes not in the source', () => {
    expect(departuresFromSource([edition({ roles: { host: ['乙', '甲'] } })])).not.toEqual([]);
    expect(departuresFromSource([edition({ themeZh: '主题 ' })])).not.toEqual([]);
  });

  it('detects an unknown time zone', () => {
    expect(badTimeZones([edition({ timeZone: 'Asia/Nowhere' })])).toEqual(['integrity-2019']);
  });
});
