import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Edition } from '../editions/edition.store';
import { attendee, attendeeParams, placeName } from '../notifications/attendee-recipient';
import type { Notification } from '../notifications/notification';
import { OutboxStore } from '../notifications/outbox.store';
import type { Registration } from '../registrations/registration.store';
import { SeatStore } from '../seats/seat.store';
import type { ProgramRelease } from './entities/program-release.entity';
import { ReleasedSession, SessionChange } from './entities/released-session.entity';

/** What attendees must hear about: their session moved, was cancelled or came back. */
const ANNOUNCED: SessionChange[] = ['moved', 'cancelled', 'restored'];

/**
 * Tells every attendee holding a place (seat or waitlist) in a session that a release moved,
 * cancelled or restored it; written in the release's own transaction, so a published change
 * is always announced and an unpublished one never is.
 */
@Injectable()
export class ReleaseAnnouncements {
  constructor(
    private readonly outbox: OutboxStore,
    private readonly seats: SeatStore,
  ) {}

  async announce(manager: EntityManager, edition: Edition, release: ProgramRelease): Promise<number> {
    const changed = (await manager.find(ReleasedSession, { where: { releaseId: release.id } })).filter((s) => s.changes.some((c) => ANNOUNCED.includes(c)));
    if (changed.length === 0) return 0;
    const places = await this.seats.placesOfAttendeesComing(changed.map((s) => s.sessionId), manager);
    let sent = 0;
    for (const { registration, sessionId } of places) {
      const session = changed.find((s) => s.sessionId === sessionId)!;
      await this.outbox.enqueue(manager, sessionChangedMessage(registration, edition, release, session));
      sent++;
    }
    return sent;
  }
}

/** The message of one changed session to one attendee; its words are the `session_changed` template. */
export function sessionChangedMessage(registration: Registration, edition: Edition, release: ProgramRelease, session: ReleasedSession): Notification<'session_changed'> {
  return {
    kind: 'session_changed',
    dedupeKey: `session_changed:${release.id}:${session.sessionId}:${registration.id}`,
    registrationId: registration.id,
    recipient: attendee(registration),
    template: 'session_changed',
    params: {
      ...attendeeParams(registration, edition),
      sessionTitle: { zh: session.titleZh, en: session.titleEn },
      cancelled: session.status === 'cancelled',
      startsAt: session.startsAt?.toISOString() ?? null,
      timeZone: edition.timeZone,
      room: placeName(session.roomNameZh, session.roomNameEn),
      version: release.version,
    },
  };
}
