import { aliasNames, organizationIdentity } from '../organizations/organization-identity';
import type { Organization } from '../organizations/organization.store';
import type { OwnProfileDto, PublicProfileDto, SharedContactDto } from './dto/partner.dto';

/** The only ways an organization leaves the server: public, as a co-host, or to itself. */

export function publicProfile(organization: Organization, base: URL): PublicProfileDto {
  return {
    ...organizationIdentity(organization),
    description: organization.descriptionZh,
    descriptionEn: organization.descriptionEn,
    logoUrl: organization.logoFile ? new URL(`/api/organizations/${organization.id}/logo?v=${organization.logoFile.slice(0, 12)}`, base).href : null,
  };
}

/** The contact a co-host chose to share, or null: never the fields of one that did not. */
export function sharedContact(organization: Organization): SharedContactDto | null {
  if (!organization.shareContact) return null;
  return { name: organization.contactName, email: organization.contactEmail, phone: organization.contactPhone };
}

export function ownProfile(organization: Organization, base: URL): OwnProfileDto {
  return {
    ...publicProfile(organization, base),
    aliases: aliasNames(organization),
    contactName: organization.contactName,
    contactEmail: organization.contactEmail,
    contactPhone: organization.contactPhone,
    shareContact: organization.shareContact,
    pendingName: organization.pendingName,
    pendingNameSince: organization.pendingNameSince?.toISOString() ?? null,
  };
}
