import { seedBrands } from './brands';
import { seedEditions } from './editions';
import { seedOrganizations } from './organizations';
import { SeedBrand, SeedEdition, SeedOrganization } from './seed-types';

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
    ...edition.sessions.flatMap((s) => s.hosts),
  ];
}

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

/** An organization nothing refers to would be seeded without a reason to exist. */
function unusedOrganizations(orgs: SeedOrganization[], editions: SeedEdition[]): string[] {
  const used = new Set(editions.flatMap(namesUsedBy));
  return orgs.filter((org) => !namesOf(org).some((n) => used.has(n))).map((org) => org.nameZh);
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
      if (!isValidDate(s.date)) problems.push(`${where}: bad date ${s.date}`);
      if (s.date < e.startDate || s.date > e.endDate) {
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
function departuresFromSource(editions: SeedEdition[]): string[] {
  const problems: string[] = [];
  for (const e of editions) {
    for (const [role, names] of Object.entries(e.roles)) {
      let from = 0;
      for (const name of names ?? []) {
        const at = e.source.indexOf(name, from);
        if (at < 0) {
          problems.push(`${slugOf(e)}: ${role} ${name} is not in the source after position ${from}`);
        } else {
          from = at + name.length;
        }
      }
    }
    if (e.themeZh !== null && !asPrinted(e.source).includes(`“${e.themeZh}”`)) {
      problems.push(`${slugOf(e)}: theme ${e.themeZh} is not quoted in the source`);
    }
    for (const s of e.sessions) {
      if (s.themeZh !== undefined && !asPrinted(s.source).includes(`“${s.themeZh}”`)) {
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
  it('has the three brands', () => {
    expect(seedBrands.map((b) => b.slug).sort()).toEqual(['civilization', 'integrity', 'new-ecommerce']);
  });

  it('gives no name to two organizations', () => {
    expect(nameCollisions(seedOrganizations)).toEqual([]);
  });

  it('resolves every name in roles and session hosts to exactly one organization', () => {
    expect(unresolvedNames(seedOrganizations, seedEditions)).toEqual([]);
  });

  it('seeds only organizations that some edition or session names', () => {
    expect(unusedOrganizations(seedOrganizations, seedEditions)).toEqual([]);
  });

  it('has nine editions with unique slugs', () => {
    expect(seedEditions).toHaveLength(9);
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
    expect(departuresFromSource(seedEditions)).toEqual([]);
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
    source: 'fixture',
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
    venueZh: null,
    status: 'published',
    roles: { host: ['甲', '乙'] },
    sessions: [],
    source: '以“主题”为主题,甲、乙主办。',
    ...extra,
  });

  const session = (date: string): SeedEdition['sessions'][number] => ({
    kind: 'sub_forum',
    titleZh: '分论坛',
    date,
    hosts: ['甲'],
    source: 'fixture',
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
