import type { CalendarEvent } from '@huiwu/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import type { Language } from '../common/dto/lang-query.dto';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import { CalendarExporter } from '../releases/documents/published-exporters';
import { sessionEvent } from '../releases/documents/exporters/session-event';
import { AttendeeAgendas } from '../registrations/attendee-agenda';
import { RegistrationAccess } from '../registrations/registration-access';

/**
 * An attendee's own calendar, usable as a subscription: confirmed sessions as CONFIRMED,
 * waitlisted ones as TENTATIVE, and given-up or cancelled ones as CANCELLED so that subscribed
 * calendars take them off. Small, so rendered on request; the ETag spares unchanged downloads.
 */
@Injectable()
export class PersonalCalendar {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly access: RegistrationAccess,
    private readonly agendas: AttendeeAgendas,
    private readonly calendar: CalendarExporter,
  ) {}

  async feed(code: string, token: string | undefined, lang: Language): Promise<RenderedDocument> {
    const manager = this.transactions.none;
    const registration = await this.access.ownedRegistration(manager, code, token);
    const { edition, release, items } = await this.agendas.of(manager, registration);
    const endedWhole = registration.status === 'cancelled' || registration.status === 'rejected';
    const events = items
      .map(({ seat, session }) => {
        const status = endedWhole || seat.status === 'cancelled' ? 'cancelled' : seat.status === 'waitlisted' ? 'tentative' : 'confirmed';
        const event = sessionEvent(session, edition, lang, this.config.publicBaseUrl, status);
        // The attendee's own changes count as changes of their event too.
        return event && { ...event, status: session.status === 'cancelled' ? 'cancelled' : status, lastModified: new Date(Math.max(event.lastModified.getTime(), seat.updatedAt.getTime())) };
      })
      .filter((e): e is CalendarEvent => e !== null);
    const stamp = release?.publishedAt ?? registration.createdAt;
    const lastModified = new Date(Math.max(stamp.getTime(), ...events.map((e) => e.lastModified.getTime())));
    const body = this.calendar.render({
      name: `${lang === 'en' ? (edition.titleEn ?? edition.titleZh) : edition.titleZh} · ${registration.code}`,
      stamp,
      refreshInterval: { minutes: 30 },
      events,
    });
    return renderedDocument(body, lastModified, this.calendar.mediaType, `${edition.slug}-${registration.code}.ics`);
  }
}
