import { TICKET_LABELS } from '@huiwu/program-pdf';
import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '../common/dto/lang-query.dto';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import { AttendeeAgendas } from '../registrations/attendee-agenda';
import { RegistrationAccess } from '../registrations/registration-access';
import { formatDateRange, formatTimeRange } from '../releases/documents/program-wording';
import { TicketPdfExporter } from './ticket-pdf.exporter';

const SEAT_WORDS = {
  zh: { confirmed: '已确认', waitlisted: '候补', cancelled: '已取消', sessionCancelled: '活动取消' },
  en: { confirmed: 'Confirmed', waitlisted: 'Waitlisted', cancelled: 'Cancelled', sessionCancelled: 'Session cancelled' },
};

/**
 * An attendee's one-page ticket: the edition, the name, the sessions with times and rooms, and
 * the code as text and as a QR for the check-in desk. Nothing else personal is printed.
 */
@Injectable()
export class TicketsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly access: RegistrationAccess,
    private readonly agendas: AttendeeAgendas,
    private readonly exporter: TicketPdfExporter,
  ) {}

  async ticket(code: string, token: string | undefined, lang: Language): Promise<RenderedDocument> {
    const manager = this.transactions.none;
    const registration = await this.access.ownedRegistration(manager, code, token);
    const { edition, items } = await this.agendas.of(manager, registration);
    const en = lang === 'en';
    const words = SEAT_WORDS[lang];
    const body = await this.exporter.render({
      lang,
      attendeeName: registration.name,
      editionTitle: en ? (edition.titleEn ?? edition.titleZh) : edition.titleZh,
      dates: formatDateRange(edition.startDate, edition.endDate, lang),
      venue: (en ? (edition.venueEn ?? edition.venueZh) : edition.venueZh) ?? (en ? edition.cityEn : edition.cityZh),
      code: registration.code,
      checkInUrl: new URL(`/api/registrations/${registration.code}/check-in`, this.config.publicBaseUrl).href,
      sessions: items.map(({ seat, session }) => ({
        time: formatTimeRange(session.startsAt, session.endsAt, edition.timeZone, lang),
        title: (en ? (session.titleEn ?? session.titleZh) : session.titleZh),
        room: en ? (session.roomNameEn ?? session.roomNameZh) : session.roomNameZh,
        status: session.status === 'cancelled' ? words.sessionCancelled : words[seat.status],
      })),
      labels: TICKET_LABELS[lang],
      issuedAt: registration.updatedAt,
    });
    const lastModified = new Date(Math.max(registration.updatedAt.getTime(), ...items.map((i) => i.seat.updatedAt.getTime())));
    return renderedDocument(body, lastModified, this.exporter.mediaType, `ticket-${registration.code}.pdf`);
  }
}
