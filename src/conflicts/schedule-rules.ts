import { LocalText, named } from '../common/i18n/local-text';
import { localDay } from '../common/zoned-input';
import type { Edition } from '../editions/edition.store';
import type { Room } from '../rooms/room.store';
import type { Session } from '../sessions/session.store';
import { CONFLICT_MESSAGES } from './conflict-messages';
import { ConflictDto } from './dto/conflict.dto';

/**
 * The schedule's rules as pure functions of the rows they judge: no database here, so each
 * rule can be checked alone. ScheduleConflicts gathers the rows and calls these.
 */

export interface Timed {
  id: number;
  startsAt: Date;
  endsAt: Date;
}

/** What the rules read of a session: its times, room, seats, kind and, for messages, title and edition. */
export type ScheduledSession = Pick<Session, 'id' | 'editionId' | 'titleZh' | 'kind' | 'startsAt' | 'endsAt' | 'roomId' | 'capacity' | 'status'> & {
  titleEn?: string | null;
  room?: RoomFacts | null;
};
export type RoomFacts = Pick<Room, 'id' | 'nameZh' | 'capacity'> & { nameEn?: string | null };
export type EditionDays = Pick<Edition, 'startDate' | 'endDate' | 'timeZone'>;
/** The other session of a conflict; its edition, when loaded, is named if it is not the same. */
type OtherSession = Pick<Session, 'id' | 'titleZh' | 'editionId' | 'roomId'> & {
  titleEn?: string | null;
  edition?: Pick<Edition, 'titleZh' | 'titleEn'> | null;
};

/** Who a warning names: a person with their organization, or an organization. */
export interface SpeakerNames {
  nameZh: string;
  nameEn?: string | null;
  affiliationZh?: string | null;
  affiliationEn?: string | null;
  organization?: OrganizationNames | null;
}
export interface OrganizationNames {
  nameZh: string;
  nameEn?: string | null;
}

/** A speaker's appearance in a scheduled session; a host organization's sub-forum. */
export interface Appearance<S extends Timed = ScheduledSession & Timed> {
  speakerId: number;
  speaker: SpeakerNames;
  session: S;
}
export interface Hosting<S extends Timed = ScheduledSession & Timed> {
  organizationId: number;
  organization: OrganizationNames;
  session: S;
}

/** A title or name as messages quote it: 「开幕式」 in Chinese, “Opening ceremony” in English (its Chinese when it has no English). */
function quote(zh: string, en?: string | null): LocalText {
  const name = named(zh, en);
  return new LocalText(`「${name.zh}」`, `“${name.en}”`);
}

/** 赵晖（中国网络社会组织联合会）: the person, and the body they come from when known. */
export function speakerName(speaker: SpeakerNames): LocalText {
  const person = named(speaker.nameZh, speaker.nameEn);
  const from = speaker.organization ? named(speaker.organization.nameZh, speaker.organization.nameEn) : speaker.affiliationZh ? named(speaker.affiliationZh, speaker.affiliationEn) : null;
  return from ? CONFLICT_MESSAGES.withOrganization({ person, organization: from }) : person;
}

/** ", 2019中国网络诚信大会" when the other session is in another edition than the one judged. */
function otherEdition(other: OtherSession, editionId: number | undefined): LocalText | string {
  if (!other.edition || editionId === undefined || other.editionId === editionId) return '';
  return CONFLICT_MESSAGES.inEdition({ edition: quote(other.edition.titleZh, other.edition.titleEn) });
}

/**
 * More seats offered than the room has (either unknown: no rule). `taken`: the seats already
 * taken in the session; a capacity at or below them offers nobody a new seat, so lowering a
 * capacity to what is taken is never refused, even in a room that has fewer.
 */
export function capacityAboveRoom(sessionId: number, capacity: number | null, room: RoomFacts | null | undefined, taken = 0): ConflictDto | null {
  if (!room || capacity === null || room.capacity === null || capacity <= room.capacity || capacity <= taken) return null;
  return {
    severity: 'error',
    code: 'capacity_above_room',
    sessionId,
    roomId: room.id,
    message: CONFLICT_MESSAGES.capacityAboveRoom({ capacity, seats: room.capacity, room: quote(room.nameZh, room.nameEn), most: Math.max(room.capacity, taken) }),
  };
}

export function endsBeforeStart(sessionId: number, s: { startsAt: Date; endsAt: Date }): ConflictDto | null {
  if (s.endsAt.getTime() > s.startsAt.getTime()) return null;
  return { severity: 'error', code: 'ends_before_start', sessionId, message: CONFLICT_MESSAGES.endsBeforeStart() };
}

/** A session on a day, in the edition's own zone, outside the edition's days. */
export function outsideEdition(sessionId: number, s: { startsAt: Date; endsAt: Date }, edition: EditionDays): ConflictDto | null {
  // Days still to be announced: no time can fall inside them, so a timed session waits for them.
  if (edition.startDate === null || edition.endDate === null) {
    return { severity: 'error', code: 'outside_edition_dates', sessionId, message: CONFLICT_MESSAGES.datesToBeAnnounced() };
  }
  const firstDay = localDay(s.startsAt, edition.timeZone);
  // A session ending at midnight ends on the day before.
  const lastDay = localDay(new Date(s.endsAt.getTime() - 1), edition.timeZone);
  if (firstDay >= edition.startDate && lastDay <= edition.endDate) return null;
  return {
    severity: 'error',
    code: 'outside_edition_dates',
    sessionId,
    message: CONFLICT_MESSAGES.outsideEdition({
      days: lastDay !== firstDay ? CONFLICT_MESSAGES.dayRange({ first: firstDay, last: lastDay }) : firstDay,
      startDate: edition.startDate,
      endDate: edition.endDate,
      timeZone: edition.timeZone,
    }),
  };
}

export function roomOverlap(sessionId: number, other: OtherSession, room: RoomFacts | null | undefined): ConflictDto {
  return {
    severity: 'error',
    code: 'room_overlap',
    sessionId,
    otherSessionId: other.id,
    otherSessionTitle: other.titleZh,
    roomId: other.roomId ?? undefined,
    message: CONFLICT_MESSAGES.roomOverlap({ session: quote(other.titleZh, other.titleEn), id: other.id, room: room ? quote(room.nameZh, room.nameEn) : '' }),
  };
}

/** `editionId`: the edition of the session judged, so that another edition's session says which. */
export function speakerOverlap(sessionId: number, other: OtherSession, speakerId: number, speaker: SpeakerNames, editionId?: number): ConflictDto {
  return {
    severity: 'warning',
    code: 'speaker_overlap',
    sessionId,
    otherSessionId: other.id,
    otherSessionTitle: other.titleZh,
    otherEditionId: other.editionId,
    speakerId,
    message: CONFLICT_MESSAGES.speakerOverlap({ speaker: speakerName(speaker), session: quote(other.titleZh, other.titleEn), id: other.id, edition: otherEdition(other, editionId) }),
  };
}

export function hostOverlap(sessionId: number, other: OtherSession, organizationId: number, organization: OrganizationNames, editionId?: number): ConflictDto {
  return {
    severity: 'warning',
    code: 'host_overlap',
    sessionId,
    otherSessionId: other.id,
    otherSessionTitle: other.titleZh,
    otherEditionId: other.editionId,
    organizationId,
    message: CONFLICT_MESSAGES.hostOverlap({ organization: named(organization.nameZh, organization.nameEn), session: quote(other.titleZh, other.titleEn), id: other.id, edition: otherEdition(other, editionId) }),
  };
}

/** Whether a session takes part in the time rules: scheduled, with a start and an end. */
export function isTimed<S extends ScheduledSession>(s: S): s is S & Timed {
  return !!s.startsAt && !!s.endsAt && s.status === 'scheduled';
}

/** The rows whose session takes part in the time rules, typed as such. */
export function withTimedSession<R extends { session: ScheduledSession }>(rows: R[]): (R & { session: R['session'] & Timed })[] {
  return rows.filter((r): r is R & { session: R['session'] & Timed } => isTimed(r.session));
}

/** The errors of an edition's sessions among themselves: seats, times, days and rooms. `taken`: seats taken by session id. */
export function editionErrors(sessions: ScheduledSession[], edition: EditionDays, taken: ReadonlyMap<number, number> = new Map()): ConflictDto[] {
  const errors: ConflictDto[] = [];
  for (const s of sessions) {
    const capacity = capacityAboveRoom(s.id, s.capacity, s.room, taken.get(s.id));
    if (capacity) errors.push(capacity);
  }
  const timed = sessions.filter(isTimed);
  for (const s of timed) {
    const order = endsBeforeStart(s.id, s);
    if (order) errors.push(order);
    const outside = outsideEdition(s.id, s, edition);
    if (outside) errors.push(outside);
  }
  const byRoom = groupBy(timed.filter((s) => s.roomId !== null), (s) => s.roomId!);
  for (const list of byRoom.values()) {
    for (const [a, b] of overlappingPairs(list)) errors.push(roomOverlap(a.id, b, a.room));
  }
  return errors;
}

/**
 * Warnings about the sessions in `mine`: a speaker, or a body hosting sub-forums, due in two
 * sessions at once. The appearances and hostings may reach into other editions.
 */
export function overlapWarnings<S extends OtherSession & Timed>(mine: Set<number>, appearances: Appearance<S>[], hostings: Hosting<S>[]): ConflictDto[] {
  const warnings: ConflictDto[] = [];
  for (const [speakerId, rows] of groupBy(appearances, (r) => r.speakerId)) {
    const speaker = rows[0].speaker;
    for (const [a, b] of overlappingPairs(rows.map((r) => r.session))) {
      if (mine.has(a.id)) warnings.push(speakerOverlap(a.id, b, speakerId, speaker, a.editionId));
      if (mine.has(b.id)) warnings.push(speakerOverlap(b.id, a, speakerId, speaker, b.editionId));
    }
  }
  for (const [organizationId, rows] of groupBy(hostings, (r) => r.organizationId)) {
    const organization = rows[0].organization;
    for (const [a, b] of overlappingPairs(rows.map((r) => r.session))) {
      if (mine.has(a.id)) warnings.push(hostOverlap(a.id, b, organizationId, organization, a.editionId));
      if (mine.has(b.id)) warnings.push(hostOverlap(b.id, a, organizationId, organization, b.editionId));
    }
  }
  return warnings;
}

/** The smallest window holding every one of these sessions. */
export function spanOf(sessions: Timed[]): { startsAt: Date; endsAt: Date } {
  return {
    startsAt: new Date(Math.min(...sessions.map((s) => s.startsAt.getTime()))),
    endsAt: new Date(Math.max(...sessions.map((s) => s.endsAt.getTime()))),
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** Every pair of distinct items whose [start, end) intervals overlap, by a sweep over start times. */
export function overlappingPairs<T extends Timed>(items: T[]): [T, T][] {
  const unique = [...new Map(items.map((i) => [i.id, i])).values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const pairs: [T, T][] = [];
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length && unique[j].startsAt < unique[i].endsAt; j++) {
      if (unique[j].endsAt > unique[i].startsAt) pairs.push([unique[i], unique[j]]);
    }
  }
  return pairs;
}
