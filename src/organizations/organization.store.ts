import { Injectable, NotFoundException } from '@nestjs/common';
import { Brackets, DataSource, In, IsNull, Not } from 'typeorm';
import { containsPattern } from '../common/like-pattern';
import type { Tx } from '../database/transactions';
import { OrganizationAlias } from './entities/organization-alias.entity';
import { Organization } from './entities/organization.entity';
import { ORGANIZATION_MESSAGES } from './organization-messages';
import { nameSkeleton } from './look-alike-names';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { Organization } from './entities/organization.entity';


/** The only code that reads and writes organization and organization_alias; other modules call this, never the entities. */
@Injectable()
export class OrganizationStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Organizations any of whose names or aliases contains `q` (all when absent), with their
   * aliases, by id; and how many match in all.
   */
  async search(q: string | undefined, offset: number, limit: number): Promise<[Organization[], number]> {
    const ids = this.dataSource.manager
      .createQueryBuilder(Organization, 'o')
      .select('o.id', 'id')
      .leftJoin('o.aliases', 'a')
      .orderBy('o.id', 'ASC')
      .distinct(true);
    if (q) {
      const pattern = containsPattern(q);
      ids.where(
        new Brackets((where) =>
          where
            .where("o.name_zh LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("o.name_en LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("o.short_name LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("a.name LIKE :pattern ESCAPE '!'", { pattern }),
        ),
      );
    }
    const total = await ids.clone().orderBy().getCount();
    const rows: { id: number }[] = await ids.offset(offset).limit(limit).getRawMany();
    if (rows.length === 0) return [[], total];
    const found = await this.dataSource.manager.find(Organization, {
      where: rows.map((r) => ({ id: Number(r.id) })),
      relations: { aliases: true },
      order: { id: 'ASC' },
    });
    return [found, total];
  }

  /** The id of the organization that has this name (main, short or alias), or null. */
  async idByName(name: string, tx: Tx = this.dataSource.manager): Promise<number | null> {
    const row = await tx.findOne(Organization, { where: [{ nameZh: name }, { shortName: name }], select: { id: true } });
    if (row) return row.id;
    const alias = await tx.findOne(OrganizationAlias, { where: { name }, select: { organizationId: true } });
    return alias?.organizationId ?? null;
  }

  /** The organization with its aliases, or null. */
  withAliases(id: number): Promise<Organization | null> {
    return this.dataSource.manager.findOne(Organization, { where: { id }, relations: { aliases: true } });
  }

  /** The organization, or 404; with `field`, the 404 names the request field that pointed at it. */
  async require(id: number, field?: string, tx: Tx = this.dataSource.manager): Promise<Organization> {
    const organization = await tx.findOne(Organization, { where: { id } });
    if (!organization) {
      throw new NotFoundException({ message: ORGANIZATION_MESSAGES.notFound({ id }), ...(field ? { errors: { [field]: ORGANIZATION_MESSAGES.noSuchOrganization() } } : {}) });
    }
    return organization;
  }

  exists(id: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(Organization, { id });
  }

  save(organization: Partial<Organization>, tx: Tx): Promise<Organization> {
    return tx.save(Organization, organization) as Promise<Organization>;
  }

  /** Deletes the organization and its aliases. */
  async delete(id: number, tx: Tx): Promise<void> {
    await tx.delete(OrganizationAlias, { organizationId: id });
    await tx.delete(Organization, { id });
  }

  /** Whether the name is already the official or short name, or an alias, of this organization. */
  async isOwnName(id: number, name: string, tx: Tx): Promise<boolean> {
    const own = await tx.findOne(Organization, { where: [{ id, nameZh: name }, { id, shortName: name }] });
    return !!own || (await tx.existsBy(OrganizationAlias, { organizationId: id, name }));
  }

  aliasesOf(organizationId: number, tx: Tx = this.dataSource.manager): Promise<OrganizationAlias[]> {
    return tx.find(OrganizationAlias, { where: { organizationId } });
  }

  async addAliases(organizationId: number, names: Iterable<string>, tx: Tx): Promise<void> {
    for (const name of names) await tx.insert(OrganizationAlias, { organizationId, name });
  }

  /** Removes these names from the organization's aliases; answers whether any was one. */
  async removeAliases(organizationId: number, names: string[], tx: Tx): Promise<boolean> {
    const result = await tx.delete(OrganizationAlias, { organizationId, name: In(names.length ? names : ['']) });
    return (result.affected ?? 0) > 0;
  }

  findAlias(organizationId: number, name: string, tx: Tx): Promise<OrganizationAlias | null> {
    return tx.findOne(OrganizationAlias, { where: { organizationId, name } });
  }

  async deleteAlias(id: number, tx: Tx): Promise<void> {
    await tx.delete(OrganizationAlias, { id });
  }

  find(id: number, tx: Tx = this.dataSource.manager): Promise<Organization | null> {
    return tx.findOne(Organization, { where: { id } });
  }

  requireWithAliases(id: number, tx: Tx = this.dataSource.manager): Promise<Organization> {
    return tx.findOneOrFail(Organization, { where: { id }, relations: { aliases: true } });
  }

  /** Whether `name` is the name, short name or an alias of an organization other than `organizationId`. */
  /**
   * The first of `names` that reads as a name (official, short or alias) of another organization
   * than `ownerId`, compared by their look-alike skeletons; null when all are free. Every name is
   * read: a few hundred bodies, and a rename is rare.
   */
  async lookAlikeOf(names: string[], ownerId: number | null, tx: Tx = this.dataSource.manager): Promise<{ name: string; organizationId: number; existing: string } | null> {
    const wanted = new Map(names.map((name) => [nameSkeleton(name), name]));
    const organizations = await tx.find(Organization, { select: { id: true, nameZh: true, shortName: true } });
    const aliases = await tx.find(OrganizationAlias, { select: { organizationId: true, name: true } });
    const existing = [
      ...organizations.flatMap((o) => [{ organizationId: o.id, name: o.nameZh }, ...(o.shortName ? [{ organizationId: o.id, name: o.shortName }] : [])]),
      ...aliases.map((a) => ({ organizationId: a.organizationId, name: a.name })),
    ];
    for (const other of existing) {
      if (other.organizationId === ownerId) continue;
      const name = wanted.get(nameSkeleton(other.name));
      if (name !== undefined) return { name, organizationId: other.organizationId, existing: other.name };
    }
    return null;
  }

  /** Organizations whose partner asked for a new name that no organizer has decided on yet, oldest request first. */
  pendingRenames(tx: Tx = this.dataSource.manager): Promise<Organization[]> {
    return tx.find(Organization, { where: { pendingName: Not(IsNull()) }, order: { pendingNameSince: 'ASC', id: 'ASC' } });
  }

  async setLogo(id: number, file: string, contentType: string, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.update(Organization, { id }, { logoFile: file, logoContentType: contentType });
  }

  /** Which of these organization ids exist. */
  async existing(ids: number[], tx: Tx = this.dataSource.manager): Promise<Set<number>> {
    if (!ids.length) return new Set();
    return new Set((await tx.find(Organization, { where: { id: In(ids) }, select: { id: true } })).map((o) => o.id));
  }
}
