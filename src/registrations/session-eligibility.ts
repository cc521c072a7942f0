import { UnprocessableEntityException } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Edition } from '../editions/edition.store';
import type { ReleasedSession } from '../releases/release.store';
import type { Session } from '../sessions/session.store';
import { joined, type LocalText } from '../common/i18n/local-text';
import { instantText } from '../common/i18n/instant-text';
import { REGISTRATION_REFUSALS } from './registration-refusals';

/** Why one cannot register: `reason` for the pages to word in the reader's language, `detail` as the API answers it. */
export interface Refusal {
  reason: 'editionCancelled' | 'datesToBeAnnounced' | 'ended' | 'unannounced' | 'notYetOpen' | 'closed' | 'unknown' | 'otherEdition' | 'unpublished' | 'cancelled' | 'inviteOnly';
  /** When the window opens or closed, for `notYetOpen` and `closed`. */
  at?: Date;
  detail: LocalText;
}

export interface Eligibility {
  /** Why the edition refuses every registration (cancelled, over, program not out, its own window), if it does. */
  edition: Refusal | null;
  /** Session id → why it cannot be chosen; a session not named here can. */
  sessions: Map<number, Refusal>;
  /** The sessions as the edition's latest release froze them. */
  published: Map<number, ReleasedSession>;
}

/**
 * The guest list's say (guests module): which of the asked sessions are invite-only, and which
 * of them the person registering (by e-mail or phone) is invited to.
 */
export interface InvitationGate {
  inviteOnly: ReadonlySet<number>;
  invited: ReadonlySet<number>;
}

/**
 * Whether the edition takes registrations at all, first reason first: it is cancelled, its last
 * day (in its own zone) is over, no program has been published yet, or its own registration
 * window is shut. The form, the pages' register buttons and the API all ask this one question.
 */
export function judgeEdition(edition: Edition, announced: boolean, now: Date): Refusal | null {
  if (edition.status === 'cancelled') return { reason: 'editionCancelled', detail: REGISTRATION_REFUSALS.editionCancelled() };
  // No days yet, nothing to attend: registration waits for the dates.
  if (edition.endDate === null) return { reason: 'datesToBeAnnounced', detail: REGISTRATION_REFUSALS.datesToBeAnnounced() };
  const today = DateTime.fromJSDate(now, { zone: edition.timeZone }).toISODate()!;
  if (edition.endDate < today) return { reason: 'ended', detail: REGISTRATION_REFUSALS.editionEnded({ endDate: edition.endDate }) };
  if (!announced) return { reason: 'unannounced', detail: REGISTRATION_REFUSALS.unannounced() };
  return editionWindowRefusal(edition, now);
}

/**
 * The rule, with nothing to look up: which of these sessions one may register for now (not
 * unknown, of another edition, missing from the published program, cancelled, outside their
 * registration window, or invite-only for someone not invited: `gate`), and whether the edition takes registrations at all (`judgeEdition`;
 * `announced`: it has a published release). The API and the pages both judge by it: the API
 * refuses with `assertEligible`, the pages word each refusal.
 */
export function judgeEligibility(
  edition: Edition,
  sessionIds: number[],
  live: ReadonlyMap<number, Session>,
  published: Map<number, ReleasedSession>,
  now: Date,
  announced: boolean,
  gate?: InvitationGate,
): Eligibility {
  const refusals = new Map<number, Refusal>();
  for (const id of sessionIds) {
    const refusal = refusalOf(id, edition, live.get(id), published.get(id), now) ?? (gate?.inviteOnly.has(id) && !gate.invited.has(id) ? { reason: 'inviteOnly' as const, detail: REGISTRATION_REFUSALS.inviteOnly({ id }) } : null);
    if (refusal) refusals.set(id, refusal);
  }
  return { edition: judgeEdition(edition, announced, now), sessions: refusals, published };
}

/** Why the edition's own registration window refuses every registration now; null while it is open. */
export function editionWindowRefusal(edition: Pick<Edition, 'registrationOpensAt' | 'registrationClosesAt' | 'timeZone'>, now: Date): Refusal | null {
  if (edition.registrationClosesAt && now >= edition.registrationClosesAt) {
    return { reason: 'closed', at: edition.registrationClosesAt, detail: REGISTRATION_REFUSALS.editionClosed({ at: instantText(edition.registrationClosesAt, edition.timeZone) }) };
  }
  if (edition.registrationOpensAt && now < edition.registrationOpensAt) {
    return { reason: 'notYetOpen', at: edition.registrationOpensAt, detail: REGISTRATION_REFUSALS.editionOpens({ at: instantText(edition.registrationOpensAt, edition.timeZone) }) };
  }
  return null;
}

/** The field error of a registration that names no session where its edition has sessions to choose. */
export const NO_SESSION_CHOSEN = REGISTRATION_REFUSALS.noSessionChosen();

/**
 * Whether a published session is one to register for: not a break, not cancelled. The form
 * offers these; an edition whose program has none is registered for as a whole.
 */
export function takesRegistrations(session: Pick<ReleasedSession, 'kind' | 'status'>): boolean {
  return session.kind !== 'break' && session.status !== 'cancelled';
}

function refusalOf(id: number, edition: Edition, session: Session | undefined, frozen: ReleasedSession | undefined, now: Date): Refusal | null {
  if (!session) return { reason: 'unknown', detail: REGISTRATION_REFUSALS.unknownSession({ id }) };
  if (session.editionId !== edition.id) return { reason: 'otherEdition', detail: REGISTRATION_REFUSALS.otherEdition({ id }) };
  if (!frozen) return { reason: 'unpublished', detail: REGISTRATION_REFUSALS.unpublished({ id }) };
  if (frozen.status === 'cancelled' || session.status === 'cancelled') return { reason: 'cancelled', detail: REGISTRATION_REFUSALS.cancelled({ id }) };
  if (session.registrationOpensAt && now < session.registrationOpensAt) {
    return { reason: 'notYetOpen', at: session.registrationOpensAt, detail: REGISTRATION_REFUSALS.sessionOpens({ id, at: instantText(session.registrationOpensAt, edition.timeZone) }) };
  }
  if (session.registrationClosesAt && now >= session.registrationClosesAt) {
    return { reason: 'closed', at: session.registrationClosesAt, detail: REGISTRATION_REFUSALS.sessionClosed({ id, at: instantText(session.registrationClosesAt, edition.timeZone) }) };
  }
  return null;
}

/** 422 naming each bad entry of sessionIds (and `registration` for the edition's own window). */
export function assertEligible(eligibility: Eligibility, sessionIds: number[]): void {
  const errors: Record<string, LocalText> = {};
  if (eligibility.edition) errors.registration = eligibility.edition.detail;
  sessionIds.forEach((id, index) => {
    const refusal = eligibility.sessions.get(id);
    if (refusal) errors[`sessionIds[${index}]`] = refusal.detail;
  });
  if (Object.keys(errors).length > 0) {
    throw new UnprocessableEntityException({ message: REGISTRATION_REFUSALS.cannotRegister({ details: joined(Object.values(errors), { zh: '；', en: '; ' }) }), errors });
  }
}
