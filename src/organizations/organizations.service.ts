import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { seesEdition } from '../teams/permissions';
import { Injectable, NotFoundException } from '@nestjs/common';
import { Paged } from '../common/paged';
import { EditionStore } from '../editions/edition.store';
import { SessionStore } from '../sessions/session.store';
import { OrganizationDetailDto, OrganizationDto } from './dto/organization.dto';
import { OrganizationQuery } from './dto/organization-query.dto';
import { OrganizationStore } from './organization.store';
import { ORGANIZATION_MESSAGES } from './organization-messages';

/** The body Huiwu is made for; its forums inside others' events are listed on the home page. */
export const FEDERATION_NAME = '中国网络社会组织联合会';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationStore,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
  ) {}

  /** Any name counts: 中网联 and 中国网络社会组织联合会 find the same one row. */
  async search(query: OrganizationQuery): Promise<Paged<OrganizationDto>> {
    const [found, total] = await this.organizations.search(query.q, query.offset, query.limit);
    return { items: found.map((o) => OrganizationDto.from(o)), total };
  }

  /**
   * The federation's own record (its roles in editions and sessions, public ones only), or null
   * in a database that does not hold it: the home page lists its forums in others' events.
   */
  async federation(): Promise<OrganizationDetailDto | null> {
    const id = await this.organizations.idByName(FEDERATION_NAME);
    return id === null ? null : this.findOne(id);
  }

  /** Public callers see roles in public editions only; organizers see drafts too, of the editions they have a role in. */
  async findOne(id: number, viewer?: AuthenticatedAccount): Promise<OrganizationDetailDto> {
    const includeDrafts = viewer?.kind === 'organizer';
    const shown = (edition: { id: number; brandId: number; status: string }) => edition.status !== 'draft' || seesEdition(viewer?.grants, edition);
    const organization = await this.organizations.withAliases(id);
    if (!organization) throw new NotFoundException({ message: ORGANIZATION_MESSAGES.notFound({ id }) });

    const editionRoles = (await this.editions.rolesOfOrganization(id, includeDrafts)).filter((r) => shown(r.edition));
    const sessionRoles = (await this.sessions.rolesOfOrganization(id, includeDrafts)).filter((r) => shown(r.session.edition));

    return {
      ...OrganizationDto.from(organization),
      description: organization.descriptionZh,
      editionRoles: editionRoles.map((r) => ({
        role: r.role,
        editionId: r.edition.id,
        editionSlug: r.edition.slug,
        editionTitle: r.edition.titleZh,
        year: r.edition.year,
        brand: r.edition.brand.slug,
        displayOrder: r.displayOrder,
      })),
      sessionRoles: sessionRoles.map((r) => ({
        role: r.role,
        sessionId: r.session.id,
        sessionTitle: r.session.titleZh,
        sessionKind: r.session.kind,
        editionId: r.session.edition.id,
        editionSlug: r.session.edition.slug,
        editionTitle: r.session.edition.titleZh,
      })),
    };
  }
}
