import ICAL from 'ical.js';

/**
 * Parses a feed with a real iCalendar parser (ical.js), resolving TZIDs only against the
 * feed's own VTIMEZONEs, so a missing or wrong VTIMEZONE shows up as a wrong instant.
 */
export function parseCalendar(text: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

/** The VEVENT blocks of a feed as raw text, by UID, with DTSTAMP taken out. */
export function eventBlocksWithoutStamp(text: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const block of text.split('BEGIN:VEVENT').slice(1)) {
    const body = block.split('END:VEVENT')[0];
    const uid = /\r\nUID:([^\r]+)/.exec(body)![1];
    blocks.set(uid, body.replace(/\r\nDTSTAMP:[^\r]+/, ''));
  }
  return blocks;
}
