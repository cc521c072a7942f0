import type { CalendarEvent, CalendarFeed } from '@huiwu/calendar';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Language } from '../common/dto/lang-query.dto';
import type { RenderedDocument } from '../common/http/rendered-document';
import { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OrganizationStore } from '../organizations/organization.store';
import { PublishedDocuments } from '../releases/documents/published-documents';
import { CalendarExporter } from '../releases/documents/published-exporters';
import { sessionEvent } from '../releases/documents/exporters/session-event';
import { PublishedProgram } from '../releases/published-program';
import { CALENDAR_MESSAGES } from './calendar-messages';

/**
 * Calendar feeds of published programs, served as stored bytes by the published-document
 * pipeline: the edition's feed is one of its formats; one session's and an organization's are
 * built here and kept under the hash of what they show.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly published: PublishedProgram,
    private readonly documents: PublishedDocuments,
    private readonly calendar: CalendarExporter,
    private readonly organizations: OrganizationStore,
  ) {}

  editionFeed(key: IdOrSlug, lang: Language): Promise<RenderedDocument> {
    return this.documents.document(this.calendar, key, { lang, size: 'A4' });
  }

  async sessionFeed(sessionId: number, lang: Language): Promise<RenderedDocument> {
    const found = await this.published.forSession(sessionId);
    const event = found && sessionEvent(found.session, found.edition, lang, this.config.publicBaseUrl);
    if (!found || !event) throw new NotFoundException({ message: CALENDAR_MESSAGES.noSession({ id: sessionId }) });
    const feed: CalendarFeed = { name: event.summary, stamp: found.release.publishedAt, events: [event] };
    return this.documents.built(this.calendar, feed, found.session.lastChangedAt, `session-${sessionId}.ics`);
  }

  /** The sessions an organization hosts, across every edition whose latest release names it (404 for an unknown one). */
  async organizationFeed(organizationId: number, lang: Language): Promise<RenderedDocument> {
    const organization = await this.organizations.find(organizationId);
    if (!organization) throw new NotFoundException({ message: CALENDAR_MESSAGES.noOrganization({ id: organizationId }) });
    const editions = await this.published.forOrganization(organizationId);
    const events = editions.flatMap(({ edition, sessions }) =>
      sessions.map((s) => sessionEvent(s, edition, lang, this.config.publicBaseUrl)).filter((e): e is CalendarEvent => e !== null),
    );
    const stamp = new Date(Math.max(0, ...editions.map((e) => e.release.publishedAt.getTime())));
    const name = lang === 'en' ? (organization.nameEn ?? organization.nameZh) : organization.nameZh;
    const feed: CalendarFeed = { name, stamp, refreshInterval: CalendarExporter.REFRESH, events };
    return this.documents.built(this.calendar, feed, stamp, `organization-${organizationId}.ics`);
  }
}
