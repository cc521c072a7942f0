import type { Edition } from '../editions/edition.store';
import { attendee, attendeeParams, placeName } from '../notifications/attendee-recipient';
import type { Notification } from '../notifications/notification';
import type { Registration } from '../registrations/registration.store';
import type { SessionWithRoom } from '../sessions/session.store';

/** The reminder an attendee gets the day before an edition opens; its words are the `reminder` template. */
/** Only for an edition whose first day is known (there is no day before one that is not). */
export function reminderMessage(registration: Registration, edition: Edition & { startDate: string }, sessions: SessionWithRoom[]): Notification<'reminder'> {
  return {
    kind: 'reminder',
    dedupeKey: `reminder:${registration.id}:${edition.id}`,
    registrationId: registration.id,
    recipient: attendee(registration),
    template: 'reminder',
    params: {
      ...attendeeParams(registration, edition),
      startDate: edition.startDate,
      timeZone: edition.timeZone,
      city: placeName(edition.cityZh, edition.cityEn),
      venue: placeName(edition.venueZh, edition.venueEn),
      sessions: sessions.map((session) => ({
        title: { zh: session.titleZh, en: session.titleEn },
        startsAt: session.startsAt?.toISOString() ?? null,
        endsAt: session.endsAt?.toISOString() ?? null,
        day: session.day,
        room: session.room ? { zh: session.room.nameZh, en: session.room.nameEn } : null,
      })),
    },
  };
}
