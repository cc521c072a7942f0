import type { Organization } from './entities/organization.entity';
import type { OrganizationKind } from './organization-role';

/** The fields that name an organization wherever it is shown: in the catalog, in a co-host table, in a partner's own profile. */
export interface OrganizationIdentity {
  id: number;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  kind: OrganizationKind;
  website: string | null;
}

/** One mapping from the row's column names (nameZh…) to the names the API shows (name…). */
export function organizationIdentity(organization: Organization): OrganizationIdentity {
  return {
    id: organization.id,
    name: organization.nameZh,
    nameEn: organization.nameEn,
    shortName: organization.shortName,
    kind: organization.kind,
    website: organization.website,
  };
}

/** The other names of the body, sorted; the aliases relation must have been loaded. */
export function aliasNames(organization: Organization): string[] {
  return (organization.aliases ?? []).map((a) => a.name).sort();
}
