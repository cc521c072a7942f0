import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import type { Edition } from '../editions/edition.store';
import type { ProgramRelease } from '../releases/release.store';
import type { ReleasedSession } from '../releases/release.store';
import { ReleaseStore } from '../releases/release.store';
import type { SessionSeat } from '../seats/seat.store';
import { SeatStore } from '../seats/seat.store';
import type { Registration } from './entities/registration.entity';
import { inProgramOrder } from './session-order';

export interface AgendaItem {
  seat: SessionSeat;
  session: ReleasedSession;
}

export interface AttendeeAgenda {
  edition: Edition;
  release: ProgramRelease | null;
  items: AgendaItem[];
}

/** An attendee's sessions as the latest release publishes them, with the attendee's place in each. */
@Injectable()
export class AttendeeAgendas {
  constructor(
    private readonly editions: EditionStore,
    private readonly releases: ReleaseStore,
    private readonly seats: SeatStore,
  ) {}

  async of(tx: Tx, registration: Registration): Promise<AttendeeAgenda> {
    const edition = await this.editions.withBrand(registration.editionId, tx);
    const release = await this.releases.latestRelease(edition.id, tx);
    const seats = await this.seats.seatsOf([registration.id], tx);
    if (!release || seats.length === 0) return { edition, release, items: [] };
    const sessions = new Map((await this.releases.sessionsAmong(release.id, seats.map((s) => s.sessionId), tx)).map((s) => [s.sessionId, s]));
    const items = seats.filter((seat) => sessions.has(seat.sessionId)).map((seat) => ({ seat, session: sessions.get(seat.sessionId)! }));
    items.sort((a, b) => inProgramOrder(a.session, b.session));
    return { edition, release, items };
  }
}
