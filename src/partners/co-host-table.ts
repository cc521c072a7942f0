import { EntityManager } from 'typeorm';
import { EditionRole } from '../editions/entities/edition-role.entity';
import { ORGANIZATION_ROLE_LABELS, ORGANIZATION_ROLES } from '../organizations/organization-role';
import type { RoleGroupDto } from './dto/partner.dto';
import { publicProfile, sharedContact } from './organization-profiles';

/**
 * An edition's organizations by role, in display order, as public profiles. Shared contacts
 * are added only for a co-host's eyes (withContacts), and only of organizations that share them.
 */
export async function coHostTable(manager: EntityManager, editionId: number, base: URL, options: { exceptOrganizationId?: number; withContacts: boolean }): Promise<RoleGroupDto[]> {
  const roles = await manager.find(EditionRole, { where: { editionId }, relations: { organization: true }, order: { displayOrder: 'ASC', id: 'ASC' } });
  return ORGANIZATION_ROLES.map((role) => ({
    role,
    label: ORGANIZATION_ROLE_LABELS[role].zh,
    labelEn: ORGANIZATION_ROLE_LABELS[role].en,
    organizations: roles
      .filter((r) => r.role === role && r.organizationId !== options.exceptOrganizationId)
      .map((r) => ({
        ...publicProfile(r.organization, base),
        printedName: r.printedName ?? r.organization.nameZh,
        displayOrder: r.displayOrder,
        sponsorTier: r.sponsorTier,
        contact: options.withContacts ? sharedContact(r.organization) : null,
      })),
  })).filter((group) => group.organizations.length > 0);
}
