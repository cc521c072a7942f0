import type { Edition } from '../editions/entities/edition.entity';
import { attendee, attendeeParams, placeName } from '../notifications/attendee-recipient';
import type { Notification } from '../notifications/notification';
import type { Registration } from './entities/registration.entity';

/**
 * What attendees are sent about their registration, as channel-neutral messages; the words are
 * the templates of src/notifications/templates, rendered when sent.
 */

/** The lines come from the registration, in the order the sessions take place; the attendee's page shows the seats. */
export function confirmationMessage(registration: Registration, edition: Edition, sessionLines: string[], manageUrl: string): Notification<'confirmation'> {
  return {
    kind: 'confirmation',
    dedupeKey: `confirmation:${registration.id}`,
    registrationId: registration.id,
    recipient: attendee(registration),
    template: 'confirmation',
    params: {
      ...attendeeParams(registration, edition),
      pending: registration.status === 'pending',
      startDate: edition.startDate,
      city: placeName(edition.cityZh, edition.cityEn),
      sessionLines,
      manageUrl,
    },
  };
}

/** One message per promotion: a seat given up and won again later is announced again. */
export function promotionMessage(registration: Registration, edition: Edition, sessionTitle: string, seatId: number, promotedAt: Date): Notification<'promotion'> {
  return {
    kind: 'waitlist_promotion',
    dedupeKey: `promotion:${seatId}:${promotedAt.getTime()}`,
    registrationId: registration.id,
    recipient: attendee(registration),
    template: 'promotion',
    params: { ...attendeeParams(registration, edition), sessionTitle: { zh: sessionTitle, en: null } },
  };
}

export function decisionMessage(registration: Registration, edition: Edition, approved: boolean): Notification<'decision'> {
  return {
    kind: approved ? 'approval' : 'rejection',
    dedupeKey: `${approved ? 'approval' : 'rejection'}:${registration.id}`,
    registrationId: registration.id,
    recipient: attendee(registration),
    template: 'decision',
    params: { ...attendeeParams(registration, edition), approved },
  };
}
