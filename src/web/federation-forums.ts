import type { BrandDto } from '../brands/dto/brand.dto';
import type { EditionSummaryDto } from '../editions/dto/edition.dto';
import type { OrganizationDetailDto } from '../organizations/dto/organization.dto';
import type { OrganizationRole } from '../organizations/organization-role';

/** One thing the federation held in another body's edition: a forum (its session) or the edition itself. */
export interface FederationForum {
  role: OrganizationRole;
  /** Null when the federation's role is in the whole edition (参与主办 the 2018 expo). */
  sessionId: number | null;
  title: string | null;
}

export type EditionWithForums = EditionSummaryDto & { forums: FederationForum[] };
export type BrandWithForums = BrandDto & { editions: EditionWithForums[] };

/**
 * The events others run, each edition with the federation's forums in it (in programme order of
 * roles), for the home page and the pages of those events. Without the federation's record
 * (a database that does not hold it) the editions are listed with no forum.
 */
export function federationForums(brands: BrandDto[], federation: OrganizationDetailDto | null): BrandWithForums[] {
  const byEdition = new Map<number, FederationForum[]>();
  const add = (editionId: number, forum: FederationForum) => byEdition.set(editionId, [...(byEdition.get(editionId) ?? []), forum]);
  for (const r of federation?.editionRoles ?? []) add(r.editionId, { role: r.role, sessionId: null, title: null });
  for (const r of federation?.sessionRoles ?? []) add(r.editionId, { role: r.role, sessionId: r.sessionId, title: r.sessionTitle });
  return brands.map((brand) => ({ ...brand, editions: brand.editions.map((e) => ({ ...e, forums: byEdition.get(e.id) ?? [] })) }));
}
