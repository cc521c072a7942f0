import { ChildProcess, spawn } from 'node:child_process';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { eventBlocksWithoutStamp, parseCalendar } from './support/ical';
import { ScheduleBuilder } from './support/schedule-builder';
import { freePort, MAIN } from './support/server-process';
import { startTestApp, TestApp } from './support/test-app';

describe('calendar feeds of the published program', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let edition: { id: number; slug: string };
  let host: { id: number };
  const ids: Record<string, number> = {};
  const uid = (id: number) => `session-${id}@huiwu.test`;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    edition = await api.edition('integrity', 2026, '2026-12-01', '2026-12-02', { venue: '西安国际会议中心', title: '2026中国网络诚信大会', titleEn: '2026 China Internet Integrity Conference' });
    const hall = await api.room(edition.id, '主会场', 800);
    const salon = await api.room(edition.id, '第一会议室', 120);
    host = await api.organization('陕西省网络文化协会', { nameEn: 'Shaanxi Internet Culture Association' });
    ids.forum = (await api.session(edition.id, {
      title: '诚信, 文明; 与\n共治分论坛',
      titleEn: 'Integrity Forum',
      theme: '网聚诚信力量 共创信用中国',
      startsAt: '2026-12-01T09:30',
      endsAt: '2026-12-01T11:00',
      roomId: salon.id,
      hosts: [{ organizationId: host.id }],
    })).session.id;
    ids.opening = (await api.session(edition.id, { kind: 'opening_ceremony', title: '开幕式', startsAt: '2026-12-01T08:30', endsAt: '2026-12-01T09:15', roomId: hall.id })).session.id;
    ids.main = (await api.session(edition.id, { kind: 'main_forum', title: '主论坛', startsAt: '2026-12-01T14:00', endsAt: '2026-12-01T17:00', roomId: hall.id })).session.id;
    ids.late = (await api.session(edition.id, { kind: 'side_event', title: '边会', startsAt: '2026-12-02T19:00', endsAt: '2026-12-02T20:00', roomId: salon.id })).session.id;
    const speaker = await api.speaker('郭全啟', '副会长');
    await api.post(`/api/sessions/${ids.forum}/speakers`, { speakerId: speaker.id, role: 'moderator' });
    await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the edition as text/calendar that a real parser reads at the right instants', async () => {
    const res = await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('integrity-2026.ics');
    const { calendar, events } = parseCalendar(res.text);
    expect(events).toHaveLength(4);
    const forum = events.find((e) => e.uid === uid(ids.forum))!;
    expect(forum.startDate.toJSDate().toISOString()).toBe('2026-12-01T01:30:00.000Z');
    expect(forum.endDate.toJSDate().toISOString()).toBe('2026-12-01T03:00:00.000Z');
    expect(forum.startDate.zone.tzid).toBe('Asia/Shanghai');
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Shanghai']);
    expect(forum.summary).toBe('诚信, 文明; 与\n共治分论坛');
    expect(forum.location).toBe('西安国际会议中心 第一会议室');
    expect(forum.description).toContain('主题：网聚诚信力量 共创信用中国');
    expect(forum.description).toContain('主办：陕西省网络文化协会');
    expect(forum.description).toContain('郭全啟 (副会长)');
    expect(forum.sequence).toBe(0);
    const vevent = forum.component;
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('url')).toBe(`http://huiwu.test/e/${edition.slug}/sessions/${ids.forum}`);
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual(['分论坛']);
    expect(res.text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(res.text).toMatch(/\r\nLAST-MODIFIED:\d{8}T\d{6}Z\r\n/);
    expect(res.text).toContain(`DTSTART;TZID=Asia/Shanghai:20261201T093000`);
  });

  it('gives English where present with ?lang=en, and refuses another language', async () => {
    const { events } = parseCalendar((await t.http.get(`/api/editions/${edition.slug}/calendar.ics?lang=en`).expect(200)).text);
    expect(events.find((e) => e.uid === uid(ids.forum))!.summary).toBe('Integrity Forum');
    expect(events.find((e) => e.uid === uid(ids.opening))!.summary).toBe('开幕式');
    const bad = await t.http.get(`/api/editions/${edition.slug}/calendar.ics?lang=fr`).expect(400);
    expect(bad.body.errors).toHaveProperty('lang');
  });

  it('answers a conditional request with 304', async () => {
    const first = await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^".+"$/);
    const again = await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).set('If-None-Match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).set('If-Modified-Since', first.headers['last-modified']).expect(304);
    await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).set('If-None-Match', '"something-else"').expect(200);
  });

  it('follows a release that moves one session and cancels another, leaving the rest byte for byte', async () => {
    const before = (await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).expect(200)).text;
    await api.patch(`/api/sessions/${ids.main}`, { startsAt: '2026-12-01T15:00', endsAt: '2026-12-01T18:00' });
    await api.patch(`/api/sessions/${ids.late}`, { status: 'cancelled' });
    await api.post(`/api/editions/${edition.id}/releases`, { note: 'v2' });
    const after = (await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).expect(200)).text;
    const { events } = parseCalendar(after);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get(uid(ids.main))!.sequence).toBe(1);
    expect(byUid.get(uid(ids.main))!.startDate.toJSDate().toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(byUid.get(uid(ids.late))!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid.get(uid(ids.late))!.sequence).toBe(1);
    const was = eventBlocksWithoutStamp(before);
    const now = eventBlocksWithoutStamp(after);
    for (const id of [ids.forum, ids.opening]) expect(now.get(uid(id))).toBe(was.get(uid(id)));
    expect(now.get(uid(ids.main))).not.toBe(was.get(uid(ids.main)));
  });

  it('serves one session, and the sessions an organization hosts', async () => {
    const one = parseCalendar((await t.http.get(`/api/sessions/${ids.forum}/calendar.ics`).expect(200)).text);
    expect(one.events.map((e) => e.uid)).toEqual([uid(ids.forum)]);
    const org = parseCalendar((await t.http.get(`/api/organizations/${host.id}/calendar.ics`).expect(200)).text);
    expect(org.events.map((e) => e.uid)).toEqual([uid(ids.forum)]);
    await t.http.get('/api/sessions/999999/calendar.ics').expect(404);
    await t.http.get('/api/organizations/999999/calendar.ics').expect(404);
  });

  it('publishes nothing of drafts', async () => {
    const draft = await api.edition('civilization', 2026, '2026-06-01', '2026-06-01');
    const { session } = await api.session(draft.id, { title: '草稿分论坛', startsAt: '2026-06-01T09:00', endsAt: '2026-06-01T10:00' });
    await t.http.get(`/api/editions/${draft.slug}/calendar.ics`).expect(404);
    await t.http.get(`/api/sessions/${session.id}/calendar.ics`).expect(404);
    // A session added after the last release is not in the feed either.
    const { session: fresh } = await api.session(edition.id, { title: '新加的', startsAt: '2026-12-02T09:00', endsAt: '2026-12-02T10:00' });
    await t.http.get(`/api/sessions/${fresh.id}/calendar.ics`).expect(404);
    const feed = (await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).expect(200)).text;
    expect(feed).not.toContain('新加的');
  });

  it('links the feed from the edition and the program, as webcal for subscription', async () => {
    const detail = (await t.http.get(`/api/editions/${edition.slug}`).expect(200)).body;
    expect(detail.links.webcal).toBe(`webcal://huiwu.test/api/editions/${edition.slug}/calendar.ics`);
    const program = (await t.http.get(`/api/editions/${edition.slug}/program`).expect(200)).body;
    expect(program.links.calendar).toBe(`http://huiwu.test/api/editions/${edition.slug}/calendar.ics`);
  });

  describe('whatever zone the server process runs in', () => {
    const servers: ChildProcess[] = [];
    afterAll(() => {
      for (const server of servers) server.kill('SIGTERM');
    });

    it('writes the same bytes under TZ=UTC and TZ=America/New_York', async () => {
      const inProcess = (await t.http.get(`/api/editions/${edition.slug}/calendar.ics`).expect(200)).text;
      const bodies: string[] = [];
      for (const zone of ['UTC', 'America/New_York']) {
        // From the kernel: a fixed range collided once with an outgoing connection's port.
        const port = await freePort();
        const server = spawn(process.execPath, [MAIN], {
          env: { PATH: process.env.PATH, TZ: zone, DATABASE_URL: t.database.url, PORT: String(port), HOST: '127.0.0.1', PUBLIC_BASE_URL: 'http://huiwu.test', LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        servers.push(server);
        let stderr = '';
        server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        let body: string | undefined;
        let last = 'no answer';
        // Up to a minute: on a busy CI machine a second server may take a while to start.
        for (const deadline = Date.now() + 60_000; body === undefined && Date.now() < deadline && server.exitCode === null; ) {
          try {
            const res = await fetch(`http://127.0.0.1:${port}/api/editions/${edition.slug}/calendar.ics`);
            if (res.ok) body = await res.text();
            else last = `${res.status} ${(await res.text()).slice(0, 200)}`;
          } catch (error) {
            last = (error as Error).message;
          }
          if (body === undefined) await new Promise((r) => setTimeout(r, 200));
        }
        expect({ zone, served: body !== undefined, last: body === undefined ? last : '', stderr: body === undefined ? stderr.slice(-2000) : '' }).toEqual({ zone, served: true, last: '', stderr: '' });
        bodies.push(body!);
        const forum = parseCalendar(body!).events.find((e) => e.uid === uid(ids.forum))!;
        expect(forum.startDate.toJSDate().toISOString()).toBe('2026-12-01T01:30:00.000Z');
      }
      expect(bodies[0]).toBe(inProcess);
      expect(bodies[1]).toBe(inProcess);
    }, 150_000);
  });
});
