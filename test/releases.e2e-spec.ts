import { Session } from '../src/sessions/entities/session.entity';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

describe('program releases, the public program and cloning', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let edition: { id: number; slug: string };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    edition = await api.edition('civilization', 2026, '2026-11-19', '2026-11-20', { title: '2026年中国网络文明大会', theme: '测试主题' });
    const hall = await api.room(edition.id, '主会场', 1000);
    const salon = await api.room(edition.id, '分会场一', 200);
    const [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
    const plan: [string, object][] = [
      ['opening', { kind: 'opening_ceremony', title: '开幕式', startsAt: '2026-11-19T09:00', endsAt: '2026-11-19T10:00', roomId: hall.id }],
      ['main', { kind: 'main_forum', title: '主论坛', startsAt: '2026-11-19T10:00', endsAt: '2026-11-19T12:00', roomId: hall.id }],
      ['integrity', { kind: 'sub_forum', title: '平台经济诚信建设分论坛', startsAt: '2026-11-19T14:00', endsAt: '2026-11-19T17:00', roomId: salon.id, capacity: 200, hosts: [{ organizationId: cfis.id, printedName: '中网联' }] }],
      ['youth', { kind: 'sub_forum', title: '青少年网络保护分论坛', startsAt: '2026-11-20T09:30', endsAt: '2026-11-20T11:00', roomId: salon.id }],
      ['launch', { kind: 'launch_event', title: '发布活动', startsAt: '2026-11-20T14:00', endsAt: '2026-11-20T15:00', roomId: hall.id }],
    ];
    for (const [key, body] of plan) ids[key] = (await api.session(edition.id, body)).session.id;
    const speaker = await api.speaker('赵晖', '秘书长');
    ids.speaker = speaker.id;
    await api.post(`/api/sessions/${ids.integrity}/speakers`, { speakerId: speaker.id, role: 'moderator' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows no program before the first release, with a clear status', async () => {
    await t.http.get(`/api/editions/${edition.slug}/program`).expect(404); // the edition itself is still a draft
    await api.patch(`/api/editions/${edition.id}`, { status: 'published' });
    const program = (await t.http.get(`/api/editions/${edition.slug}/program`).expect(200)).body;
    expect(program).toMatchObject({ status: 'not_published', release: null, days: [], unscheduled: [] });
  });

  it('publishes version 1 with every session added', async () => {
    const v1 = await api.post(`/api/editions/${edition.id}/releases`, { note: '首次发布' });
    expect(v1).toMatchObject({ version: 1, note: '首次发布', sessionCount: 5, publishedBy: ADMIN.email });
    expect(v1.changelog.added.map((e: { sessionId: number }) => e.sessionId).sort()).toEqual(Object.values(ids).filter((id) => id !== ids.speaker).sort());
    const program = (await t.http.get(`/api/editions/${edition.slug}/program`).expect(200)).body;
    expect(program.status).toBe('published');
    expect(program.release.version).toBe(1);
    expect(program.days.map((d: { date: string }) => d.date)).toEqual(['2026-11-19', '2026-11-20']);
    expect(program.days[0].sessions.map((s: { title: string }) => s.title)).toEqual(['开幕式', '主论坛', '平台经济诚信建设分论坛']);
    const integrity = program.days[0].sessions[2];
    expect(integrity).toMatchObject({ startsAt: '2026-11-19T14:00:00+08:00', room: { name: '分会场一' }, sequence: 0, status: 'scheduled' });
    expect(integrity.hosts[0]).toMatchObject({ name: '中网联' });
    expect(integrity.speakers[0]).toMatchObject({ name: '赵晖', title: '秘书长', role: 'moderator' });
  });

  it('keeps drafts out of the public program until the next release', async () => {
    await api.patch(`/api/sessions/${ids.main}`, { startsAt: '2026-11-19T10:30', endsAt: '2026-11-19T12:30' });
    await api.patch(`/api/sessions/${ids.youth}`, { status: 'cancelled' });
    await api.patch(`/api/sessions/${ids.launch}`, { title: '年度报告发布活动' });
    const second = await api.speaker('李明', '教授');
    await api.post(`/api/sessions/${ids.integrity}/speakers`, { speakerId: second.id, role: 'speaker' });
    await api.session(edition.id, { kind: 'seminar', title: '新增研讨会', startsAt: '2026-11-20T16:00', endsAt: '2026-11-20T17:00' });
    const program = (await t.http.get(`/api/editions/${edition.slug}/program`).expect(200)).body;
    expect(program.release.version).toBe(1);
    const main = program.days[0].sessions.find((s: { id: number }) => s.id === ids.main);
    expect(main.startsAt).toBe('2026-11-19T10:00:00+08:00');
    expect(JSON.stringify(program)).not.toContain('新增研讨会');
  });

  it('publishes version 2 with a changelog of what moved, was cancelled, retitled, added and re-staffed', async () => {
    const v2 = await api.post(`/api/editions/${edition.id}/releases`, { note: '调整' });
    expect(v2.version).toBe(2);
    const log = v2.changelog;
    expect(log.moved).toEqual([
      expect.objectContaining({
        sessionId: ids.main,
        from: expect.objectContaining({ startsAt: '2026-11-19T10:00:00+08:00', endsAt: '2026-11-19T12:00:00+08:00' }),
        to: expect.objectContaining({ startsAt: '2026-11-19T10:30:00+08:00', endsAt: '2026-11-19T12:30:00+08:00' }),
      }),
    ]);
    expect(log.cancelled).toEqual([expect.objectContaining({ sessionId: ids.youth })]);
    expect(log.retitled).toEqual([expect.objectContaining({ sessionId: ids.launch, previousTitle: '发布活动', title: '年度报告发布活动' })]);
    expect(log.speakersChanged).toEqual([expect.objectContaining({ sessionId: ids.integrity, speakersAdded: ['李明'], speakersRemoved: [] })]);
    expect(log.added.map((e: { title: string }) => e.title)).toEqual(['新增研讨会']);
    expect(log.restored).toEqual([]);

    const program = (await t.http.get(`/api/editions/${edition.slug}/program`).expect(200)).body;
    const all = [...program.days.flatMap((d: { sessions: object[] }) => d.sessions)] as { id: number; sequence: number; status: string }[];
    const byId = Object.fromEntries(all.map((s) => [s.id, s]));
    expect(byId[ids.main].sequence).toBe(1);
    expect(byId[ids.youth]).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(byId[ids.opening].sequence).toBe(0);

    const releases = await api.get(`/api/editions/${edition.id}/releases`);
    expect(releases.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(releases[0].changelog.moved[0].sessionId).toBe(ids.main);
  });

  it('serves the program as stored bytes per release, with 304 to a conditional request', async () => {
    const first = await t.http.get(`/api/editions/${edition.slug}/program`).expect(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const again = await t.http.get(`/api/editions/${edition.slug}/program`).expect(200);
    expect(again.text).toBe(first.text);
    await t.http.get(`/api/editions/${edition.slug}/program`).set('If-None-Match', first.headers.etag).expect(304);
  });

  it('refuses a release with nothing changed (409), and does not count a release against a session it leaves unchanged', async () => {
    const unchanged = await api.post(`/api/editions/${edition.id}/releases`, {}, 409);
    expect(unchanged.message).toBe('Nothing changed since version 2; there is no new version to publish');
    expect((await api.get(`/api/editions/${edition.id}/releases`)).map((r: { version: number }) => r.version)).toEqual([2, 1]);
    await api.patch(`/api/sessions/${ids.launch}`, { description: '发布年度报告' });
    const v3 = await api.post(`/api/editions/${edition.id}/releases`, {});
    expect(v3.changelog.detailsChanged.map((e: { sessionId: number }) => e.sessionId)).toEqual([ids.launch]);
    expect(Object.values(v3.changelog).flat()).toHaveLength(1);
    const program = (await t.http.get(`/api/editions/${edition.slug}/program`).expect(200)).body;
    const main = program.days[0].sessions.find((s: { id: number }) => s.id === ids.main);
    expect(main.sequence).toBe(1);
    expect(program.release.version).toBe(3);
  });

  it('refuses to delete a published session (it must be cancelled), and to publish a schedule with errors', async () => {
    const res = await api.delete(`/api/sessions/${ids.opening}`, 409);
    expect(res.message).toContain('cancel');
    // Force an error in behind the API's back: the release must still refuse it.
    await t.dataSource.getRepository(Session).update({ id: ids.launch }, { startsAt: new Date('2026-11-19T01:30:00Z'), endsAt: new Date('2026-11-19T02:30:00Z') });
    const refused = await api.post(`/api/editions/${edition.id}/releases`, {}, 409);
    expect(refused.conflicts[0]).toMatchObject({ code: 'room_overlap' });
    expect((await t.http.get(`/api/editions/${edition.slug}/program`)).body.release.version).toBe(3);
    await t.dataSource.getRepository(Session).update({ id: ids.launch }, { startsAt: new Date('2026-11-20T06:00:00Z'), endsAt: new Date('2026-11-20T07:00:00Z') });
  });

  it('clones next year’s edition as a draft: roles, rooms and outline shifted, no speakers', async () => {
    const [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: cfis.id, role: 'organizer' });
    const clone = await api.post(`/api/editions/${edition.id}/clone`, { year: 2027, startDate: '2027-11-25' });
    expect(clone).toMatchObject({ slug: 'civilization-2027', status: 'draft', startDate: '2027-11-25', endDate: '2027-11-26', title: '2027年中国网络文明大会', theme: null });
    expect(clone.roles.organizer[0].id).toBe(cfis.id);
    const rooms = await api.get(`/api/editions/${clone.id}/rooms`);
    expect(rooms.map((r: { name: string }) => r.name)).toEqual(['主会场', '分会场一']);
    const sessions = await api.get(`/api/editions/${clone.id}/sessions`);
    expect(sessions.map((s: { title: string }) => s.title)).not.toContain('青少年网络保护分论坛'); // cancelled: not carried over
    const integrity = sessions.find((s: { title: string }) => s.title === '平台经济诚信建设分论坛');
    expect(integrity).toMatchObject({ startsAt: '2027-11-25T14:00:00+08:00', endsAt: '2027-11-25T17:00:00+08:00', capacity: 200, speakers: [] });
    expect(integrity.room.name).toBe('分会场一');
    expect(integrity.room.id).not.toBe(ids.integrity);
    expect(integrity.hosts[0]).toMatchObject({ organizationId: cfis.id, name: '中网联' });
    await t.http.get('/api/editions/civilization-2027').expect(404);
    await api.post(`/api/editions/${edition.id}/clone`, { year: 2027, startDate: '2027-11-25' }, 409);
    const { errors } = await api.get(`/api/editions/${clone.id}/conflicts`);
    expect(errors).toEqual([]);
  });

  it('ships the seeded editions with a first release', async () => {
    const program = (await t.http.get('/api/editions/civilization-2021/program').expect(200)).body;
    expect(program).toMatchObject({ status: 'published', release: { version: 1 } });
    expect(program.unscheduled.map((s: { title: string }) => s.title)).toEqual(['平台经济诚信建设分论坛']);
    expect(program.unscheduled[0]).toMatchObject({ day: '2021-11-19', theme: '诚信点亮美好 文明照鉴未来', hosts: [expect.objectContaining({ name: '中网联' })] });
  });
});
