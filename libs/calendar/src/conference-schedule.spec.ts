import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ScheduleConference, ScheduleSession } from './conference-schedule';
import { sessionGuid, uuidV5 } from './name-based-uuid';
import { renderScheduleJson, renderScheduleJsonBuffer } from './render-schedule-json';
import { renderScheduleXml, renderScheduleXmlBuffer } from './render-schedule-xml';

const SCHEMAS = '/work/shared/schemas';
const XSD = `${SCHEMAS}/schedule.xml.xsd`;
const HOST = 'huiwu.example.org';
const BASE = `https://${HOST}`;

// ---------- input ----------

const TRICKY_TITLE = `"清朗"行动 & <网络> 诚信's 对话`;
// \u0001 and a lone surrogate are not XML characters; the CR LF, emoji and 𠮷 (outside the BMP) are.
const TRICKY_DESCRIPTION = '第一段：治理 & 共建\r\n第二段\u0001：“诚信” <b>加粗</b> 🎉 𠮷\uD800';

function session(id: number, overrides: Partial<ScheduleSession> = {}): ScheduleSession {
  return {
    id,
    guid: sessionGuid(HOST, id),
    title: `议程 ${id}`,
    start: new Date('2021-11-18T01:00:00Z'),
    end: new Date('2021-11-18T02:00:00Z'),
    roomId: 1,
    roomName: '主会场',
    kind: 'talk',
    track: '主论坛',
    language: 'zh',
    url: `${BASE}/editions/integrity-2021/sessions/${id}`,
    persons: [],
    cancelled: false,
    ...overrides,
  };
}

/** Two days in Shanghai: markup in titles, Chinese names, a cancelled and a roomless session. */
function realisticConference(): ScheduleConference {
  return {
    acronym: 'integrity-2021',
    title: '2021中国网络诚信大会',
    subtitle: '弘扬诚信文化 & 健全诚信建设',
    startDate: '2021-11-18',
    endDate: '2021-11-19',
    timeZone: 'Asia/Shanghai',
    url: `${BASE}/editions/integrity-2021`,
    baseUrl: BASE,
    version: '3',
    city: '北京',
    venue: '国家会议中心',
    rooms: [
      { id: 1, name: '主会场' },
      { id: 2, name: '分论坛一厅' },
      { id: 3, name: 'A&B厅 "东"' },
      { id: 4, name: '贵宾室' },
    ],
    sessions: [
      session(101, {
        title: '开幕式',
        kind: 'opening',
        track: '开幕式',
        abstract: '大会开幕',
        persons: [{ id: 1, name: '王小明', role: '主持人' }],
      }),
      session(102, {
        title: TRICKY_TITLE,
        subtitle: '分论坛：网络诚信与数字经济',
        description: TRICKY_DESCRIPTION,
        start: new Date('2021-11-18T06:00:00Z'),
        end: new Date('2021-11-18T08:00:00Z'),
        roomId: 2,
        roomName: '分论坛一厅',
        kind: 'sub_forum',
        track: '分论坛',
        persons: [
          { id: 2, name: '李四' },
          { id: 3, name: '欧阳娜娜' },
        ],
      }),
      session(103, {
        title: '数据安全圆桌',
        start: new Date('2021-11-18T02:00:00Z'),
        end: new Date('2021-11-18T03:00:00Z'),
        roomId: 2,
        roomName: '分论坛一厅',
        kind: 'roundtable',
        track: '分论坛',
        cancelled: true,
      }),
      // Listed before 203, which starts earlier in the same room.
      session(201, {
        title: '主旨演讲',
        start: new Date('2021-11-19T01:30:00Z'),
        end: new Date('2021-11-19T03:00:00Z'),
        kind: 'keynote',
        persons: [{ id: 4, name: '张伟' }],
      }),
      session(202, {
        title: '茶歇交流',
        start: new Date('2021-11-19T03:00:00Z'),
        end: new Date('2021-11-19T03:30:00Z'),
        roomId: null,
        roomName: null,
        kind: 'break',
      }),
      session(203, {
        title: '签到',
        start: new Date('2021-11-19T00:30:00Z'),
        end: new Date('2021-11-19T01:30:00Z'),
        kind: 'checkin',
      }),
      session(204, {
        title: '闭幕式',
        slug: 'integrity_2021-closing-ceremony',
        start: new Date('2021-11-19T06:00:00Z'),
        end: new Date('2021-11-19T07:00:00Z'),
        roomId: 3,
        roomName: 'A&B厅 "东"',
        kind: 'closing',
      }),
    ],
  };
}

const FAMILY_NAMES = ['王', '李', '张', '刘', '陈', '杨', '欧阳', '司马'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '晓东'];

/** 300 sessions over three days in 40 rooms, with every awkward case sprinkled in. */
function largeConference(): ScheduleConference {
  const sessions: ScheduleSession[] = [];
  for (let i = 0; i < 300; i++) {
    const day = i % 3;
    const start = Date.UTC(2021, 10, 18 + day, 0, 0) + (i % 12) * 45 * 60_000;
    const roomId = (i % 40) + 1;
    sessions.push(
      session(1000 + i, {
        title: `第${i}场 <分论坛> & "对话" '${i}'`,
        start: new Date(start),
        end: new Date(start + (30 + (i % 4) * 30) * 60_000),
        roomId: i % 29 === 0 ? null : roomId,
        roomName: i % 29 === 0 ? null : `第${roomId}会议室`,
        kind: ['talk', 'sub_forum', 'keynote', 'qa'][i % 4],
        persons: Array.from({ length: i % 4 }, (_, k) => ({
          id: ((i * 3 + k) % 120) + 1,
          name: `${FAMILY_NAMES[(i + k) % 8]}${GIVEN_NAMES[(i * k) % 8]}`,
        })),
        cancelled: i % 17 === 0,
      }),
    );
  }
  return {
    ...realisticConference(),
    startDate: '2021-11-18',
    endDate: '2021-11-20',
    rooms: Array.from({ length: 40 }, (_, k) => ({ id: k + 1, name: `第${k + 1}会议室` })),
    sessions,
  };
}

// ---------- validators and readers ----------

interface JsonEvent {
  id: number;
  guid: string;
  slug: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  type: string;
  track: string | null;
  do_not_record?: boolean;
  do_not_stream?: boolean;
  persons: { guid: string; name: string; public_name: string }[];
}
interface JsonDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, JsonEvent[]>;
}
interface JsonConference {
  acronym: string;
  title: string;
  description?: string;
  start: string;
  end: string;
  daysCount: number;
  time_zone_name?: string;
  meta?: Record<string, string>;
  tracks: { name: string }[];
  rooms: { name: string; guid: string }[];
  days: JsonDay[];
}
interface JsonDocument {
  generator: { name: string };
  schedule: { version: string; base_url: string; conference: JsonConference };
}

let validateJson: ValidateFunction;

beforeAll(() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(readJson(require.resolve('ajv/dist/refs/json-schema-draft-06.json')) as object);
  addFormats(ajv);
  // The schema's own word for the XSD's hexColor; unknown to ajv-formats.
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
  validateJson = ajv.compile(readJson(`${SCHEMAS}/schedule.schema.json`) as object);
});

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function jsonErrors(document: unknown): string {
  return validateJson(document) ? '' : JSON.stringify(validateJson.errors, null, 2);
}

/** Round-trips through the bytes, as an app would read them. */
function jsonDocument(conference: ScheduleConference): JsonDocument {
  return JSON.parse(renderScheduleJsonBuffer(conference).toString('utf8')) as JsonDocument;
}

function jsonEvents(document: JsonDocument): JsonEvent[] {
  return document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
}

function jsonEvent(document: JsonDocument, id: number): JsonEvent {
  const event = jsonEvents(document).find((candidate) => candidate.id === id);
  if (!event) throw new Error(`No event ${id} in schedule.json`);
  return event;
}

/** Runs xmllint; a missing xmllint fails the test instead of silently skipping the XSD check. */
function xmllint(args: string[], xml: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('xmllint', [...args, '-'], { input: xml, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`xmllint could not be run (${result.error.message}); install it: apt-get install -y libxml2-utils`);
  }
  return result;
}

function xsdErrors(xml: string): string {
  const result = xmllint(['--noout', '--schema', XSD], xml);
  return result.status === 0 && result.stderr.includes('- validates') ? '' : result.stderr || `status ${result.status}`;
}

/** The XPath string value, decoded by libxml2's parser rather than by anything of ours. */
function xpath(xml: string, expression: string): string {
  const result = xmllint(['--xpath', `string(${expression})`], xml);
  expect(result.stderr).toBe('');
  expect(result.stdout.endsWith('\n')).toBe(true);
  return result.stdout.slice(0, -1);
}

const SLUG_XML = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
const SLUG_JSON = /^[a-z0-9_-]+[a-z0-9]$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// ---------- tests ----------

describe('conference schedule export', () => {
  it('renders the realistic conference as schedule.xml that the shared XSD accepts', () => {
    expect(xsdErrors(renderScheduleXml(realisticConference()))).toBe('');
  });

  it('renders the realistic conference as schedule.json that the shared schema accepts', () => {
    expect(jsonErrors(jsonDocument(realisticConference()))).toBe('');
  });

  it('uses validators that do reject broken documents, so passing them means something', () => {
    const xml = renderScheduleXml(realisticConference());
    const firstGuid = /<event id="\d+" guid="([^"]+)"/.exec(xml)![1];
    const duplicateGuid = xml.replace(/(<event id="\d+" guid=")[^"]+/g, `$1${firstGuid}`);
    expect(xsdErrors(duplicateGuid)).toMatch(/guid_unique/);
    expect(xsdErrors(xml.replace('<start>09:30</start>', '<start>9.30</start>'))).not.toBe('');

    const document = jsonDocument(realisticConference());
    jsonEvent(document, 201).duration = '1:30:00';
    expect(jsonErrors(document)).toMatch(/duration/);
  });

  it('renders 300 sessions over three days in 40 rooms validly in both formats', () => {
    const conference = largeConference();
    const xml = renderScheduleXml(conference);
    expect(xsdErrors(xml)).toBe('');
    expect(xml.match(/<event /g)).toHaveLength(300);

    const document = jsonDocument(conference);
    expect(jsonErrors(document)).toBe('');
    expect(jsonEvents(document)).toHaveLength(300);
    expect(document.schedule.conference.days.map((day) => day.date)).toEqual(['2021-11-18', '2021-11-19', '2021-11-20']);
    expect(document.schedule.conference.rooms).toHaveLength(41); // 40 listed + 其他
  });

  it('writes a 09:30–11:00 Shanghai session in local time with the +08:00 offset', () => {
    const conference = realisticConference();
    const json = jsonEvent(jsonDocument(conference), 201);
    expect(json).toMatchObject({
      start: '09:30',
      duration: '1:30',
      date: '2021-11-19T09:30:00+08:00',
      end: '2021-11-19T11:00:00+08:00',
    });

    const xml = renderScheduleXml(conference);
    expect(xpath(xml, '//event[@id="201"]/start')).toBe('09:30');
    expect(xpath(xml, '//event[@id="201"]/duration')).toBe('01:30');
    expect(xpath(xml, '//event[@id="201"]/date')).toBe('2021-11-19T09:30:00+08:00');
    expect(xpath(xml, '//event[@id="201"]/ancestor::day/@index')).toBe('2');
  });

  it('has one day per local date with midnight bounds in the zone, and the release as version', () => {
    const conference = realisticConference();
    const { schedule } = jsonDocument(conference);
    expect(schedule.version).toBe('3');
    expect(schedule.conference).toMatchObject({ start: '2021-11-18', end: '2021-11-19', daysCount: 2 });
    expect(schedule.conference.days.map(({ index, date, day_start, day_end }) => [index, date, day_start, day_end])).toEqual([
      [1, '2021-11-18', '2021-11-18T00:00:00+08:00', '2021-11-19T00:00:00+08:00'],
      [2, '2021-11-19', '2021-11-19T00:00:00+08:00', '2021-11-20T00:00:00+08:00'],
    ]);

    const xml = renderScheduleXml(conference);
    expect(xml).toContain('<day index="2" date="2021-11-19" start="2021-11-19T00:00:00+08:00" end="2021-11-20T00:00:00+08:00">');
    expect(xpath(xml, '/schedule/version')).toBe('3');
    expect(xpath(xml, '/schedule/generator/@name')).toBe('Huiwu');
    expect(xpath(xml, '/schedule/conference/days')).toBe('2');
  });

  it('groups events per room in the conference room order, sorted by start', () => {
    const conference = realisticConference();
    const { days, rooms } = jsonDocument(conference).schedule.conference;
    expect(Object.keys(days[0].rooms)).toEqual(['主会场', '分论坛一厅']);
    expect(days[0].rooms['分论坛一厅'].map((event) => event.id)).toEqual([103, 102]);
    expect(Object.keys(days[1].rooms)).toEqual(['主会场', 'A&B厅 "东"', '其他']);
    expect(days[1].rooms['主会场'].map((event) => event.id)).toEqual([203, 201]);
    expect(rooms.map((room) => room.name)).toEqual(['主会场', '分论坛一厅', 'A&B厅 "东"', '贵宾室', '其他']);

    const xml = renderScheduleXml(conference);
    const roomNames = [1, 2, 3].map((position) => xpath(xml, `//day[@index="2"]/room[${position}]/@name`));
    expect(roomNames).toEqual(['主会场', 'A&B厅 "东"', '其他']);
    expect(xpath(xml, '//day[@index="2"]/room[1]/event[1]/@id')).toBe('203');
    expect(xpath(xml, '//day[@index="2"]/room[1]/event[2]/@id')).toBe('201');
  });

  it('keeps a cancelled session but marks it in the title and as not to be recorded', () => {
    const conference = realisticConference();
    const document = jsonDocument(conference);
    expect(jsonEvent(document, 103)).toMatchObject({
      title: '【已取消】数据安全圆桌',
      do_not_record: true,
      do_not_stream: true,
      type: 'roundtable',
    });
    expect(jsonEvent(document, 101).title).toBe('开幕式');
    expect(jsonEvent(document, 101)).not.toHaveProperty('do_not_record');

    const xml = renderScheduleXml(conference);
    expect(xpath(xml, '//event[@id="103"]/title')).toBe('【已取消】数据安全圆桌');
    expect(xpath(xml, '//event[@id="103"]/recording/optout')).toBe('true');
    expect(xpath(xml, 'count(//event[@id="101"]/recording)')).toBe('0');
  });

  it('puts a session without a room into a room named 其他', () => {
    const conference = realisticConference();
    expect(jsonEvent(jsonDocument(conference), 202).room).toBe('其他');
    const xml = renderScheduleXml(conference);
    expect(xpath(xml, '//event[@id="202"]/room')).toBe('其他');
    expect(xpath(xml, '//event[@id="202"]/parent::room/@name')).toBe('其他');
  });

  it('gives every event a unique positive id, plain UUID guid and pattern-conforming slug', () => {
    for (const conference of [realisticConference(), largeConference()]) {
      const events = jsonEvents(jsonDocument(conference));
      const xmlIdentity = [...renderScheduleXml(conference).matchAll(/<event id="(\d+)" guid="([^"]+)">/g)];
      expect(xmlIdentity).toHaveLength(events.length);
      expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
      expect(new Set(events.map((event) => event.guid)).size).toBe(events.length);
      expect(new Set(events.map((event) => event.slug)).size).toBe(events.length);
      for (const event of events) {
        expect(event.id).toBeGreaterThan(0);
        expect(event.guid).toMatch(UUID);
        expect(event.slug).toMatch(SLUG_XML);
        expect(event.slug).toMatch(SLUG_JSON);
      }
    }
    const document = jsonDocument(realisticConference());
    expect(document.schedule.conference.acronym).toBe('integrity_2021');
    expect(jsonEvent(document, 102).slug).toBe('integrity_2021-102-sub_forum');
    expect(jsonEvent(document, 204).slug).toBe('integrity_2021-closing-ceremony');
  });

  it('keeps Chinese text and markup characters intact through a real XML parse and through JSON', () => {
    const conference = realisticConference();
    const xml = renderScheduleXml(conference);
    expect(xml).not.toContain('<网络>');
    expect(xml).toContain('&quot;清朗&quot;行动 &amp; &lt;网络&gt; 诚信&apos;s 对话');
    expect(xpath(xml, '//event[@id="102"]/title')).toBe(TRICKY_TITLE);
    expect(xpath(xml, '//event[@id="102"]/description')).toBe('第一段：治理 & 共建\r\n第二段：“诚信” <b>加粗</b> 🎉 𠮷');
    expect(xpath(xml, '//event[@id="102"]/persons/person[2]')).toBe('欧阳娜娜');
    expect(xpath(xml, '//event[@id="204"]/parent::room/@name')).toBe('A&B厅 "东"');
    expect(xpath(xml, '/schedule/conference/title')).toBe('2021中国网络诚信大会');

    const document = jsonDocument(conference);
    expect(jsonEvent(document, 102)).toMatchObject({ title: TRICKY_TITLE, description: TRICKY_DESCRIPTION });
    expect(jsonEvent(document, 102).persons.map((person) => person.name)).toEqual(['李四', '欧阳娜娜']);
    expect(document.schedule.conference).toMatchObject({
      title: '2021中国网络诚信大会',
      description: '弘扬诚信文化 & 健全诚信建设',
      meta: { venue: '国家会议中心', city: '北京' },
    });
  });

  it('renders the same bytes for the same programme, whatever the order of rooms’ sessions', () => {
    const conference = realisticConference();
    const shuffled = { ...conference, sessions: [...conference.sessions].reverse() };
    expect(renderScheduleXml(shuffled)).toBe(renderScheduleXml(conference));
    expect(renderScheduleJsonBuffer(shuffled).equals(renderScheduleJsonBuffer(conference))).toBe(true);
    expect(renderScheduleXml(realisticConference())).toBe(renderScheduleXml(conference));
  });

  it('renders the same bytes whatever the process time zone', () => {
    // Jest gives tests a copy of process.env, so assigning TZ here would not reach the clock.
    const input = JSON.stringify(realisticConference());
    const renderUnder = (tz: string) => {
      const args = ['-e', RENDER_IN_CHILD, __dirname, input, require.resolve('typescript')];
      const result = spawnSync(process.execPath, args, { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as { clock: number; xml: string; json: string };
    };
    const utc = renderUnder('UTC');
    const newYork = renderUnder('America/New_York');
    const kolkata = renderUnder('Asia/Kolkata');

    // The children really ran on different clocks; otherwise equal output would prove nothing.
    expect([utc.clock, newYork.clock, kolkata.clock]).toEqual([1, 20, 7]);
    for (const other of [newYork, kolkata]) {
      expect(other.xml).toBe(utc.xml);
      expect(other.json).toBe(utc.json);
    }
    expect(renderScheduleXml(realisticConference())).toBe(utc.xml);
    expect(renderScheduleJsonBuffer(realisticConference()).toString('utf8')).toBe(utc.json);
  });

  it('returns UTF-8 buffers of the same documents', () => {
    const conference = realisticConference();
    expect(renderScheduleXmlBuffer(conference).equals(Buffer.from(renderScheduleXml(conference), 'utf8'))).toBe(true);
    expect(JSON.parse(renderScheduleJsonBuffer(conference).toString('utf8'))).toEqual(renderScheduleJson(conference));
  });

  it('stays valid for UTC and for a zone schedule.json cannot name', () => {
    for (const timeZone of ['UTC', 'Etc/GMT-8']) {
      const conference = { ...realisticConference(), timeZone };
      const xml = renderScheduleXml(conference);
      expect(xsdErrors(xml)).toBe('');
      expect(xpath(xml, '/schedule/conference/time_zone_name')).toBe(timeZone);
      const document = jsonDocument(conference);
      expect(jsonErrors(document)).toBe('');
      expect(document.schedule.conference.time_zone_name).toBe(timeZone === 'UTC' ? 'UTC' : undefined);
    }
    const utc = jsonDocument({ ...realisticConference(), timeZone: 'UTC' });
    expect(jsonEvent(utc, 201)).toMatchObject({ date: '2021-11-19T01:30:00+00:00', start: '01:30', duration: '1:30' });
  });

  it('widens the days to cover a session outside the conference dates', () => {
    const conference = realisticConference();
    conference.sessions.push(
      session(301, { start: new Date('2021-11-20T01:00:00Z'), end: new Date('2021-11-20T02:00:00Z') }),
    );
    const document = jsonDocument(conference);
    expect(jsonErrors(document)).toBe('');
    expect(document.schedule.conference).toMatchObject({ end: '2021-11-20', daysCount: 3 });
    expect(jsonEvent(document, 301).date).toBe('2021-11-20T09:00:00+08:00');
    expect(xsdErrors(renderScheduleXml(conference))).toBe('');
  });

  it('rejects input that would give an invalid or misleading schedule', () => {
    const withSessions = (...sessions: ScheduleSession[]) => ({ ...realisticConference(), sessions });
    const cases: [string, ScheduleConference][] = [
      ['Duplicate session id 7', withSessions(session(7), session(7, { guid: sessionGuid(HOST, 8) }))],
      ['Duplicate session guid', withSessions(session(7), session(8, { guid: sessionGuid(HOST, 7) }))],
      ['Duplicate session slug', withSessions(session(7, { slug: 'abcd-efgh' }), session(8, { slug: 'abcd-efgh' }))],
      ['not an 8-4-4-4-12 UUID', withSessions(session(7, { guid: '{' + sessionGuid(HOST, 7) + '}' }))],
      ['positive integer', withSessions(session(0))],
      ['ends before it starts', withSessions(session(7, { end: new Date('2021-11-18T00:00:00Z') }))],
      ['longer than 99:59', withSessions(session(7, { end: new Date('2021-11-23T00:00:00Z') }))],
      ['not a valid date', withSessions(session(7, { start: new Date('nonsense') }))],
      ['Unknown time zone', { ...realisticConference(), timeZone: 'China/Beijing' }],
      ['not an absolute URL', { ...realisticConference(), baseUrl: '/huiwu' }],
      ['not an http(s) URL', withSessions(session(7, { url: 'mailto:info@example.org' }))],
      ['not a YYYY-MM-DD date', { ...realisticConference(), endDate: '2021-11-31' }],
      ['endDate is before its startDate', { ...realisticConference(), endDate: '2021-11-17' }],
      ['Duplicate room id 1', { ...realisticConference(), rooms: [{ id: 1, name: 'A' }, { id: 1, name: 'B' }] }],
    ];
    for (const [message, conference] of cases) {
      expect(() => renderScheduleXml(conference)).toThrow(message);
      expect(() => renderScheduleJson(conference)).toThrow(message);
    }
  });

  it('derives a valid acronym, slug and unique room names from awkward input', () => {
    const conference: ScheduleConference = {
      ...realisticConference(),
      acronym: '网络-AB',
      rooms: [
        { id: 1, name: '主会场' },
        { id: 2, name: '主会场' },
      ],
      sessions: [
        session(7, { kind: '分论坛', slug: 'Not A Slug' }),
        session(8, { roomId: 2, kind: 'x' }),
        session(9, { roomId: 99, roomName: '主会场' }),
      ],
    };
    const document = jsonDocument(conference);
    expect(jsonErrors(document)).toBe('');
    expect(xsdErrors(renderScheduleXml(conference))).toBe('');
    expect(document.schedule.conference.acronym).toBe('conf_ab');
    expect(jsonEvents(document).map((event) => [event.id, event.slug, event.room])).toEqual([
      [7, 'conf_ab-7-session', '主会场'],
      [9, 'conf_ab-9-talk', '主会场'],
      [8, 'conf_ab-8-session', '主会场 #2'],
    ]);
  });
});

describe('sessionGuid', () => {
  it('implements RFC 4122 version 5 (checked against Python’s uuid5 for python.org)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('is a stable v5 UUID per host and session', () => {
    const guid = sessionGuid(HOST, 101);
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sessionGuid(HOST, 101)).toBe(guid);
    expect(sessionGuid('HUIWU.example.org', 101)).toBe(guid);
    expect(sessionGuid(HOST, 102)).not.toBe(guid);
    expect(sessionGuid('other.example.org', 101)).not.toBe(guid);
  });
});

/**
 * Run by `node -e` with TZ set: loads the renderers through TypeScript's own transpiler
 * (ts-node is not installed), renders the conference given as JSON, and reports its own clock too.
 */
const RENDER_IN_CHILD = `
  const fs = require('node:fs');
  const path = require('node:path');
  const ts = require(process.argv[3]);
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    module._compile(ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText, filename);
  };
  const dates = new Set(['start', 'end']);
  const conference = JSON.parse(process.argv[2], (key, value) => (dates.has(key) ? new Date(value) : value));
  const { renderScheduleXml } = require(path.join(process.argv[1], 'render-schedule-xml.ts'));
  const { renderScheduleJsonBuffer } = require(path.join(process.argv[1], 'render-schedule-json.ts'));
  const clock = new Date('2021-11-19T01:30:00Z').getHours();
  const json = renderScheduleJsonBuffer(conference).toString('utf8');
  process.stdout.write(JSON.stringify({ clock, xml: renderScheduleXml(conference), json }));
`;
