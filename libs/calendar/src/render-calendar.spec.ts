import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import type { CalendarEvent, CalendarFeed } from './calendar-event';
import { renderCalendar, renderCalendarBuffer } from './render-calendar';

const STAMP = new Date('2021-11-01T00:00:00Z');

function session(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'session-101@huiwu.example',
    start: new Date('2021-11-19T01:30:00Z'),
    end: new Date('2021-11-19T03:00:00Z'),
    timeZone: 'Asia/Shanghai',
    summary: '开幕式',
    sequence: 0,
    status: 'confirmed',
    lastModified: new Date('2021-10-20T08:00:00Z'),
    ...overrides,
  };
}

/** A session between two instants written as UTC ISO strings. */
function timed(uid: string, start: string, end: string, overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return session({ uid, start: new Date(start), end: new Date(end), ...overrides });
}

function feed(events: CalendarEvent[], overrides: Partial<CalendarFeed> = {}): CalendarFeed {
  return { name: '2021 年会', events, stamp: STAMP, ...overrides };
}

/**
 * Parses with ical.js, resolving TZIDs only against this document's own VTIMEZONEs, so a missing
 * or wrong VTIMEZONE cannot be papered over by one registered in an earlier test.
 */
function parse(text: string): ICAL.Component {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of vcalendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
  }
  return vcalendar;
}

function parsedEvents(text: string): ICAL.Event[] {
  return parse(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

/** ical.js leaves x-properties undecoded; RFC 5545 §3.8.8.2 makes TEXT their default type. */
function xText(vcalendar: ICAL.Component, name: string): string {
  return ICAL.design.icalendar.value.text.fromICAL(vcalendar.getFirstPropertyValue(name) as string);
}

/**
 * Run by `node -e` with TZ set: loads render-calendar.ts through TypeScript's own transpiler
 * (ts-node is not installed), renders the feed given as JSON, and reports its own clock too.
 */
const RENDER_IN_CHILD = `
  const fs = require('node:fs');
  const ts = require(process.argv[3]);
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    module._compile(ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText, filename);
  };
  const dates = new Set(['start', 'end', 'lastModified', 'stamp']);
  const feed = JSON.parse(process.argv[2], (key, value) => (dates.has(key) ? new Date(value) : value));
  const { renderCalendar } = require(process.argv[1]);
  const clock = new Date('2021-11-19T01:30:00Z').getHours();
  process.stdout.write(JSON.stringify({ clock, text: renderCalendar(feed) }));
`;

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('renderCalendar', () => {
  it('writes a Shanghai session as local wall time with TZID that parses to the right instants', () => {
    const text = renderCalendar(feed([session()]));

    expect(text).toContain('\r\nDTSTART;TZID=Asia/Shanghai:20211119T093000\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Asia/Shanghai:20211119T110000\r\n');
    const [event] = parsedEvents(text);
    expect(event.startDate.zone.tzid).toBe('Asia/Shanghai');
    expect(event.startDate.toJSDate().toISOString()).toBe('2021-11-19T01:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2021-11-19T03:00:00.000Z');
  });

  it('renders identical bytes whatever the process time zone', () => {
    // Jest gives tests a copy of process.env, so assigning TZ here would not reach the clock.
    const input = feed([
      session({ summary: '开幕式, 主旨演讲' }),
      session({ uid: 'session-202@huiwu.example', timeZone: 'Europe/Berlin' }),
    ]);
    const renderUnder = (tz: string) => {
      const childArgs = [require.resolve('./render-calendar'), JSON.stringify(input), require.resolve('typescript')];
      const args = ['-e', RENDER_IN_CHILD, ...childArgs];
      const result = spawnSync(process.execPath, args, { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as { clock: number; text: string };
    };

    const utc = renderUnder('UTC');
    const newYork = renderUnder('America/New_York');
    const kolkata = renderUnder('Asia/Kolkata');

    // The children really ran on different clocks; otherwise equal output would prove nothing.
    expect([utc.clock, newYork.clock, kolkata.clock]).toEqual([1, 20, 7]);
    expect(newYork.text).toBe(utc.text);
    expect(kolkata.text).toBe(utc.text);
    expect(renderCalendar(input)).toBe(utc.text);
    const [start] = parsedEvents(kolkata.text).map((event) => event.startDate.toJSDate().toISOString());
    expect(start).toBe('2021-11-19T01:30:00.000Z');
  });

  it('round-trips Chinese text with commas, semicolons, backslashes and newlines', () => {
    const summary = '开幕式，主旨演讲, 第一部分; 嘉宾：张三\\李四\n第二行';
    const location = '北京国际会议中心, 一层; 主会场';
    const description = '议程：\n1. 致辞, 领导; 嘉宾\n2. 路径 C:\\会议\\资料';
    const text = renderCalendar(
      feed([session({ summary, location, description, categories: ['主题, 文明', '分会场; A'] })], {
        name: '年会, 2021; 北京\\上海',
        description: '全部日程\n含分会场',
      }),
    );

    // RFC 5545 TEXT escaping on the wire, not merely something a lenient parser accepts.
    expect(text).toContain('\r\nX-WR-CALNAME:年会\\, 2021\\; 北京\\\\上海\r\n');
    const vcalendar = parse(text);
    expect(xText(vcalendar, 'x-wr-calname')).toBe('年会, 2021; 北京\\上海');
    expect(xText(vcalendar, 'x-wr-caldesc')).toBe('全部日程\n含分会场');
    const event = new ICAL.Event(vcalendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(summary);
    expect(event.location).toBe(location);
    expect(event.description).toBe(description);
    expect(event.component.getFirstProperty('categories')!.getValues()).toEqual(['主题, 文明', '分会场; A']);
  });

  it('folds long Chinese text at 75 octets without splitting a character, and it still round-trips', () => {
    const description = '本场讨论中华文明的传承与创新，嘉宾包括多位学者。🎤 Q&A, 茶歇; 合影\\留念。'.repeat(12);
    const text = renderCalendar(feed([session({ summary: '长标题'.repeat(30), description })]));

    const lines = physicalLines(text);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      const octets = Buffer.from(line, 'utf8');
      expect(octets.length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
      // Decoding each line on its own fails if a fold cut through a multi-byte character.
      expect(decoder.decode(octets)).toBe(line);
    }
    const [event] = parsedEvents(text);
    expect(event.description).toBe(description);
    expect(event.summary).toBe('长标题'.repeat(30));
  });

  it('writes STATUS, SEQUENCE, UID, DTSTAMP and LAST-MODIFIED as given, in UTC', () => {
    const text = renderCalendar(
      feed([
        session({ uid: 'a-1@huiwu.example', status: 'cancelled', sequence: 7 }),
        timed('b-2@huiwu.example', '2021-11-19T05:00:00Z', '2021-11-19T06:00:00Z', { status: 'tentative', sequence: 3 }),
        timed('c-3@huiwu.example', '2021-11-19T07:00:00Z', '2021-11-19T08:00:00Z', { status: 'confirmed' }),
      ]),
    );

    const events = parsedEvents(text).map((event) => ({
      uid: event.uid,
      sequence: event.sequence,
      status: event.component.getFirstPropertyValue('status'),
    }));
    expect(events).toEqual([
      { uid: 'a-1@huiwu.example', sequence: 7, status: 'CANCELLED' },
      { uid: 'b-2@huiwu.example', sequence: 3, status: 'TENTATIVE' },
      { uid: 'c-3@huiwu.example', sequence: 0, status: 'CONFIRMED' },
    ]);
    expect(text.match(/^DTSTAMP:20211101T000000Z$/gm)).toHaveLength(3);
    expect(text.match(/^LAST-MODIFIED:20211020T080000Z$/gm)).toHaveLength(3);
  });

  it('includes one VTIMEZONE per zone used, and every DTSTART and DTEND names one of them', () => {
    const text = renderCalendar(
      feed([
        session(),
        timed('shanghai-2@huiwu.example', '2021-11-20T01:30:00Z', '2021-11-20T03:00:00Z'),
        // Berlin on both DST switch days of 2021: CEST (+02:00) after 28 March, CET (+01:00) after 31 October.
        timed('berlin-spring@huiwu.example', '2021-03-28T08:00:00Z', '2021-03-28T09:00:00Z', { timeZone: 'Europe/Berlin' }),
        timed('berlin-autumn@huiwu.example', '2021-10-31T09:00:00Z', '2021-10-31T10:00:00Z', { timeZone: 'Europe/Berlin' }),
      ]),
    );

    const tzids = parse(text)
      .getAllSubcomponents('vtimezone')
      .map((vtimezone) => vtimezone.getFirstPropertyValue('tzid'));
    expect(tzids.sort()).toEqual(['Asia/Shanghai', 'Europe/Berlin']);
    const vevents = text.slice(text.indexOf('BEGIN:VEVENT'));
    const times = vevents.match(/^DT(START|END)[;:].*$/gm)!;
    expect(times).toHaveLength(8);
    for (const line of times) {
      expect(line).toMatch(/^DT(START|END);TZID=(Asia\/Shanghai|Europe\/Berlin):\d{8}T\d{6}$/);
    }
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20210328T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20211031T100000');

    const instants = Object.fromEntries(
      parsedEvents(text).map((event) => [event.uid, event.startDate.toJSDate().toISOString()]),
    );
    expect(instants).toEqual({
      'session-101@huiwu.example': '2021-11-19T01:30:00.000Z',
      'shanghai-2@huiwu.example': '2021-11-20T01:30:00.000Z',
      'berlin-spring@huiwu.example': '2021-03-28T08:00:00.000Z',
      'berlin-autumn@huiwu.example': '2021-10-31T09:00:00.000Z',
    });
    // The shared-zone hint would be a lie for a mixed feed.
    expect(text).not.toContain('X-WR-TIMEZONE');
  });

  it('writes the calendar properties before the first component', () => {
    const text = renderCalendar(
      feed([session()], { url: 'https://huiwu.example/editions/2021/calendar.ics', refreshInterval: { minutes: 360 } }),
    );

    const header = text.slice(0, text.indexOf('BEGIN:VTIMEZONE'));
    expect(header.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Huiwu//Huiwu Calendar//EN\r\n')).toBe(true);
    for (const line of [
      'METHOD:PUBLISH',
      'X-WR-CALNAME:2021 年会',
      'X-WR-TIMEZONE:Asia/Shanghai',
      'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
      'X-PUBLISHED-TTL:PT6H',
      'URL:https://huiwu.example/editions/2021/calendar.ics',
    ]) {
      expect(header).toContain(`\r\n${line}\r\n`);
    }
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps commas and semicolons in a URL meaningful instead of backslash-escaping them', () => {
    const text = renderCalendar(feed([session({ url: 'https://huiwu.example/s/101?tracks=a,b;c' })]));

    expect(text).toContain('\r\nURL;VALUE=URI:https://huiwu.example/s/101?tracks=a%2Cb%3Bc\r\n');
    expect(parsedEvents(text)[0].component.getFirstPropertyValue('url')).toBe('https://huiwu.example/s/101?tracks=a%2Cb%3Bc');
  });

  it('renders an empty feed as a valid calendar with no components', () => {
    const text = renderCalendar(feed([]));

    const vcalendar = parse(text);
    expect(vcalendar.name).toBe('vcalendar');
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcalendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(vcalendar.getAllSubcomponents()).toHaveLength(0);
    expect(text).not.toContain('X-WR-TIMEZONE');
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('is deterministic: same input, same bytes, whatever the order of the events', () => {
    const events = [
      session({ uid: 'b@huiwu.example' }),
      session({ uid: 'a@huiwu.example' }),
      session({ uid: 'c@huiwu.example', start: new Date('2021-11-18T01:30:00Z') }),
    ];

    const first = renderCalendar(feed(events));
    expect(renderCalendar(feed(events))).toBe(first);
    expect(renderCalendar(feed([...events].reverse()))).toBe(first);
    expect(parsedEvents(first).map((event) => event.uid)).toEqual(['c@huiwu.example', 'a@huiwu.example', 'b@huiwu.example']);
  });

  it('renders a UTF-8 buffer of the same text', () => {
    const input = feed([session()]);

    const buffer = renderCalendarBuffer(input);
    expect(buffer.equals(Buffer.from(renderCalendar(input), 'utf8'))).toBe(true);
    expect(buffer.toString('utf8')).toContain('SUMMARY:开幕式\r\n');
  });

  it('rejects input that would render a wrong or unreadable calendar', () => {
    expect(() => renderCalendar(feed([session({ timeZone: 'Mars/Olympus_Mons' })]))).toThrow(RangeError);
    expect(() => renderCalendar(feed([session({ end: new Date('2021-11-19T01:00:00Z') })]))).toThrow(/ends before it starts/);
    expect(() => renderCalendar(feed([session(), session()]))).toThrow(/Duplicate UID/);
    expect(() => renderCalendar(feed([session({ url: '/relative/path' })]))).toThrow(/absolute URL/);
    expect(() => renderCalendar(feed([session({ start: new Date(Number.NaN) })]))).toThrow(/not a valid date/);
    expect(() => renderCalendar(feed([], { stamp: new Date(Number.NaN) }))).toThrow(/not a valid date/);
  });
});
