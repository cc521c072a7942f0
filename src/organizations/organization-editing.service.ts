import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Account } from '../accounts/entities/account.entity';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import { EditionRole } from '../editions/entities/edition-role.entity';
import { AttendeeListGrant } from '../partners/entities/attendee-list-grant.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { Speaker } from '../speakers/entities/speaker.entity';
import { OrganizationDetailDto } from './dto/organization.dto';
import { CreateOrganizationRequest, UpdateOrganizationRequest } from './dto/organization-write.dto';
import { OrganizationAlias } from './entities/organization-alias.entity';
import { Organization } from './entities/organization.entity';
import { OrganizationsService } from './organizations.service';

/**
 * Organizers' edits of organizations. One rule above all: a name (official, short or alias)
 * belongs to one organization only, so 中网联 can never come to mean two bodies.
 */
@Injectable()
export class OrganizationEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async create(request: CreateOrganizationRequest, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const aliases = [...new Set(request.aliases ?? [])];
      await this.assertNamesFree(manager, [request.name, ...(request.shortName ? [request.shortName] : []), ...aliases], null);
      const organization = manager.create(Organization, {
        nameZh: request.name,
        nameEn: request.nameEn ?? null,
        shortName: request.shortName ?? null,
        kind: request.kind ?? 'other',
        website: request.website ?? null,
        descriptionZh: request.description ?? null,
      });
      await manager.save(organization);
      for (const name of aliases.filter((a) => a !== request.name && a !== request.shortName)) {
        await manager.insert(OrganizationAlias, { organizationId: organization.id, name });
      }
      await this.audit.record(manager, actor, { action: 'create', entityType: 'organization', entityId: organization.id, after: { ...organization, aliases } });
      return organization.id;
    });
    return this.organizations.findOne(id, true);
  }

  async update(id: number, request: UpdateOrganizationRequest, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const organization = await this.load(manager, id);
      const before = { ...organization };
      const names = [request.name, request.shortName].filter((n): n is string => typeof n === 'string');
      await this.assertNamesFree(manager, names, id);
      if (request.name !== undefined) organization.nameZh = request.name;
      if (request.nameEn !== undefined) organization.nameEn = request.nameEn;
      if (request.shortName !== undefined) organization.shortName = request.shortName;
      if (request.kind !== undefined) organization.kind = request.kind;
      if (request.website !== undefined) organization.website = request.website;
      if (request.description !== undefined) organization.descriptionZh = request.description;
      await manager.save(organization);
      // A name that became the official or short name is no longer also an alias.
      await manager.delete(OrganizationAlias, { organizationId: id, name: In(names.length ? names : ['']) });
      await this.audit.record(manager, actor, { action: 'update', entityType: 'organization', entityId: id, before, after: organization });
    });
    return this.organizations.findOne(id, true);
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const organization = await this.load(manager, id);
      assertUnreferenced(`organization ${id}`, [
        { what: 'edition roles', count: await manager.countBy(EditionRole, { organizationId: id }) },
        { what: 'session roles', count: await manager.countBy(SessionRole, { organizationId: id }) },
        { what: 'partner accounts', count: await manager.countBy(Account, { organizationId: id }) },
        { what: 'speakers', count: await manager.countBy(Speaker, { organizationId: id }) },
        { what: 'attendee-list grants', count: await manager.countBy(AttendeeListGrant, { organizationId: id }) },
      ]);
      await manager.delete(OrganizationAlias, { organizationId: id });
      await manager.delete(Organization, { id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'organization', entityId: id, before: organization });
    });
  }

  async addAlias(id: number, name: string, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.load(manager, id);
      await this.assertNamesFree(manager, [name], id);
      const own = await manager.findOne(Organization, { where: [{ id, nameZh: name }, { id, shortName: name }] });
      if (own || (await manager.existsBy(OrganizationAlias, { organizationId: id, name }))) {
        throw new ConflictException({ message: `${name} is already a name of organization ${id}`, errors: { name: 'already a name of this organization' } });
      }
      await manager.insert(OrganizationAlias, { organizationId: id, name });
      await this.audit.record(manager, actor, { action: 'create', entityType: 'organization_alias', entityId: id, after: { organizationId: id, name } });
    });
    return this.organizations.findOne(id, true);
  }

  async removeAlias(id: number, name: string, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const alias = await manager.findOne(OrganizationAlias, { where: { organizationId: id, name } });
      if (!alias) throw new NotFoundException(`Organization ${id} has no alias ${name}`);
      await manager.delete(OrganizationAlias, { id: alias.id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'organization_alias', entityId: id, before: { organizationId: id, name } });
    });
    return this.organizations.findOne(id, true);
  }

  /**
   * Two rows turned out to be one body: every role, account and speaker of the duplicate moves
   * to the kept organization (a role both already hold is kept once), the duplicate's names
   * become aliases, and the duplicate is removed.
   */
  async merge(keptId: number, duplicateId: number, actor: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    if (keptId === duplicateId) {
      throw new BadRequestException({ message: 'An organization cannot be merged into itself', errors: { duplicateId: 'must differ from the kept organization' } });
    }
    await this.dataSource.transaction(async (manager) => {
      const kept = await this.load(manager, keptId);
      const duplicate = await this.load(manager, duplicateId, 'duplicateId');
      const duplicateAliases = await manager.find(OrganizationAlias, { where: { organizationId: duplicateId } });

      const moved = { editionRoles: 0, sessionRoles: 0, dropped: 0 };
      for (const role of await manager.find(EditionRole, { where: { organizationId: duplicateId } })) {
        if (await manager.existsBy(EditionRole, { editionId: role.editionId, organizationId: keptId, role: role.role })) {
          await manager.delete(EditionRole, { id: role.id });
          moved.dropped++;
        } else {
          await manager.update(EditionRole, { id: role.id }, { organizationId: keptId, printedName: role.printedName ?? duplicate.nameZh });
          moved.editionRoles++;
        }
      }
      for (const role of await manager.find(SessionRole, { where: { organizationId: duplicateId } })) {
        if (await manager.existsBy(SessionRole, { sessionId: role.sessionId, organizationId: keptId, role: role.role })) {
          await manager.delete(SessionRole, { id: role.id });
          moved.dropped++;
        } else {
          await manager.update(SessionRole, { id: role.id }, { organizationId: keptId, printedName: role.printedName ?? duplicate.nameZh });
          moved.sessionRoles++;
        }
      }
      await manager.update(Account, { organizationId: duplicateId }, { organizationId: keptId });
      await manager.update(Speaker, { organizationId: duplicateId }, { organizationId: keptId });
      for (const grant of await manager.find(AttendeeListGrant, { where: { organizationId: duplicateId } })) {
        if (await manager.existsBy(AttendeeListGrant, { sessionId: grant.sessionId, organizationId: keptId })) await manager.delete(AttendeeListGrant, { id: grant.id });
        else await manager.update(AttendeeListGrant, { id: grant.id }, { organizationId: keptId });
      }

      await manager.delete(OrganizationAlias, { organizationId: duplicateId });
      await manager.delete(Organization, { id: duplicateId });
      const keptNames = new Set([kept.nameZh, kept.shortName, ...(await manager.find(OrganizationAlias, { where: { organizationId: keptId } })).map((a) => a.name)]);
      const newAliases = [duplicate.nameZh, duplicate.shortName, ...duplicateAliases.map((a) => a.name)].filter(
        (n): n is string => !!n && !keptNames.has(n),
      );
      for (const name of new Set(newAliases)) await manager.insert(OrganizationAlias, { organizationId: keptId, name });

      await this.audit.record(manager, actor, {
        action: 'merge',
        entityType: 'organization',
        entityId: keptId,
        before: { kept, duplicate: { ...duplicate, aliases: duplicateAliases.map((a) => a.name) } },
        after: { keptId, aliasesAdded: [...new Set(newAliases)], ...moved },
      });
    });
    return this.organizations.findOne(keptId, true);
  }

  private async load(manager: EntityManager, id: number, field?: string): Promise<Organization> {
    const organization = await manager.findOne(Organization, { where: { id } });
    if (!organization) {
      throw new NotFoundException(field ? { message: `No organization with id ${id}`, errors: { [field]: 'no such organization' } } : `No organization with id ${id}`);
    }
    return organization;
  }

  private async assertNamesFree(manager: EntityManager, names: string[], ownerId: number | null): Promise<void> {
    if (names.length === 0) return;
    const other = ownerId === null ? {} : { id: Not(ownerId) };
    const byName = await manager.find(Organization, { where: [{ nameZh: In(names), ...other }, { shortName: In(names), ...other }] });
    const byAlias = await manager.find(OrganizationAlias, {
      where: { name: In(names), ...(ownerId === null ? {} : { organizationId: Not(ownerId) }) },
    });
    const taken = [...byName.flatMap((o) => [o.nameZh, o.shortName]), ...byAlias.map((a) => a.name)].filter((n) => n && names.includes(n));
    if (taken.length > 0) {
      const owner = byName[0]?.id ?? byAlias[0]?.organizationId;
      throw new ConflictException({
        message: `The name ${taken[0]} already belongs to organization ${owner}; merge the two if they are the same body`,
        errors: { name: `${taken[0]} already names organization ${owner}` },
      });
    }
  }
}
