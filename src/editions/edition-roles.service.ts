import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions } from '../database/transactions';
import { OrganizationStore } from '../organizations/organization.store';
import { CreateEditionRoleRequest, EditionRoleDto, EditionRoleHolderDto, ReorderEditionRolesRequest, UpdateEditionRoleRequest } from './dto/edition-role-write.dto';
import { EditionStore } from './edition.store';
import type { EditionRole } from './entities/edition-role.entity';
import { EDITION_MESSAGES } from './edition-messages';
import { fieldsRefused } from '../common/i18n/field-labels';
import { ORGANIZATION_ROLES } from '../organizations/organization-role';

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

  /** Every role row of the edition with its body's names, roles in programme order, holders in display order. */
  async list(editionId: number): Promise<EditionRoleHolderDto[]> {
    await this.editions.require(editionId);
    const rows = await this.editions.rolesOf(editionId);
    return rows
      .sort((a, b) => ORGANIZATION_ROLES.indexOf(a.role) - ORGANIZATION_ROLES.indexOf(b.role) || a.displayOrder - b.displayOrder || a.id - b.id)
      .map((r) => ({ ...toDto(r), officialName: r.organization.nameZh, nameEn: r.organization.nameEn, shortName: r.organization.shortName }));
  }

  /**
   * Puts the holders of one role in a new order (1, 2, 3…). The request names every holder once:
   * an order computed from a stale page (a holder added or removed meanwhile) is refused rather
   * than guessed at.
   */
  async reorder(editionId: number, request: ReorderEditionRolesRequest, actor: AuthenticatedAccount): Promise<EditionRoleHolderDto[]> {
    await this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const held = (await this.editions.rolesOf(editionId, tx)).filter((r) => r.role === request.role);
      const byId = new Map(held.map((r) => [r.id, r]));
      const complete = request.roleIds.length === held.length && new Set(request.roleIds).size === held.length && request.roleIds.every((id) => byId.has(id));
      if (!complete) {
        const error = EDITION_MESSAGES.orderNotComplete({ count: held.length });
        throw new BadRequestException({ message: fieldsRefused({ roleIds: error }), errors: { roleIds: error } });
      }
      const before = held.map((r) => r.id);
      for (const [index, id] of request.roleIds.entries()) {
        const row = byId.get(id)!;
        if (row.displayOrder === index + 1) continue;
        row.displayOrder = index + 1;
        await this.editions.saveRole(row, tx);
      }
      await this.audit.record(tx, actor, { action: 'reorder', entityType: 'edition_role', entityId: editionId, editionId, before: { role: request.role, roleIds: before }, after: { role: request.role, roleIds: request.roleIds } });
    });
    return this.list(editionId);
  }

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
