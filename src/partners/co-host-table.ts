import type { EditionRoleWithOrganization } from '../editions/edition.store';
import { ORGANIZATION_ROLE_LABELS, ORGANIZATION_ROLES } from '../organizations/organization-role';
import type { RoleGroupDto } from './dto/partner.dto';
import { publicProfile, sharedContact } from './organization-profiles';

/**
 * An edition's organizations by role, in display order, as public profiles; `roles` are the
 * edition's roles with their organizations in printed order (EditionStore.rolesWithOrganizations).
 * Shared contacts are added only for a co-host's eyes (withContacts), and only of organizations
 * that share them.
 */
export function coHostTable(roles: EditionRoleWithOrganization[], base: URL, options: { exceptOrganizationId?: number; withContacts: boolean }): RoleGroupDto[] {
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
