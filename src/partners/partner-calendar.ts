import { renderCalendarBuffer, type CalendarEvent } from '@huiwu/calendar';
import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { TokenSigner } from '../auth/token-signer';
import { sessionEvent } from '../releases/documents/exporters/session-event';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EditionStore } from '../editions/edition.store';
import { OrganizationStore } from '../organizations/organization.store';
import { PublishedProgram } from '../releases/published-program';
import { PARTNER_MESSAGES } from './partner-messages';

/**
 * A partner's own calendar behind a signed URL (calendar apps cannot send a sign-in token):
 * the whole published program of every edition where it holds a role, and the sessions it
 * hosts in others. A wrong signature is a 404, like an unknown organization.
 */
@Injectable()
export class PartnerCalendar {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly editions: EditionStore,
    private readonly organizations: OrganizationStore,
    private readonly tokens: TokenSigner,
    private readonly published: PublishedProgram,
  ) {}

  async feed(organizationId: number, signature: string): Promise<RenderedDocument> {
    const expected = Buffer.from(await this.tokens.derive('partner-calendar', String(organizationId)));
    const given = Buffer.from(signature);
    const organization = await this.organizations.find(organizationId);
    if (!organization || expected.length !== given.length || !timingSafeEqual(expected, given)) throw new NotFoundException({ message: PARTNER_MESSAGES.noCalendar() });

    const events: CalendarEvent[] = [];
    const stamps: number[] = [0];
    const base = this.config.publicBaseUrl;
    const roleEditions = (await this.editions.rolesHeldBy(organizationId)).map((r) => r.editionId);
    for (const editionId of [...new Set(roleEditions)]) {
      const { edition, release } = await this.published.forEdition({ id: editionId });
      if (!edition || !release) continue;
      stamps.push(release.publishedAt.getTime());
      for (const session of await this.published.sessionsOf(release.id)) {
        const event = sessionEvent(session, edition, 'zh', base);
        if (event) events.push(event);
      }
    }
    const seen = new Set(events.map((e) => e.uid));
    for (const { edition, release, sessions } of await this.published.forOrganization(organizationId)) {
      stamps.push(release.publishedAt.getTime());
      for (const session of sessions) {
        const event = sessionEvent(session, edition, 'zh', base);
        if (event && !seen.has(event.uid)) events.push(event);
      }
    }
    const stamp = new Date(Math.max(...stamps));
    const body = renderCalendarBuffer({ name: organization.nameZh, stamp, refreshInterval: { minutes: 60 }, events });
    return renderedDocument(body, stamp, 'text/calendar; charset=utf-8', `partner-${organizationId}.ics`);
  }
}
