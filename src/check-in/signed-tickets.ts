import { Injectable } from '@nestjs/common';
import { CredentialsService, Holding } from '../credentials/credentials.service';
import { TicketCodes } from '../credentials/ticket-codes';
import type { Registration } from '../registrations/registration.store';
import { RegistrationStore } from '../registrations/registration.store';
import { Tickets, TicketView } from '../registrations/tickets';

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
  ) {}

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
