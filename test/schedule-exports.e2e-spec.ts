import { Room } from '../src/rooms/entities/room.entity';
import { Session } from '../src/sessions/entities/session.entity';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { ScheduleBuilder } from './support/schedule-builder';
import { jsonSchemaErrors, xsdErrors } from './support/schedule-validation';
import { startTestApp, TestApp } from './support/test-app';

describe('conference-app exports (schedule.xml, schedule.json)', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let edition: { id: number; slug: string };
  let forumId: number;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    edition = await api.edition('integrity', 2026, '2026-12-01', '2026-12-02', { title: '2026中国网络诚信大会', theme: '诚信 & 发展 <共建>' });
    const salon = await api.room(edition.id, '第一会议室', 120);
    forumId = (await api.session(edition.id, { title: '诚信 & 文明 "分论坛"', startsAt: '2026-12-01T09:30', endsAt: '2026-12-01T11:00', roomId: salon.id })).session.id;
    const cancelled = await api.session(edition.id, { title: '取消的边会', kind: 'side_event', startsAt: '2026-12-02T09:30', endsAt: '2026-12-02T10:00' });
    await api.post(`/api/sessions/${forumId}/speakers`, { speakerId: (await api.speaker('郭全啟')).id, role: 'speaker' });
    await api.patch(`/api/sessions/${cancelled.session.id}`, { status: 'cancelled' });
    await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves schedule.xml valid against the shared XSD, with the release as version', async () => {
    const res = await t.http.get(`/api/editions/${edition.slug}/schedule.xml`).expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(xsdErrors(res.text)).toBe('');
    expect(res.text).toContain('<version>1</version>');
    expect(res.text).toContain('<date>2026-12-01T09:30:00+08:00</date>');
    expect(res.text).toContain('<start>09:30</start>');
    expect(res.text).toContain('诚信 &amp; 文明');
    expect(res.text).toContain('【已取消】取消的边会');
  });

  it('serves schedule.json valid against the shared JSON schema', async () => {
    const res = await t.http.get(`/api/editions/${edition.slug}/schedule.json`).expect(200);
    expect(jsonSchemaErrors(res.body)).toEqual([]);
    const events = res.body.schedule.conference.days.flatMap((d: { rooms: Record<string, object[]> }) => Object.values(d.rooms).flat());
    const forum = events.find((e: { id: number }) => e.id === forumId);
    expect(forum).toMatchObject({ start: '09:30', duration: '1:30', date: '2026-12-01T09:30:00+08:00', title: '诚信 & 文明 "分论坛"', room: '第一会议室' });
    expect(forum.persons[0].name).toBe('郭全啟');
    expect(res.body.schedule.version).toBe('1');
  });

  it('keeps ids and guids stable across releases, and answers 304 to a conditional request', async () => {
    const first = await t.http.get(`/api/editions/${edition.slug}/schedule.json`).expect(200);
    await t.http.get(`/api/editions/${edition.slug}/schedule.json`).set('If-None-Match', first.headers.etag).expect(304);
    // A release needs a change (one with none is refused); a new description keeps ids and guids.
    await api.patch(`/api/sessions/${forumId}`, { description: '第二版简介' });
    await api.post(`/api/editions/${edition.id}/releases`, { note: 'v2' });
    const second = await t.http.get(`/api/editions/${edition.slug}/schedule.json`).expect(200);
    const guid = (body: { schedule: { conference: { days: { rooms: Record<string, { id: number; guid: string }[]> }[] } } }) =>
      body.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat()).find((e) => e.id === forumId)!.guid;
    expect(guid(second.body)).toBe(guid(first.body));
    expect(second.body.schedule.version).toBe('2');
  });

  it('exports the seeded editions validly', async () => {
    for (const slug of ['integrity-2019', 'civilization-2021']) {
      expect(xsdErrors((await t.http.get(`/api/editions/${slug}/schedule.xml`).expect(200)).text)).toBe('');
      expect(jsonSchemaErrors((await t.http.get(`/api/editions/${slug}/schedule.json`).expect(200)).body)).toEqual([]);
    }
  });

  it('exports a generated edition of 300 sessions in 40 rooms validly', async () => {
    const big = await api.edition('new-ecommerce', 2026, '2026-10-10', '2026-10-12', { title: '第六届中国新电商大会' });
    const rooms = await t.dataSource.getRepository(Room).save(Array.from({ length: 40 }, (_, i) => ({ editionId: big.id, nameZh: `会议室${i + 1}`, capacity: 300, displayOrder: i })));
    const sessions = Array.from({ length: 300 }, (_, i) => {
      const day = Math.floor(i / 100);
      const slot = Math.floor((i % 100) / 40);
      const start = new Date(Date.UTC(2026, 9, 10 + day, 1 + slot * 2, 0));
      return { editionId: big.id, kind: 'sub_forum' as const, titleZh: `分论坛 ${i + 1}：数字经济与电商诚信`, startsAt: start, endsAt: new Date(start.getTime() + 90 * 60_000), roomId: rooms[i % 40].id, status: 'scheduled' as const };
    });
    await t.dataSource.getRepository(Session).save(sessions, { chunk: 50 });
    await api.post(`/api/editions/${big.id}/releases`, { note: 'v1' });
    const xml = (await t.http.get(`/api/editions/${big.slug}/schedule.xml`).expect(200)).text;
    expect(xsdErrors(xml)).toBe('');
    expect(xml.match(/<event /g)).toHaveLength(300);
    const json = (await t.http.get(`/api/editions/${big.slug}/schedule.json`).expect(200)).body;
    expect(jsonSchemaErrors(json)).toEqual([]);
  });

  it('has nothing to export before the first release', async () => {
    const draft = await api.edition('civilization', 2026, '2026-06-01', '2026-06-01');
    await t.http.get(`/api/editions/${draft.slug}/schedule.xml`).expect(404);
    await t.http.get(`/api/editions/${draft.slug}/schedule.json`).expect(404);
  });
});
