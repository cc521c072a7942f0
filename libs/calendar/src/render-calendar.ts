import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import type { CalendarEvent, CalendarEventStatus, CalendarFeed } from './calendar-event';
import { hoistCalendarProperties } from './content-lines';

const PRODUCT = { company: 'Huiwu', product: 'Huiwu Calendar', language: 'EN' };

const STATUS: Record<CalendarEventStatus, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** One zone as written: the VTIMEZONE's own TZID (e.g. `UTC` is published as `Etc/UTC`). */
interface ZoneDefinition {
  tzid: string;
  vtimezone: string;
}

/**
 * Renders a feed as an RFC 5545 VCALENDAR (CRLF line ends, folded at 75 octets).
 * Pure: the bytes depend on `feed` alone, not on the clock or the process time zone.
 */
export function renderCalendar(feed: CalendarFeed): string {
  assertInstant(feed.stamp, 'feed.stamp');
  // Sorted so that the order rows happen to come back in cannot change the bytes (or the ETag).
  const events = [...feed.events].sort(byStartThenUid);
  events.forEach(assertValidEvent);
  assertUniqueUids(events);
  const zones = defineZones(events);
  const vtimezones = new Map([...zones.values()].map((zone) => [zone.tzid, zone.vtimezone]));

  const calendar = ical({
    prodId: PRODUCT,
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes the calendar's name and description without escaping them.
    name: escape(feed.name, false),
    description: feed.description ? escape(feed.description, false) : null,
    url: feed.url ? toIcalUri(feed.url, 'feed.url') : null,
    ttl: feed.refreshInterval ? refreshSeconds(feed.refreshInterval.minutes) : null,
    // No calendar-level name: ical-generator would then write DTSTAMP and LAST-MODIFIED floating.
    timezone: { name: null, generator: (tzid) => vtimezones.get(tzid) ?? null },
  });
  if (vtimezones.size === 1) {
    calendar.x('X-WR-TIMEZONE', [...vtimezones.keys()][0]);
  }

  for (const event of events) {
    const { tzid } = zones.get(event.timeZone)!;
    calendar.createEvent({
      // UID is TEXT, but ical-generator writes it raw.
      id: escape(event.uid, false),
      sequence: event.sequence,
      stamp: feed.stamp,
      // Luxon values in the event's zone: a plain Date would be written in the process's local clock.
      start: DateTime.fromJSDate(event.start, { zone: event.timeZone }),
      end: DateTime.fromJSDate(event.end, { zone: event.timeZone }),
      timezone: tzid,
      summary: event.summary,
      description: event.description || null,
      location: event.location || null,
      url: event.url ? toIcalUri(event.url, `event ${event.uid} url`) : null,
      categories: (event.categories ?? []).map((name) => ({ name })),
      status: STATUS[event.status],
      lastModified: event.lastModified,
    });
  }

  return hoistCalendarProperties(calendar.toString());
}

/** The same text as UTF-8, ready to be sent as `text/calendar; charset=utf-8`. */
export function renderCalendarBuffer(feed: CalendarFeed): Buffer {
  return Buffer.from(renderCalendar(feed), 'utf8');
}

// Plain comparison rather than localeCompare: collation depends on the ICU build and locale.
function byStartThenUid(a: CalendarEvent, b: CalendarEvent): number {
  const byStart = a.start.getTime() - b.start.getTime();
  if (byStart !== 0) return byStart;
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

function defineZones(events: CalendarEvent[]): Map<string, ZoneDefinition> {
  const zones = new Map<string, ZoneDefinition>();
  for (const { timeZone } of events) {
    if (zones.has(timeZone)) continue;
    const vtimezone = IANAZone.isValidZone(timeZone) ? getVtimezoneComponent(timeZone) : null;
    const tzid = vtimezone?.match(/^TZID:(.+?)\r?$/m)?.[1];
    if (!vtimezone || !tzid) {
      throw new RangeError(`No VTIMEZONE is available for time zone "${timeZone}"`);
    }
    zones.set(timeZone, { tzid, vtimezone });
  }
  return zones;
}

function assertValidEvent(event: CalendarEvent): void {
  const where = `event ${event.uid}`;
  if (!event.uid) throw new RangeError('Every event needs a UID');
  assertInstant(event.start, `${where} start`);
  assertInstant(event.end, `${where} end`);
  assertInstant(event.lastModified, `${where} lastModified`);
  // ical-generator would silently swap them, hiding a data error.
  if (event.end < event.start) throw new RangeError(`${where} ends before it starts`);
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new RangeError(`${where} sequence must be a non-negative integer`);
  }
}

function assertUniqueUids(events: CalendarEvent[]): void {
  const seen = new Set<string>();
  for (const { uid } of events) {
    if (seen.has(uid)) throw new RangeError(`Duplicate UID ${uid}`);
    seen.add(uid);
  }
}

function assertInstant(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${what} is not a valid date`);
  }
}

function refreshSeconds(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes <= 0) {
    throw new RangeError('refreshInterval.minutes must be a positive integer');
  }
  return minutes * 60;
}

/**
 * ical-generator backslash-escapes ',' and ';' in an event URL, which RFC 5545 never does for URI
 * values, so clients would fetch a different address. Percent-encoding them first avoids that;
 * parsing with URL also rejects relative addresses and cannot leave a line break in the value.
 */
function toIcalUri(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RangeError(`${what} is not an absolute URL: ${value}`);
  }
  return url.href.replace(/,/g, '%2C').replace(/;/g, '%3B');
}
