import { Injectable, NotFoundException } from '@nestjs/common';
import { Brackets, DataSource, Not } from 'typeorm';
import type { Brand } from '../brands/brand.store';
import type { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import type { Tx } from '../database/transactions';
import { moveOrganizationRoles } from '../organizations/organization-role-merge';
import type { Organization } from '../organizations/organization.store';
import { EditionRole } from './entities/edition-role.entity';
import { Edition } from './entities/edition.entity';
import { EDITION_MESSAGES, editionNotFound } from './edition-messages';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { EditionRole } from './entities/edition-role.entity';
export type { Edition } from './entities/edition.entity';

/**
 * An edition read with its brand. The brand is joined by entity name, not through a relation
 * of the entity: the brands module owns that table, so the edition entity keeps only `brandId`.
 */
export type EditionWithBrand = Edition & { brand: Brand };
/** A role read with its organization (joined by entity name, as the brand above). */
export type EditionRoleWithOrganization = EditionRole & { organization: Organization };

/** How the public editions list is filtered and paged. */
export interface EditionFilter {
  brand?: string;
  year?: number;
  city?: string;
  offset: number;
  limit: number;
}

export type RegistrationTerms = Pick<Edition, 'id' | 'status' | 'registrationOpensAt' | 'registrationClosesAt' | 'requiresApproval' | 'registrationCapacity' | 'privacyNoticeVersion' | 'registrationConfirmation' | 'confirmationWindowMinutes' | 'timeZone'>;

/** The only code that reads and writes edition and edition_role; other modules call this, never the entities. */
@Injectable()
export class EditionStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The edition, or 404 `No edition with id …` (the one wording every caller answers). */
  async require(id: number, tx: Tx = this.dataSource.manager): Promise<Edition> {
    const edition = await tx.findOne(Edition, { where: { id } });
    if (!edition) throw new NotFoundException({ message: EDITION_MESSAGES.notFoundById({ id }) });
    return edition;
  }

  /**
   * The edition with its brand by id or slug, or 404 naming the key. With `hideDrafts` a draft
   * answers the same 404: to whoever may not see it, it does not exist.
   */
  async requireByIdOrSlug(key: IdOrSlug, options: { hideDrafts?: boolean } = {}, tx: Tx = this.dataSource.manager): Promise<EditionWithBrand> {
    const edition = await this.findWithBrand(key, tx);
    if (!edition || (options.hideDrafts && edition.status === 'draft')) {
      throw new NotFoundException({ message: editionNotFound(key) });
    }
    return edition;
  }

  /**
   * Loads an edition inside a write transaction, locking its row on MySQL so that two
   * organizers' schedule writes to one edition are checked for conflicts one after the other.
   * SQLite has no row locks and needs none: its writers already take turns on the whole file.
   */
  async lock(id: number, tx: Tx): Promise<Edition> {
    const qb = tx.createQueryBuilder(Edition, 'e').where('e.id = :id', { id });
    if (tx.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
    const edition = await qb.getOne();
    if (!edition) throw new NotFoundException({ message: EDITION_MESSAGES.notFoundById({ id }), errors: { editionId: EDITION_MESSAGES.noSuchEdition() } });
    return edition;
  }

  /** Public (non-draft) editions with their brand, newest first, and how many match in all. */
  async searchPublic(filter: EditionFilter): Promise<[EditionWithBrand[], number]> {
    const qb = this.editionsWithBrand(this.dataSource.manager)
      .where("e.status <> 'draft'")
      .orderBy('e.year', 'DESC')
      .addOrderBy('e.start_date', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (filter.brand) qb.andWhere('b.slug = :brand', { brand: filter.brand });
    if (filter.year !== undefined) qb.andWhere('e.year = :year', { year: filter.year });
    if (filter.city) {
      const city = filter.city;
      qb.andWhere(new Brackets((w) => w.where('e.city_zh = :city', { city }).orWhere('e.city_en = :city', { city })));
    }
    return qb.skip(filter.offset).take(filter.limit).getManyAndCount() as Promise<[EditionWithBrand[], number]>;
  }

  slugTaken(slug: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(Edition, { slug });
  }

  countOfBrand(brandId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Edition, { brandId });
  }

  /** Inserts a new edition or writes a loaded one back; answers it with its id. */
  save(edition: Partial<Edition>, tx: Tx): Promise<Edition> {
    return tx.save(Edition, edition) as Promise<Edition>;
  }

  async delete(id: number, tx: Tx): Promise<void> {
    await tx.delete(Edition, { id });
  }

  // Edition roles
  /** The organizations of an edition in their roles, in printed order. */
  rolesOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<EditionRoleWithOrganization[]> {
    return tx
      .createQueryBuilder(EditionRole, 'r')
      .innerJoinAndMapOne('r.organization', 'Organization', 'o', 'o.id = r.organization_id')
      .where('r.edition_id = :editionId', { editionId })
      .orderBy('r.display_order', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany() as Promise<EditionRoleWithOrganization[]>;
  }

  findRole(id: number, tx: Tx = this.dataSource.manager): Promise<EditionRole | null> {
    return tx.findOne(EditionRole, { where: { id } });
  }

  /** The role, or 404 `No edition role with id …`. */
  async requireRole(id: number, tx: Tx = this.dataSource.manager): Promise<EditionRole> {
    const role = await tx.findOne(EditionRole, { where: { id } });
    if (!role) throw new NotFoundException({ message: EDITION_MESSAGES.roleNotFound({ id }) });
    return role;
  }

  roleHeld(editionId: number, organizationId: number, role: EditionRole['role'], tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(EditionRole, { editionId, organizationId, role });
  }

  /** How many roles the edition has (of one kind when `role` is given). */
  countRoles(editionId: number, role?: EditionRole['role'], tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(EditionRole, role === undefined ? { editionId } : { editionId, role });
  }

  saveRole(role: Partial<EditionRole>, tx: Tx): Promise<EditionRole> {
    return tx.save(EditionRole, role) as Promise<EditionRole>;
  }

  async deleteRole(id: number, tx: Tx): Promise<void> {
    await tx.delete(EditionRole, { id });
  }

  /** Gives the new edition the same organizations in the same roles and order; answers how many. */
  async copyRoles(fromEditionId: number, toEditionId: number, tx: Tx): Promise<number> {
    const roles = await tx.find(EditionRole, { where: { editionId: fromEditionId } });
    for (const r of roles) {
      await tx.insert(EditionRole, {
        editionId: toEditionId,
        organizationId: r.organizationId,
        role: r.role,
        displayOrder: r.displayOrder,
        sponsorTier: r.sponsorTier,
        printedName: r.printedName,
      });
    }
    return roles.length;
  }

  /** The edition roles an organization holds, with edition and brand, newest edition first. */
  rolesOfOrganization(organizationId: number, includeDrafts: boolean): Promise<Array<EditionRole & { edition: EditionWithBrand }>> {
    return this.dataSource.manager
      .createQueryBuilder(EditionRole, 'r')
      .innerJoinAndSelect('r.edition', 'e')
      .innerJoinAndMapOne('e.brand', 'Brand', 'b', 'b.id = e.brand_id')
      .where('r.organization_id = :organizationId', { organizationId })
      .andWhere(includeDrafts ? '1 = 1' : "e.status <> 'draft'")
      .orderBy('e.year', 'DESC')
      .addOrderBy('e.start_date', 'DESC')
      .addOrderBy('r.role', 'ASC')
      .getMany() as Promise<Array<EditionRole & { edition: EditionWithBrand }>>;
  }

  countRolesOfOrganization(organizationId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(EditionRole, { organizationId });
  }

  /**
   * A merge: the duplicate's roles move to the kept organization, printed under the name they
   * had (`printedName`, else the duplicate's name); a role the kept one already holds is dropped.
   */
  moveOrganizationRoles(duplicateId: number, keptId: number, duplicateName: string, tx: Tx): Promise<{ moved: number; dropped: number }> {
    return moveOrganizationRoles(tx, EditionRole, 'editionId', { duplicateId, keptId, duplicateName });
  }

  organizationHasRole(editionId: number, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(EditionRole, { editionId, organizationId });
  }

  /** The editions among `ids` that are not drafts, with their brand, latest first. */
  shownWithBrand(ids: number[], tx: Tx = this.dataSource.manager): Promise<EditionWithBrand[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.editionsWithBrand(tx)
      .where('e.id IN (:...ids)', { ids })
      .andWhere("e.status <> 'draft'")
      .orderBy('e.year', 'DESC')
      .addOrderBy('e.start_date', 'DESC')
      .getMany() as Promise<EditionWithBrand[]>;
  }

  /** The edition unless it is a draft. */
  findShown(id: number, tx: Tx = this.dataSource.manager): Promise<Edition | null> {
    return tx.findOne(Edition, { where: { id, status: Not('draft') } });
  }

  /** Editions whose personal data is not purged yet and that ended before `cutoff` (YYYY-MM-DD). */
  dueForPersonalDataPurge(cutoff: string): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .where('edition.endDate < :cutoff', { cutoff })
      .andWhere('edition.personalDataPurgedAt IS NULL')
      .orderBy('edition.id', 'ASC')
      .getMany();
  }

  /** False when it was marked already (another server purges it); the row lock holds such a server until commit. */
  async markPersonalDataPurged(editionId: number, at: Date, tx: Tx = this.dataSource.manager): Promise<boolean> {
    const marked = await tx
      .createQueryBuilder()
      .update(Edition)
      .set({ personalDataPurgedAt: at })
      .where('id = :editionId AND personal_data_purged_at IS NULL', { editionId })
      .execute();
    return marked.affected === 1;
  }

  /** Published editions whose first day is between `from` and `to` (YYYY-MM-DD, inclusive). */
  publishedStartingBetween(from: string, to: string): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .where('edition.status = :status', { status: 'published' })
      .andWhere('edition.startDate BETWEEN :from AND :to', { from, to })
      .getMany();
  }

  /** The edition with its brand, by id or slug; null when there is none. */
  findWithBrand(key: IdOrSlug, tx: Tx = this.dataSource.manager): Promise<EditionWithBrand | null> {
    const qb = this.editionsWithBrand(tx);
    if ('id' in key) qb.where('e.id = :id', { id: key.id });
    else qb.where('e.slug = :slug', { slug: key.slug });
    return qb.getOne() as Promise<EditionWithBrand | null>;
  }

  /** The id of the edition with this slug, drafts too; null when there is none. */
  async idOfSlug(slug: string, tx: Tx = this.dataSource.manager): Promise<number | null> {
    const edition = await tx.findOne(Edition, { where: { slug }, select: { id: true } });
    return edition?.id ?? null;
  }

  /**
   * What a registration is decided by, read in the registration's own transaction (never from a
   * memo: another server process may have changed it a moment ago); null when there is no edition.
   */
  registrationTerms(id: number, tx: Tx): Promise<RegistrationTerms | null> {
    return tx.findOne(Edition, {
      where: { id },
      select: { id: true, status: true, registrationOpensAt: true, registrationClosesAt: true, requiresApproval: true, registrationCapacity: true, privacyNoticeVersion: true, registrationConfirmation: true, confirmationWindowMinutes: true, timeZone: true },
    });
  }

  /** The edition, or null. */
  find(editionId: number, tx: Tx = this.dataSource.manager): Promise<Edition | null> {
    return tx.findOne(Edition, { where: { id: editionId } });
  }

  /** The non-draft editions (with their brand) that hold any of these sessions, by start date. */
  publicEditionsHolding(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<EditionWithBrand[]> {
    return this.editionsWithBrand(tx)
      .where("e.status <> 'draft'")
      .andWhere('e.id IN (SELECT s.edition_id FROM session s WHERE s.id IN (:...sessionIds))', { sessionIds })
      .orderBy('e.year', 'ASC')
      .addOrderBy('e.start_date', 'ASC')
      .getMany() as Promise<EditionWithBrand[]>;
  }

  /** A draft edition becomes published with its first release. */
  async markPublished(editionId: number, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.update(Edition, { id: editionId }, { status: 'published' });
  }

  /** Every edition role the organization holds, in any edition, as stored (no joins). */
  rolesHeldBy(organizationId: number, tx: Tx = this.dataSource.manager): Promise<EditionRole[]> {
    return tx.find(EditionRole, { where: { organizationId } });
  }

  /** Every edition, drafts too, with its brand: newest first. */
  allNewestFirst(tx: Tx = this.dataSource.manager): Promise<EditionWithBrand[]> {
    return this.editionsWithBrand(tx).orderBy('e.year', 'DESC').addOrderBy('e.start_date', 'DESC').addOrderBy('e.id', 'DESC').getMany() as Promise<EditionWithBrand[]>;
  }

  /** The edition with its brand (what attendees' documents print); it must exist. */
  async withBrand(id: number, tx: Tx = this.dataSource.manager): Promise<EditionWithBrand> {
    const edition = await this.findWithBrand({ id }, tx);
    if (!edition) throw new NotFoundException({ message: EDITION_MESSAGES.notFoundById({ id }) });
    return edition;
  }

  /**
   * One of the edition's registration places, if any is left (false: the edition is full): a
   * conditional UPDATE, never read-then-written.
   */
  async takePlace(tx: Tx, editionId: number): Promise<boolean> {
    const place = await tx
      .createQueryBuilder()
      .update(Edition)
      .set({ registeredCount: () => 'registered_count + 1' })
      .where('id = :id AND registered_count < registration_capacity', { id: editionId })
      .execute();
    return place.affected === 1;
  }

  async givePlaceBack(tx: Tx, editionId: number): Promise<void> {
    await tx.createQueryBuilder().update(Edition).set({ registeredCount: () => 'registered_count - 1' }).where('id = :id AND registered_count > 0', { id: editionId }).execute();
  }

  /** Editions (alias `e`) each with its brand (alias `b`), which the brands module owns and names `Brand`. */
  private editionsWithBrand(tx: Tx) {
    return tx.createQueryBuilder(Edition, 'e').innerJoinAndMapOne('e.brand', 'Brand', 'b', 'b.id = e.brand_id');
  }
}
