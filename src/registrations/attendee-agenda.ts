import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Edition } from '../editions/entities/edition.entity';
import { ProgramRelease } from '../releases/entities/program-release.entity';
import { ReleasedSession } from '../releases/entities/released-session.entity';
import type { Registration } from './entities/registration.entity';
import { SessionSeat } from './entities/session-seat.entity';
import { latestRelease } from '../releases/latest-release';

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
  async of(manager: EntityManager, registration: Registration): Promise<AttendeeAgenda> {
    const edition = await manager.findOneOrFail(Edition, { where: { id: registration.editionId }, relations: { brand: true } });
    const release = await latestRelease(manager, edition.id);
    const seats = await manager.find(SessionSeat, { where: { registrationId: registration.id }, order: { sessionId: 'ASC' } });
    if (!release || seats.length === 0) return { edition, release, items: [] };
    const sessions = new Map(
      (await manager.find(ReleasedSession, { where: { releaseId: release.id, sessionId: In(seats.map((s) => s.sessionId)) } })).map((s) => [s.sessionId, s]),
    );
    const items = seats.filter((seat) => sessions.has(seat.sessionId)).map((seat) => ({ seat, session: sessions.get(seat.sessionId)! }));
    items.sort((a, b) => (a.session.startsAt?.getTime() ?? Infinity) - (b.session.startsAt?.getTime() ?? Infinity) || a.session.sessionId - b.session.sessionId);
    return { edition, release, items };
  }
}
