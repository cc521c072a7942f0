import type { ScheduleConference } from './conference-schedule';
import { formatDuration } from './schedule-clock';
import { type PlannedEvent, type SchedulePlan, TIMESLOT_DURATION, planSchedule } from './schedule-plan';
import { type XmlElement, serializeXmlDocument, xmlElement as el } from './xml-writer';

/**
 * The programme as frab/Pentabarf schedule.xml (valid against the c3voc schedule.xml.xsd), for
 * Giggity, ConfClerk, EventFahrplan and the like. Pure: same conference, same bytes, whatever
 * the clock or process time zone.
 */
export function renderScheduleXml(conference: ScheduleConference): string {
  const plan = planSchedule(conference);
  return serializeXmlDocument(
    el('schedule', [
      el('generator', undefined, { name: 'Huiwu', system: plan.host }),
      el('version', plan.version),
      conferenceElement(plan),
      ...plan.days.map((day) =>
        el(
          'day',
          day.rooms.map(({ room, events }) => el('room', events.map(eventElement), { name: room.name, guid: room.guid })),
          { index: day.index, date: day.date, start: day.start, end: day.end },
        ),
      ),
    ]),
  );
}

/** The same document as UTF-8, ready to be sent as `application/xml`. */
export function renderScheduleXmlBuffer(conference: ScheduleConference): Buffer {
  return Buffer.from(renderScheduleXml(conference), 'utf8');
}

// The XSD has no place for the theme, venue or city; schedule.json carries them.
function conferenceElement(plan: SchedulePlan): XmlElement {
  return el('conference', [
    el('acronym', plan.acronym),
    el('title', plan.title),
    el('start', plan.startDate),
    el('end', plan.endDate),
    el('days', String(plan.days.length)),
    el('timeslot_duration', TIMESLOT_DURATION),
    el('base_url', plan.baseUrl),
    el('url', plan.url),
    el('time_zone_name', plan.timeZone),
    ...plan.tracks.map((name) => el('track', undefined, { name })),
  ]);
}

function eventElement(event: PlannedEvent): XmlElement {
  const optional = (name: string, value: string | null) => (value ? [el(name, value)] : []);
  return el(
    'event',
    [
      el('date', event.date),
      el('start', event.start),
      el('duration', formatDuration(event.durationMinutes, true)),
      el('room', event.room),
      el('slug', event.slug),
      el('url', event.url),
      // The format's only do-not-record switch; the recording tracker skips a cancelled talk.
      ...(event.cancelled ? [el('recording', [el('license', ''), el('optout', 'true')])] : []),
      el('title', event.title),
      ...optional('subtitle', event.subtitle),
      el('track', event.track ?? ''),
      el('type', event.type),
      el('language', event.language),
      el('abstract', event.abstract ?? ''),
      ...optional('description', event.description),
      el(
        'persons',
        event.persons.map((person) => el('person', person.name, { id: person.id, guid: person.guid })),
      ),
    ],
    { id: event.id, guid: event.guid },
  );
}
