import type { ScheduleConference } from './conference-schedule';
import { formatDuration } from './schedule-clock';
import { jsonTimeZoneName } from './schedule-identifiers';
import { type PlannedEvent, type SchedulePlan, TIMESLOT_DURATION, planSchedule } from './schedule-plan';

const SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';

/**
 * The programme as a c3voc schedule.json document (valid against its draft-06 schema). Pure: the
 * object, and so its JSON text, depends on `conference` alone.
 */
export function renderScheduleJson(conference: ScheduleConference): object {
  const plan = planSchedule(conference);
  return {
    $schema: SCHEMA_URL,
    generator: { name: 'Huiwu' },
    schedule: {
      version: plan.version,
      base_url: plan.baseUrl,
      conference: conferenceObject(plan),
    },
  };
}

/** Compact JSON as UTF-8, ready to be sent as `application/json`. */
export function renderScheduleJsonBuffer(conference: ScheduleConference): Buffer {
  return Buffer.from(JSON.stringify(renderScheduleJson(conference)), 'utf8');
}

function conferenceObject(plan: SchedulePlan): object {
  const timeZoneName = jsonTimeZoneName(plan.timeZone);
  const meta = { ...(plan.venue ? { venue: plan.venue } : {}), ...(plan.city ? { city: plan.city } : {}) };
  return {
    acronym: plan.acronym,
    title: plan.title,
    ...(plan.subtitle ? { description: plan.subtitle } : {}),
    start: plan.startDate,
    end: plan.endDate,
    daysCount: plan.days.length,
    timeslot_duration: TIMESLOT_DURATION,
    ...(timeZoneName ? { time_zone_name: timeZoneName } : {}),
    url: plan.url,
    // `meta` is the schema's one open object; Conference itself allows no venue or city.
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
    tracks: plan.tracks.map((name) => ({ name })),
    rooms: plan.rooms.map(({ name, guid }) => ({ name, guid })),
    days: plan.days.map((day) => ({
      index: day.index,
      date: day.date,
      day_start: day.start,
      day_end: day.end,
      // fromEntries defines own properties, so even a room called __proto__ stays a key.
      // JavaScript enumerates integer-like keys (a room named 101) first; apps that care about
      // order read conference.rooms.
      rooms: Object.fromEntries(day.rooms.map(({ room, events }) => [room.name, events.map(eventObject)])),
    })),
  };
}

function eventObject(event: PlannedEvent): object {
  return {
    guid: event.guid,
    id: event.id,
    date: event.date,
    start: event.start,
    end: event.end,
    duration: formatDuration(event.durationMinutes, false),
    room: event.room,
    slug: event.slug,
    url: event.url,
    title: event.title,
    subtitle: event.subtitle,
    track: event.track,
    type: event.type,
    language: event.language,
    abstract: event.abstract,
    description: event.description,
    ...(event.cancelled ? { do_not_record: true, do_not_stream: true } : {}),
    // No numeric id: the schema's Person is oneOf frab {id, public_name} or pretalx {name}, and
    // an object matching both is invalid. Both name fields, for readers of either dialect.
    persons: event.persons.map(({ guid, name }) => ({ guid, name, public_name: name })),
    links: [],
  };
}
