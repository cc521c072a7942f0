import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions } from '../database/transactions';
import { OrganizationStore } from '../organizations/organization.store';
import { CreateEditionRoleRequest, EditionRoleDto, UpdateEditionRoleRequest } from './dto/edition-role-write.dto';
import { EditionStore } from './edition.store';
import type { EditionRole } from './entities/edition-role.entity';
import { EDITION_MESSAGES } from './edition-messages';
import { fieldsRefused } from '../common/i18n/field-labels';

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
    private readonly transactions: Transactions,
    private readonly editions: EditionStore,
    private readonly organizations: OrganizationStore,
    private readonly audit: AuditService,
  ) {}

  async create(editionId: number, request: CreateEditionRoleRequest, actor: AuthenticatedAccount): Promise<EditionRoleDto> {
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      if (!(await this.organizations.exists(request.organizationId, tx))) {
        throw new BadRequestException({ message: fieldsRefused({ organizationId: EDITION_MESSAGES.noOrganization({ id: request.organizationId }) }), errors: { organizationId: EDITION_MESSAGES.noOrganization({ id: request.organizationId }) } });
      }
      if (await this.editions.roleHeld(editionId, request.organizationId, request.role, tx)) {
        throw new ConflictException({ message: EDITION_MESSAGES.roleHeld({ organizationId: request.organizationId, role: request.role }), errors: { role: EDITION_MESSAGES.roleHeldField() } });
      }
      const role = await this.editions.saveRole(
        {
          editionId,
          organizationId: request.organizationId,
          role: request.role,
          displayOrder: request.displayOrder ?? (await this.editions.countRoles(editionId, request.role, tx)) + 1,
          sponsorTier: request.sponsorTier ?? null,
          printedName: request.printedName ?? null,
        },
        tx,
      );
      await this.audit.record(tx, actor, { action: 'create', entityType: 'edition_role', entityId: role.id, editionId, after: toDto(role) });
      return toDto(role);
    });
  }

  async update(id: number, request: UpdateEditionRoleRequest, actor: AuthenticatedAccount): Promise<EditionRoleDto> {
    return this.transactions.run(async (tx) => {
      const role = await this.editions.requireRole(id, tx);
      const before = toDto(role);
      if (request.displayOrder !== undefined) role.displayOrder = request.displayOrder;
      if (request.sponsorTier !== undefined) role.sponsorTier = request.sponsorTier;
      if (request.printedName !== undefined) role.printedName = request.printedName;
      await this.editions.saveRole(role, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'edition_role', entityId: id, editionId: role.editionId, before, after: toDto(role) });
      return toDto(role);
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const role = await this.editions.requireRole(id, tx);
      await this.editions.deleteRole(id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'edition_role', entityId: id, editionId: role.editionId, before: toDto(role) });
    });
  }
}
