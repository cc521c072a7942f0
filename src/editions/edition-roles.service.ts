import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Organization } from '../organizations/entities/organization.entity';
import { CreateEditionRoleRequest, EditionRoleDto, UpdateEditionRoleRequest } from './dto/edition-role-write.dto';
import { lockEdition } from './edition-lock';
import { EditionRole } from './entities/edition-role.entity';

const toDto = (r: EditionRole): EditionRoleDto => ({
  id: r.id,
  editionId: r.editionId,
  organizationId: r.organizationId,
  role: r.role,
  displayOrder: r.displayOrder,
  sponsorTier: r.sponsorTier,
  printedName: r.printedName,
});

/** Who guides, hosts, organizes, co-organizes, supports or sponsors an edition, and in what order. */
@Injectable()
export class EditionRolesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(editionId: number, request: CreateEditionRoleRequest, actor: AuthenticatedAccount): Promise<EditionRoleDto> {
    return this.dataSource.transaction(async (manager) => {
      await lockEdition(manager, editionId);
      if (!(await manager.existsBy(Organization, { id: request.organizationId }))) {
        throw new BadRequestException({ message: 'Invalid organizationId', errors: { organizationId: `no organization with id ${request.organizationId}` } });
      }
      if (await manager.existsBy(EditionRole, { editionId, organizationId: request.organizationId, role: request.role })) {
        throw new ConflictException({ message: `Organization ${request.organizationId} already has the role ${request.role} in this edition`, errors: { role: 'already held' } });
      }
      const role = manager.create(EditionRole, {
        editionId,
        organizationId: request.organizationId,
        role: request.role,
        displayOrder: request.displayOrder ?? (await manager.countBy(EditionRole, { editionId, role: request.role })) + 1,
        sponsorTier: request.sponsorTier ?? null,
        printedName: request.printedName ?? null,
      });
      await manager.save(role);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'edition_role', entityId: role.id, editionId, after: toDto(role) });
      return toDto(role);
    });
  }

  async update(id: number, request: UpdateEditionRoleRequest, actor: AuthenticatedAccount): Promise<EditionRoleDto> {
    return this.dataSource.transaction(async (manager) => {
      const role = await this.load(manager, id);
      const before = toDto(role);
      if (request.displayOrder !== undefined) role.displayOrder = request.displayOrder;
      if (request.sponsorTier !== undefined) role.sponsorTier = request.sponsorTier;
      if (request.printedName !== undefined) role.printedName = request.printedName;
      await manager.save(role);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'edition_role', entityId: id, editionId: role.editionId, before, after: toDto(role) });
      return toDto(role);
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const role = await this.load(manager, id);
      await manager.delete(EditionRole, { id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'edition_role', entityId: id, editionId: role.editionId, before: toDto(role) });
    });
  }

  private async load(manager: EntityManager, id: number): Promise<EditionRole> {
    const role = await manager.findOne(EditionRole, { where: { id } });
    if (!role) throw new NotFoundException(`No edition role with id ${id}`);
    return role;
  }
}
