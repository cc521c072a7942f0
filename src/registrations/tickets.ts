import { Inject, Injectable } from '@nestjs/common';
import { toZonedIso } from '../common/zoned-dates';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.store';
import type { SeatStatus } from '../seats/seat-status';
import type { SessionStatus } from '../sessions/session-kind';
import { AttendeeAgendas } from './attendee-agenda';
import type { Registration } from './entities/registration.entity';
import { RegistrationAccess } from './registration-access';
import type { RegistrationStatus } from './registration-status';

/**
 * Whether a ticket lets its holder in: `valid` for a confirmed registration of an edition that
 * takes place; otherwise why not. Door check-in (a later step) starts from this answer.
 */
export type TicketValidity = 'valid' | 'pending' | 'rejected' | 'cancelled' | 'unconfirmed' | 'editionCancelled';

export interface TicketSessionView {
  sessionId: number;
  title: string;
  titleEn: string | null;
  /** ISO with the edition's offset; null while the session has no time. */
  startsAt: string | null;
  endsAt: string | null;
  day: string | null;
  room: string | null;
  roomEn: string | null;
  seat: SeatStatus;
  session: SessionStatus;
  /** The ticket lets its holder into this session: a confirmed seat in a session that takes place, on a valid ticket. */
  admits: boolean;
}

/** What a ticket shows: read-only, nothing personal beyond the name printed on the ticket itself. */
export interface TicketView {
  code: string;
  name: string;
  status: RegistrationStatus;
  validity: TicketValidity;
  checkedInAt: string | null;
  edition: Pick<Edition, 'slug' | 'titleZh' | 'titleEn' | 'startDate' | 'endDate' | 'venueZh' | 'venueEn' | 'cityZh' | 'cityEn' | 'timeZone'>;
  sessions: TicketSessionView[];
}

/**
 * The ticket as a page: what the QR code of the printed ticket opens, with the ticket token (see
 * RegistrationAccess), which shows it and grants nothing else. The one place that says what a
 * ticket's QR code holds, so signed codes for door check-in can replace the payload here.
 */
@Injectable()
export class Tickets {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly access: RegistrationAccess,
    private readonly agendas: AttendeeAgendas,
  ) {}

  /** The ticket page's address with the ticket token: what the QR code encodes. An English ticket opens the English page. */
  async pageUrl(registration: Pick<Registration, 'id' | 'code'>, lang: 'zh' | 'en' = 'zh'): Promise<string> {
    const url = new URL(`/t/${encodeURIComponent(registration.code)}`, this.config.publicBaseUrl);
    url.searchParams.set('token', await this.access.ticketTokenFor(registration));
    if (lang === 'en') url.searchParams.set('lang', 'en');
    return url.href;
  }

  /** The ticket page's address, for the owner of the registration (their own token proves it), to link from their pages. */
  async pageUrlForOwner(code: string, ownerToken: string | undefined): Promise<string> {
    return this.pageUrl(await this.access.ownedRegistration(this.transactions.none, code, ownerToken));
  }

  /** The ticket, for its ticket token or its owner's token; the same 404 as the registration's for anything else. */
  async view(code: string, token: string | undefined): Promise<TicketView> {
    return this.viewOf(await this.access.ticketHolder(this.transactions.none, code, token));
  }

  /** The ticket of a registration whose holder proved it another way (a signed ticket code). */
  async viewOf(registration: Registration): Promise<TicketView> {
    const manager = this.transactions.none;
    const { edition, items } = await this.agendas.of(manager, registration);
    const validity = validityOf(registration.status, edition);
    const zoned = (instant: Date | null) => (instant ? toZonedIso(instant, edition.timeZone) : null);
    return {
      code: registration.code,
      name: registration.name,
      status: registration.status,
      validity,
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      edition,
      sessions: items.map(({ seat, session }) => ({
        sessionId: session.sessionId,
        title: session.titleZh,
        titleEn: session.titleEn,
        startsAt: zoned(session.startsAt),
        endsAt: zoned(session.endsAt),
        day: session.day,
        room: session.roomNameZh,
        roomEn: session.roomNameEn,
        seat: seat.status,
        session: session.status,
        admits: validity === 'valid' && seat.status === 'confirmed' && session.status !== 'cancelled',
      })),
    };
  }
}

function validityOf(status: RegistrationStatus, edition: Pick<Edition, 'status'>): TicketValidity {
  if (edition.status === 'cancelled') return 'editionCancelled';
  return status === 'confirmed' ? 'valid' : status;
}
