import { Injectable } from '@nestjs/common';
import { ProposalsService } from '../delegation/proposals.service';
import { PartnersService } from '../partners/partners.service';

/**
 * What a partner organization sees on its home page: its profile, calendar link, editions with
 * co-hosts and the sessions it hosts (with counts and whether they are delegated to it). The
 * partner's own page and the organizers' "view as partner" show the very same model.
 */
@Injectable()
export class PartnerPortalView {
  constructor(
    private readonly partners: PartnersService,
    private readonly proposals: ProposalsService,
  ) {}

  async home(organizationId: number) {
    const [organization, calendar] = await Promise.all([this.partners.organization(organizationId), this.partners.calendarLink(organizationId)]);
    const editions = [];
    for (const entry of await this.partners.editions(organizationId)) {
      const hosted = entry.sessions.length > 0 ? await this.partners.sessions(organizationId, entry.edition.id) : [];
      const delegated = await this.proposals.delegatedAmong(organizationId, hosted.map((h) => h.sessionId));
      editions.push({ ...entry, hosted: hosted.map((h) => ({ ...h, delegated: delegated.has(h.sessionId) })) });
    }
    return { organization, calendar, editions };
  }
}
