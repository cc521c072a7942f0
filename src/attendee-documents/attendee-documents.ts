import type { CalendarEvent } from '@huiwu/calendar';
import { TICKET_LABELS } from '@huiwu/program-pdf';
import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '../common/dto/lang-query.dto';
import { renderedDocument, RenderedDocument, withEncodings } from '../common/http/rendered-document';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import { AttendeeAgenda, AttendeeAgendas } from '../registrations/attendee-agenda';
import type { Registration } from '../registrations/registration.store';
import { RegistrationAccess } from '../registrations/registration-access';
import { CredentialsService } from '../credentials/credentials.service';
import { sessionEvent } from '../releases/documents/exporters/session-event';
import { CalendarExporter } from '../releases/documents/published-exporters';
import { formatDateRange, formatTimeRange } from '../releases/documents/program-wording';
import { DocumentStateReader } from './document-state-reader';
import { PersonalDocumentCache } from './personal-document-cache';
import { TicketPdfExporter } from './ticket-pdf.exporter';

const SEAT_WORDS = {
  zh: { confirmed: '已确认', waitlisted: '候补', cancelled: '已取消', sessionCancelled: '活动取消' },
  en: { confirmed: 'Confirmed', waitlisted: 'Waitlisted', cancelled: 'Cancelled', sessionCancelled: 'Session cancelled' },
};

/**
 * An attendee's own documents, for the holder of the registration's token only: their calendar
 * and their ticket. Rendered once per state of the registration and its edition's release and
 * kept in this process's memory (`PersonalDocumentCache`, never on disk nor in a shared HTTP
 * cache: they are sent `no-store`): a request costs one statement, which reads that state and
 * the registration the token is checked against. Written by the same exporters as the public
 * documents of those formats.
 */
@Injectable()
export class AttendeeDocuments {
  private readonly cache = new PersonalDocumentCache();

  constructor(
    private readonly states: DocumentStateReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly access: RegistrationAccess,
    private readonly agendas: AttendeeAgendas,
    private readonly calendarExporter: CalendarExporter,
    private readonly ticketExporter: TicketPdfExporter,
    private readonly credentials: CredentialsService,
  ) {}

  /**
   * The attendee's calendar, usable as a subscription: confirmed sessions as CONFIRMED,
   * waitlisted ones as TENTATIVE, and given-up or cancelled ones as CANCELLED so that subscribed
   * calendars take them off.
   */
  calendar(code: string, token: string | undefined, lang: Language): Promise<RenderedDocument> {
    // Compressed copies too: a calendar is text, and phones fetch it over mobile networks.
    return this.cached(`calendar.ics/${this.calendarExporter.rendererVersion}`, code, token, lang, async () => withEncodings(await this.renderCalendar(code, token, lang)));
  }

  /**
   * The one-page ticket: the edition, the name, the sessions with times and rooms, and the code
   * as text and as a QR code carrying the signed ticket code (verifiable offline at the door) as the
   * address of the ticket page. Nothing else personal is printed. Kept uncompressed: a PDF's
   * streams are compressed already.
   */
  ticket(code: string, token: string | undefined, lang: Language): Promise<RenderedDocument> {
    return this.cached(`ticket.pdf/${this.ticketExporter.rendererVersion}`, code, token, lang, () => this.renderTicket(code, token, lang));
  }

  /**
   * The document for the registration's current state: one statement reads that state (and the
   * registration, whose token is checked as always: a wrong one is the same 404); a document
   * rendered from the same state is answered from memory, else `render` makes it.
   */
  private async cached(document: string, code: string, token: string | undefined, lang: Language, render: () => Promise<RenderedDocument>): Promise<RenderedDocument> {
    const state = await this.access.ticketHolderOf(code, token, async () => {
      const rows = await this.states.read(code);
      return rows.length ? { rows, id: rows[0].id, code: rows[0].code, anonymizedAt: rows[0].anonymized_at } : null;
    });
    const key = PersonalDocumentCache.keyOf(document, lang, state.rows);
    return this.cache.get(key, render, async () => PersonalDocumentCache.keyOf(document, lang, await this.states.read(code)) === key);
  }

  private async renderCalendar(code: string, token: string | undefined, lang: Language): Promise<RenderedDocument> {
    const { registration, edition, release, items } = await this.owned(code, token);
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
    const body = this.calendarExporter.render({
      name: `${lang === 'en' ? (edition.titleEn ?? edition.titleZh) : edition.titleZh} · ${registration.code}`,
      stamp,
      refreshInterval: { minutes: 30 },
      events,
    });
    return renderedDocument(body, lastModified, this.calendarExporter.mediaType, `${edition.slug}-${registration.code}.ics`);
  }

  private async renderTicket(code: string, token: string | undefined, lang: Language): Promise<RenderedDocument> {
    const { registration, edition, items } = await this.owned(code, token);
    const en = lang === 'en';
    const words = SEAT_WORDS[lang];
    const body = await this.ticketExporter.render({
      lang,
      attendeeName: registration.name,
      editionTitle: en ? (edition.titleEn ?? edition.titleZh) : edition.titleZh,
      dates: formatDateRange(edition.startDate, edition.endDate, lang),
      venue: (en ? (edition.venueEn ?? edition.venueZh) : edition.venueZh) ?? (en ? edition.cityEn : edition.cityZh),
      code: registration.code,
      ticketUrl: await this.credentials.ticketUrl(registration, lang),
      sessions: items.map(({ seat, session }) => ({
        time: formatTimeRange(session.startsAt, session.endsAt, edition.timeZone, lang),
        title: en ? (session.titleEn ?? session.titleZh) : session.titleZh,
        room: en ? (session.roomNameEn ?? session.roomNameZh) : session.roomNameZh,
        status: session.status === 'cancelled' ? words.sessionCancelled : words[seat.status],
      })),
      labels: TICKET_LABELS[lang],
      issuedAt: registration.updatedAt,
    });
    const lastModified = new Date(Math.max(registration.updatedAt.getTime(), ...items.map((i) => i.seat.updatedAt.getTime())));
    return renderedDocument(body, lastModified, this.ticketExporter.mediaType, `ticket-${registration.code}.pdf`);
  }

  /**
   * The registration the token proves (404 otherwise), with its sessions as the latest release shows
   * them: the read-only ticket token that calendar and ticket links carry, or the owner's own.
   */
  private async owned(code: string, token: string | undefined): Promise<AttendeeAgenda & { registration: Registration }> {
    const manager = this.transactions.none;
    const registration = await this.access.ticketHolder(manager, code, token);
    return { registration, ...(await this.agendas.of(manager, registration)) };
  }
}
