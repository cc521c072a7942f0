import { Injectable } from '@nestjs/common';
import { CredentialsService, Holding } from '../credentials/credentials.service';
import { TicketCodes } from '../credentials/ticket-codes';
import type { Registration } from '../registrations/registration.store';
import { RegistrationStore } from '../registrations/registration.store';
import { Tickets, TicketView } from '../registrations/tickets';
import { toZonedIso } from '../common/zoned-dates';
import { EditionStore } from '../editions/edition.store';
import { SessionStore } from '../sessions/session.store';

export interface SignedTicket {
  registration: Registration;
  view: TicketView;
  holding: Holding;
  /** False for a code printed before the badge was reprinted: it admits nobody any more. */
  current: boolean;
}

/** The ticket a signed code names, for its page: anyone holding the printed code may see it. */
@Injectable()
export class SignedTickets {
  constructor(
    private readonly codes: TicketCodes,
    private readonly registrations: RegistrationStore,
    private readonly tickets: Tickets,
    private readonly credentials: CredentialsService,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
  ) {}

  /**
   * A guest's code (on the guest's badge): the same page, with the guest's name, credential and
   * the sessions the guest is invited to. Valid unless the guest declined or the edition was cancelled.
   */
  async findGuest(code: string): Promise<(Omit<SignedTicket, 'registration'> & { editionId: number }) | null> {
    const found = await this.credentials.guestOfCode(code);
    if (!found) return null;
    const { guest, holding, invited, current } = found;
    const edition = await this.editions.require(guest.editionId);
    const declined = guest.reply === 'declined';
    const validity = edition.status === 'cancelled' ? 'editionCancelled' : declined ? 'cancelled' : 'valid';
    const sessions = invited.length ? (await this.sessions.findMany(invited)).filter((s) => s.editionId === guest.editionId) : [];
    sessions.sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) || a.id - b.id);
    const zoned = (instant: Date | null) => (instant ? toZonedIso(instant, edition.timeZone) : null);
    const view: TicketView = {
      code: guest.code,
      name: guest.name,
      status: declined ? 'cancelled' : 'confirmed',
      validity,
      checkedInAt: null,
      edition,
      sessions: sessions.map((session) => ({
        sessionId: session.id,
        title: session.titleZh,
        titleEn: session.titleEn,
        startsAt: zoned(session.startsAt),
        endsAt: zoned(session.endsAt),
        day: session.startsAt ? toZonedIso(session.startsAt, edition.timeZone).slice(0, 10) : null,
        room: null,
        roomEn: null,
        seat: 'confirmed',
        session: session.status,
        admits: validity === 'valid' && session.status !== 'cancelled',
      })),
    };
    return { view, holding, current, editionId: guest.editionId };
  }

  /** Null for a code that is not genuine or names nobody (anonymised after the edition, say). */
  async find(code: string): Promise<SignedTicket | null> {
    const claims = await this.codes.verify(code);
    if (!claims) return null;
    const registration = await this.registrations.byId(claims.registrationId);
    if (!registration || registration.anonymizedAt || registration.editionId !== claims.editionId) return null;
    const holding = await this.credentials.holding(registration);
    return { registration, view: await this.tickets.viewOf(registration), holding, current: claims.generation >= holding.generation };
  }
}
