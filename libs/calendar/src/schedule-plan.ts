import type { ScheduleConference, ScheduleSession } from './conference-schedule';
import {
  MAX_DURATION_MINUTES,
  assertZone,
  clockTime,
  localDate,
  localDateTime,
  startOfLocalDay,
  zonedInstant,
} from './schedule-clock';
import { checkedGuid, checkedId, httpUrl, scheduleAcronym, sessionSlug } from './schedule-identifiers';
import { scheduleUuid } from './name-based-uuid';

/**
 * The programme as both schedule formats see it: validated, identifiers derived, times written
 * in the conference zone, sessions grouped into days and rooms. The two renderers only lay it out,
 * so schedule.xml and schedule.json cannot disagree.
 */

export const CANCELLED_PREFIX = '【已取消】';
export const ROOMLESS_ROOM = '其他';
/** Every start lands on a five-minute grid in practice; apps only use it to size rows. */
export const TIMESLOT_DURATION = '00:05';

export interface PlannedRoom {
  name: string;
  guid: string;
}

export interface PlannedPerson {
  id: number;
  guid: string;
  name: string;
}

export interface PlannedEvent {
  id: number;
  guid: string;
  slug: string;
  /** Already carries CANCELLED_PREFIX when cancelled. */
  title: string;
  subtitle: string | null;
  abstract: string | null;
  description: string | null;
  /** Local date-time with offset. */
  date: string;
  end: string;
  /** HH:MM. */
  start: string;
  durationMinutes: number;
  room: string;
  type: string;
  track: string | null;
  language: string;
  url: string;
  persons: PlannedPerson[];
  cancelled: boolean;
}

export interface PlannedDay {
  /** 1-based. */
  index: number;
  date: string;
  start: string;
  end: string;
  /** Only rooms with events that day, in conference room order. */
  rooms: { room: PlannedRoom; events: PlannedEvent[] }[];
}

export interface SchedulePlan {
  acronym: string;
  title: string;
  subtitle: string | null;
  /** Widened to cover every session, so no session falls outside the days. */
  startDate: string;
  endDate: string;
  timeZone: string;
  url: string;
  baseUrl: string;
  host: string;
  version: string;
  city: string | null;
  venue: string | null;
  rooms: PlannedRoom[];
  tracks: string[];
  days: PlannedDay[];
}

export function planSchedule(conference: ScheduleConference): SchedulePlan {
  const zone = conference.timeZone;
  assertZone(zone);
  const baseUrl = httpUrl(conference.baseUrl, 'conference baseUrl');
  const host = new URL(baseUrl).host;
  const acronym = scheduleAcronym(conference.acronym);
  const firstDay = localDate(startOfLocalDay(conference.startDate, zone, 'conference startDate'));
  const lastDay = localDate(startOfLocalDay(conference.endDate, zone, 'conference endDate'));
  if (lastDay < firstDay) throw new RangeError('conference endDate is before its startDate');

  const rooms = new RoomBook(host);
  for (const room of conference.rooms) rooms.addListed(room.id, room.name);

  for (const { id, start, end } of conference.sessions) {
    assertInstant(start, `session ${id} start`);
    assertInstant(end, `session ${id} end`);
  }
  // Sorted before anything else, so that neither the order of rooms created on the fly nor the
  // order within a room depends on the order rows came in.
  const sessions = [...conference.sessions].sort(byStartEndId);
  const events = new Map<string, PlannedEvent[]>();
  const identity = new UniqueIdentifiers();
  for (const session of sessions) {
    const { day, event } = planEvent(session, { acronym, zone, host, baseUrl, rooms });
    identity.claim(event);
    const list = events.get(day) ?? [];
    list.push(event);
    events.set(day, list);
  }

  const eventDays = [...events.keys()].sort();
  const startDate = [firstDay, ...eventDays].sort()[0];
  const endDate = [lastDay, ...eventDays].sort().at(-1)!;
  const days = planDays(startDate, endDate, zone, rooms.all(), events);

  return {
    acronym,
    title: conference.title,
    subtitle: conference.subtitle || null,
    startDate,
    endDate,
    timeZone: zone,
    url: httpUrl(conference.url, 'conference url'),
    baseUrl,
    host,
    version: conference.version,
    city: conference.city || null,
    venue: conference.venue || null,
    rooms: rooms.all(),
    tracks: tracksInOrder(days),
    days,
  };
}

interface EventContext {
  acronym: string;
  zone: string;
  host: string;
  baseUrl: string;
  rooms: RoomBook;
}

function planEvent(session: ScheduleSession, context: EventContext): { day: string; event: PlannedEvent } {
  const what = `session ${session.id}`;
  const id = checkedId(session.id, what);
  const durationMinutes = Math.round((session.end.getTime() - session.start.getTime()) / 60_000);
  if (durationMinutes < 0) throw new RangeError(`${what} ends before it starts`);
  if (durationMinutes > MAX_DURATION_MINUTES) throw new RangeError(`${what} lasts longer than 99:59`);

  const start = zonedInstant(session.start, context.zone);
  const track = session.track.trim() || null;
  const event: PlannedEvent = {
    id,
    guid: checkedGuid(session.guid, what),
    slug: sessionSlug(context.acronym, id, session.kind, session.slug),
    title: cancellable(session.title, session.cancelled),
    subtitle: session.subtitle || null,
    abstract: session.abstract || null,
    description: session.description || null,
    date: localDateTime(start),
    end: localDateTime(zonedInstant(session.end, context.zone)),
    start: clockTime(start),
    durationMinutes,
    room: context.rooms.forSession(session).name,
    type: session.kind,
    track,
    language: session.language,
    url: httpUrl(session.url, `${what} url`, context.baseUrl),
    persons: session.persons.map((person) => ({
      id: checkedId(person.id, `${what} person`),
      guid: scheduleUuid(context.host, `person/${person.id}`),
      name: person.name,
    })),
    cancelled: session.cancelled,
  };
  return { day: localDate(start), event };
}

/** Neither format has a status, so the title is the one place every app shows. */
function cancellable(title: string, cancelled: boolean): string {
  return cancelled && !title.startsWith(CANCELLED_PREFIX) ? `${CANCELLED_PREFIX}${title}` : title;
}

function planDays(
  startDate: string,
  endDate: string,
  zone: string,
  rooms: PlannedRoom[],
  events: Map<string, PlannedEvent[]>,
): PlannedDay[] {
  const days: PlannedDay[] = [];
  for (let day = startOfLocalDay(startDate, zone, 'startDate'); localDate(day) <= endDate; ) {
    // Added as a calendar day, then back to midnight: a DST day is 23 or 25 hours long.
    const next = day.plus({ days: 1 }).startOf('day');
    const dayEvents = events.get(localDate(day)) ?? [];
    days.push({
      index: days.length + 1,
      date: localDate(day),
      start: localDateTime(day),
      end: localDateTime(next),
      rooms: rooms
        .map((room) => ({ room, events: dayEvents.filter((event) => event.room === room.name) }))
        .filter(({ events: inRoom }) => inRoom.length > 0),
    });
    day = next;
  }
  return days;
}

function tracksInOrder(days: PlannedDay[]): string[] {
  const tracks = new Set<string>();
  for (const day of days) {
    for (const { events } of day.rooms) {
      for (const { track } of events) if (track) tracks.add(track);
    }
  }
  return [...tracks];
}

/**
 * Rooms by display name, which both formats use as the key (schedule.json even as an object key),
 * so names are made unique. Listed rooms come first in their order; rooms only named by sessions
 * follow as they are met.
 */
class RoomBook {
  private readonly byId = new Map<number, PlannedRoom>();
  private readonly byName = new Map<string, PlannedRoom>();

  constructor(private readonly host: string) {}

  addListed(id: number, name: string): void {
    checkedId(id, 'room');
    if (this.byId.has(id)) throw new RangeError(`Duplicate room id ${id}`);
    let unique = name;
    while (this.byName.has(unique)) unique = `${unique} #${id}`;
    const room = { name: unique, guid: scheduleUuid(this.host, `room/${id}`) };
    this.byId.set(id, room);
    this.byName.set(unique, room);
  }

  forSession(session: ScheduleSession): PlannedRoom {
    const listed = session.roomId === null ? undefined : this.byId.get(session.roomId);
    if (listed) return listed;
    const name = session.roomName?.trim() || ROOMLESS_ROOM;
    let room = this.byName.get(name);
    if (!room) {
      room = { name, guid: scheduleUuid(this.host, `room-name/${name}`) };
      this.byName.set(name, room);
    }
    return room;
  }

  all(): PlannedRoom[] {
    return [...this.byName.values()];
  }
}

/** The schedule.xml schema enforces these; checking first gives an error naming the session. */
class UniqueIdentifiers {
  private readonly ids = new Set<number>();
  private readonly guids = new Set<string>();
  private readonly slugs = new Set<string>();

  claim(event: PlannedEvent): void {
    claimOnce(this.ids, event.id, 'session id');
    claimOnce(this.guids, event.guid, 'session guid');
    claimOnce(this.slugs, event.slug, 'session slug');
  }
}

function claimOnce<T>(seen: Set<T>, value: T, what: string): void {
  if (seen.has(value)) throw new RangeError(`Duplicate ${what} ${String(value)}`);
  seen.add(value);
}

// Plain comparisons rather than localeCompare: collation depends on the ICU build and locale.
function byStartEndId(a: ScheduleSession, b: ScheduleSession): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || a.id - b.id;
}

function assertInstant(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${what} is not a valid date`);
  }
}
