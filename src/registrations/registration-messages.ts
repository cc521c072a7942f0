import { DateTime } from 'luxon';
import type { Edition } from '../editions/edition.store';
import { attendee, attendeeParams, placeName } from '../notifications/attendee-recipient';
import type { Notification } from '../notifications/notification';
import type { Language } from '../notifications/templates/template';
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

/** The organizers cancelled the registration: the attendee is told, with the reason they gave. */
export function organizerCancellationMessage(registration: Registration, edition: Edition, reason: string): Notification<'cancellation'> {
  return {
    kind: 'cancellation',
    dedupeKey: `cancellation:${registration.id}`,
    registrationId: registration.id,
    recipient: attendee(registration),
    template: 'cancellation',
    params: { ...attendeeParams(registration, edition), reason },
  };
}

/**
 * The personal links of a person's registrations for one edition, sent again on request. Each
 * request is its own message (the rate limit bounds them), on the channel the person asked by.
 */
export function registrationLinksMessage(
  registrations: { registration: Registration; manageUrl: string }[],
  edition: Edition,
  language: Language,
  requestedAt: Date,
): Notification<'registration_links'> {
  const [first] = registrations;
  return {
    kind: 'link_resend',
    dedupeKey: `link_resend:${first.registration.id}:${requestedAt.getTime()}`,
    registrationId: first.registration.id,
    recipient: { ...attendee(first.registration), language },
    template: 'registration_links',
    params: {
      name: first.registration.name,
      editionTitle: { zh: edition.titleZh, en: edition.titleEn },
      registrations: registrations.map(({ registration, manageUrl }) => ({ code: registration.code, status: registration.status, manageUrl })),
    },
  };
}

/**
 * Asks the address's owner to confirm (editions that confirm by e-mail): the seats are held until
 * `confirmBy`. Each request is its own message (registering again sends a new one; the per-mailbox
 * limits bound them).
 */
export function confirmationRequestMessage(
  registration: Registration,
  edition: Edition,
  sessionLines: string[],
  confirmUrl: string,
  requestedAt: Date,
): Notification<'confirmation_request'> {
  const confirmBy = DateTime.fromJSDate(registration.confirmBy ?? requestedAt, { zone: edition.timeZone }).toFormat('yyyy-MM-dd HH:mm');
  return {
    kind: 'confirmation_request',
    dedupeKey: `confirmation_request:${registration.id}:${requestedAt.getTime()}`,
    registrationId: registration.id,
    recipient: attendee(registration),
    template: 'confirmation_request',
    params: { ...attendeeParams(registration, edition), sessionLines, confirmUrl, confirmBy, timeZone: edition.timeZone },
  };
}
