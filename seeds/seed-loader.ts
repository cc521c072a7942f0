import { DateTime } from 'luxon';
import { DataSource, EntityManager, In } from 'typeorm';
import { Brand } from '../src/brands/entities/brand.entity';
import { withDatabaseLock } from '../src/database/database-lock';
import { EditionRole } from '../src/editions/entities/edition-role.entity';
import { Edition } from '../src/editions/entities/edition.entity';
import { formatProvenance } from '../src/common/provenance';
import { OrganizationAlias } from '../src/organizations/entities/organization-alias.entity';
import { OrganizationRelation } from '../src/organizations/entities/organization-relation.entity';
import { Organization } from '../src/organizations/entities/organization.entity';
import { ORGANIZATION_ROLES } from '../src/organizations/organization-role';
import { ProgramRelease } from '../src/releases/entities/program-release.entity';
import { ReleasePublisher } from '../src/releases/release-publisher';
import { SessionRole } from '../src/sessions/entities/session-role.entity';
import { SeatPool } from '../src/seats/entities/seat-pool.entity';
import { Session } from '../src/sessions/entities/session.entity';
import { seedBrands } from './data/brands';
import { seedEditions } from './data/editions';
import { seedOrganizations } from './data/organizations';
import { seedRelations } from './data/relations';
import type { SeedBrand, SeedEdition, SeedOrganization, SeedRelation, SeedSession } from './data/seed-types';

export interface SeedData {
  organizations: SeedOrganization[];
  relations: SeedRelation[];
  brands: SeedBrand[];
  editions: SeedEdition[];
}

/** The real data of the seed documents. */
export const REAL_SEED: SeedData = {
  organizations: seedOrganizations,
  relations: seedRelations,
  brands: seedBrands,
  editions: seedEditions,
};

/** The fields a row marks as the organizer's (translations included), or null when there are none. */
function organizerAdded(translated: (string | false | null | undefined)[], listed: string[] = []): string[] | null {
  const fields = [...translated.filter((f): f is string => typeof f === 'string'), ...listed];
  return fields.length > 0 ? [...new Set(fields)] : null;
}

export type SeedTable =
  | 'organization'
  | 'organization_alias'
  | 'organization_relation'
  | 'brand'
  | 'edition'
  | 'edition_role'
  | 'session'
  | 'session_role'
  | 'program_release';
export type SeedReport = Record<SeedTable, { created: number; kept: number }>;

/**
 * Loads the seed so that running it twice leaves the same rows: every row is looked up by its
 * natural key first (slug, any name of an organization, edition × organization × role,
 * edition × session title) and only what is missing is inserted. Rows that exist are kept as
 * they are, so an organizer's later corrections survive a re-run.
 */
export async function loadSeed(dataSource: DataSource, data: SeedData = REAL_SEED, progress: SeedProgress = () => undefined): Promise<SeedReport> {
  return withDatabaseLock(dataSource, 'seed', () =>
    dataSource.transaction((manager) => new SeedRun(manager, progress).load(data)),
  );
}

/** Told one line per step (organizations, then each edition), for a person watching a first start or `npm run seed`; tests pass nothing. */
export type SeedProgress = (line: string) => void;

class SeedRun {
  private readonly report = Object.fromEntries(
    (['organization', 'organization_alias', 'organization_relation', 'brand', 'edition', 'edition_role', 'session', 'session_role', 'program_release'] as const).map((t) => [
      t,
      { created: 0, kept: 0 },
    ]),
  ) as SeedReport;
  /** Every name (official, short, alias) → organization id. */
  private readonly organizationByName = new Map<string, number>();

  constructor(
    private readonly manager: EntityManager,
    private readonly progress: SeedProgress,
  ) {}

  async load(data: SeedData): Promise<SeedReport> {
    for (const organization of data.organizations) await this.loadOrganization(organization);
    for (const relation of data.relations) await this.loadRelation(relation);
    this.progress(`seed: ${data.organizations.length} organizations with their aliases, ${data.relations.length} memberships, founders and committees`);
    const brandIds = new Map<string, number>();
    for (const brand of data.brands) brandIds.set(brand.slug, await this.loadBrand(brand));
    // One progress line per brand (its editions together): 17 brands read better than 42 edition lines.
    const brandOrder = data.brands.map((b) => b.slug);
    for (const [index, brand] of data.brands.entries()) {
      const brandId = brandIds.get(brand.slug)!;
      const editions = data.editions.filter((edition) => edition.brand === brand.slug);
      let loaded = 0;
      let sessions = 0;
      for (const edition of editions) {
        if (await this.loadEdition(edition, brandId)) loaded += 1;
        sessions += edition.sessions.length;
      }
      this.progress(`seed: brand ${index + 1}/${data.brands.length} ${brand.nameZh}: ${editions.length} edition(s) (${loaded} loaded, ${editions.length - loaded} kept), ${sessions} session(s)`);
    }
    const orphan = data.editions.find((edition) => !brandOrder.includes(edition.brand));
    if (orphan) throw new Error(`Seed edition ${orphan.year} names an unknown brand "${orphan.brand}"`);
    return this.report;
  }

  private count(table: SeedTable, created: boolean): void {
    this.report[table][created ? 'created' : 'kept'] += 1;
  }

  private organizationId(name: string): number {
    const id = this.organizationByName.get(name);
    if (id === undefined) throw new Error(`The seed names an organization "${name}" that it does not define`);
    return id;
  }

  private async loadOrganization(seed: SeedOrganization): Promise<void> {
    const names = [seed.nameZh, ...(seed.shortName ? [seed.shortName] : []), ...seed.aliases];
    const existing = await this.findOrganizationByAnyName(names);
    let id: number;
    if (existing) {
      id = existing;
      this.count('organization', false);
    } else {
      const inserted = await this.manager.insert(Organization, {
        nameZh: seed.nameZh,
        nameEn: seed.nameEn ?? null,
        shortName: seed.shortName ?? null,
        kind: seed.kind,
        website: seed.website ?? null,
        foundedOn: seed.foundedOn ?? null,
        foundedInZh: seed.foundedInZh ?? null,
        source: formatProvenance(seed.sources, seed.notes),
        organizerAdded: organizerAdded([!seed.nameEnFromDocument && seed.nameEn && 'nameEn'], seed.organizerAdded),
      });
      id = inserted.identifiers[0].id as number;
      this.count('organization', true);
    }
    for (const alias of seed.aliases) {
      const owner = await this.manager.findOne(OrganizationAlias, { where: { name: alias } });
      if (owner && owner.organizationId !== id) {
        throw new Error(`Seed alias "${alias}" of ${seed.nameZh} already belongs to organization ${owner.organizationId}`);
      }
      if (owner) {
        this.count('organization_alias', false);
      } else {
        await this.manager.insert(OrganizationAlias, { organizationId: id, name: alias });
        this.count('organization_alias', true);
      }
    }
    for (const name of names) {
      const previous = this.organizationByName.get(name);
      if (previous !== undefined && previous !== id) throw new Error(`The seed gives the name "${name}" to two organizations`);
      this.organizationByName.set(name, id);
    }
  }

  private async loadRelation(seed: SeedRelation): Promise<void> {
    const organizationId = this.organizationId(seed.organization);
    const relatedId = this.organizationId(seed.related);
    const found = await this.manager.existsBy(OrganizationRelation, { organizationId, relatedId, relation: seed.relation });
    this.count('organization_relation', !found);
    if (found) return;
    await this.manager.insert(OrganizationRelation, {
      organizationId,
      relatedId,
      relation: seed.relation,
      tier: seed.tier ?? null,
      since: seed.since ?? null,
      source: formatProvenance(seed.sources, seed.notes),
    });
  }

  /** Matches on any name so a body an organizer created under its short name is not duplicated. */
  private async findOrganizationByAnyName(names: string[]): Promise<number | undefined> {
    const byName = await this.manager.find(Organization, {
      where: [{ nameZh: In(names) }, { shortName: In(names) }],
      select: { id: true },
    });
    const byAlias = await this.manager.find(OrganizationAlias, { where: { name: In(names) }, select: { organizationId: true } });
    const ids = new Set([...byName.map((o) => o.id), ...byAlias.map((a) => a.organizationId)]);
    if (ids.size > 1) throw new Error(`The names ${names.join(', ')} match several organizations: ${[...ids].join(', ')}`);
    return ids.values().next().value;
  }

  private async loadBrand(seed: SeedBrand): Promise<number> {
    const existing = await this.manager.findOne(Brand, { where: { slug: seed.slug } });
    this.count('brand', !existing);
    if (existing) return existing.id;
    const inserted = await this.manager.insert(Brand, {
      slug: seed.slug,
      nameZh: seed.nameZh,
      nameEn: seed.nameEn,
      descriptionZh: seed.descriptionZh,
      runBy: seed.runBy,
      source: formatProvenance(seed.sources),
      organizerAdded: organizerAdded(['nameEn'], seed.organizerAdded),
    });
    return inserted.identifiers[0].id as number;
  }

  /** True when the edition was created now, false when it existed and was kept. */
  private async loadEdition(seed: SeedEdition, brandId: number): Promise<boolean> {
    const slug = `${seed.brand}-${seed.year}`;
    const existing = await this.manager.findOne(Edition, { where: { slug } });
    this.count('edition', !existing);
    const editionId = existing
      ? existing.id
      : ((
          await this.manager.insert(Edition, {
            slug,
            brandId,
            year: seed.year,
            ordinal: seed.ordinal,
            titleZh: seed.titleZh,
            titleEn: seed.titleEn,
            themeZh: seed.themeZh,
            themeEn: seed.themeEn,
            startDate: seed.startDate,
            endDate: seed.endDate,
            timeZone: seed.timeZone,
            cityZh: seed.cityZh,
            cityEn: seed.cityEn,
            provinceZh: seed.provinceZh,
            venueZh: seed.venueZh,
            status: seed.status,
            source: formatProvenance(seed.sources),
            organizerAdded: organizerAdded([seed.titleEn && 'titleEn', seed.themeEn && 'themeEn', seed.cityEn && 'cityEn'], seed.organizerAdded),
          })
        ).identifiers[0].id as number);

    for (const role of ORGANIZATION_ROLES) {
      const names = seed.roles[role] ?? [];
      for (const [index, name] of names.entries()) {
        const organizationId = this.organizationId(name);
        const found = await this.manager.findOne(EditionRole, { where: { editionId, organizationId, role } });
        this.count('edition_role', !found);
        if (!found) {
          await this.manager.insert(EditionRole, { editionId, organizationId, role, displayOrder: index + 1, printedName: name });
        }
      }
    }
    for (const session of seed.sessions) await this.loadSession(session, editionId, seed.timeZone);
    await this.publishFirstRelease(editionId, seed);
    return !existing;
  }

  /** A published edition's program is public only through a release: the seeded one is version 1. */
  private async publishFirstRelease(editionId: number, seed: SeedEdition): Promise<void> {
    const released = await this.manager.existsBy(ProgramRelease, { editionId });
    this.count('program_release', !released && seed.status === 'published');
    if (released || seed.status !== 'published') return;
    const edition = await this.manager.findOneByOrFail(Edition, { id: editionId });
    await ReleasePublisher.standalone(this.manager.connection).publish(this.manager, edition, '据文献整理的议程（种子数据）', null);
  }

  private async loadSession(seed: SeedSession, editionId: number, timeZone: string): Promise<void> {
    const existing = await this.manager.findOne(Session, { where: { editionId, titleZh: seed.titleZh } });
    this.count('session', !existing);
    const at = (time: string | undefined) =>
      time && seed.date ? DateTime.fromISO(`${seed.date}T${time}`, { zone: timeZone }).toUTC().toJSDate() : null;
    const sessionId = existing
      ? existing.id
      : ((
          await this.manager.insert(Session, {
            editionId,
            kind: seed.kind,
            titleZh: seed.titleZh,
            titleEn: seed.titleEn ?? null,
            themeZh: seed.themeZh ?? null,
            themeEn: seed.themeEn ?? null,
            descriptionZh: seed.descriptionZh ?? null,
            day: seed.date ?? null,
            startsAt: at(seed.startTime),
            endsAt: at(seed.endTime),
            status: 'scheduled',
            source: formatProvenance(seed.sources),
          })
        ).identifiers[0].id as number);
    // Every session has its seat pool (what SessionStore.create opens); seeded sessions are not limited by seats.
    if (!existing) await this.manager.insert(SeatPool, { sessionId, capacity: null, taken: 0, waitlistSeq: 0 });
    for (const role of ORGANIZATION_ROLES) {
      for (const [index, name] of (seed.roles[role] ?? []).entries()) {
        const organizationId = this.organizationId(name);
        const found = await this.manager.findOne(SessionRole, { where: { sessionId, organizationId, role } });
        this.count('session_role', !found);
        if (!found) {
          await this.manager.insert(SessionRole, { sessionId, organizationId, role, displayOrder: index + 1, printedName: name });
        }
      }
    }
  }
}
