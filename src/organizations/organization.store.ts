import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import type { Tx } from '../database/transactions';
import { OrganizationAlias } from './entities/organization-alias.entity';
import { Organization } from './entities/organization.entity';

/** The only code that reads and writes organization and organization_alias; other modules call this, never the entities. */
@Injectable()
export class OrganizationStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for partners
  exists(id: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(Organization, { id });
  }

  find(id: number, tx: Tx = this.dataSource.manager): Promise<Organization | null> {
    return tx.findOne(Organization, { where: { id } });
  }

  /** The organization, or EntityNotFoundError (a 404). */
  require(id: number, tx: Tx = this.dataSource.manager): Promise<Organization> {
    return tx.findOneByOrFail(Organization, { id });
  }

  requireWithAliases(id: number, tx: Tx = this.dataSource.manager): Promise<Organization> {
    return tx.findOneOrFail(Organization, { where: { id }, relations: { aliases: true } });
  }

  /** Whether `name` is the name, short name or an alias of an organization other than `organizationId`. */
  async namesAnother(name: string, organizationId: number, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return (
      (await tx.existsBy(Organization, [{ nameZh: name, id: Not(organizationId) }, { shortName: name, id: Not(organizationId) }])) ||
      (await tx.existsBy(OrganizationAlias, { name, organizationId: Not(organizationId) }))
    );
  }

  async save(organization: Organization, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.save(organization);
  }

  async setLogo(id: number, file: string, contentType: string, tx: Tx = this.dataSource.manager): Promise<void> {
    await tx.update(Organization, { id }, { logoFile: file, logoContentType: contentType });
  }
}
