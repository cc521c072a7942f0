import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';
import { cookiesOf, openForm } from './browser/page-forms';

/** The schedule board over HTTP: the script-free page, and the same-origin JSON route its script saves moves through. */
describe('schedule board', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let cookie: string;
  let editionId: number;
  let hall: number;
  let second: number;

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    await api.post('/api/brands', { slug: 'board', name: '排布测试大会' });
    const form = await openForm(t, '/admin/sign-in');
    const signedIn = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password });
    cookie = cookiesOf(signedIn, form.cookie);
  });
  afterAll(async () => {
    await t?.close();
  });

  beforeAll(async () => {
    const edition = await api.edition('board', 2036, '2036-05-10', '2036-05-11');
    editionId = edition.id;
    hall = (await api.room(editionId, '主会场', 300)).id;
    second = (await api.room(editionId, '第二会议室', 80)).id;
  });

  async function board(): Promise<{ html: string; csrf: string }> {
    const res = await t.http.get(`/admin/editions/${editionId}/board`).set('Cookie', cookie).expect(200);
    cookie = cookiesOf(res, cookie);
    const csrf = /data-csrf="([^"]+)"/.exec(res.text)?.[1];
    if (!csrf) throw new Error('no data-csrf on the board');
    return { html: res.text, csrf };
  }

  const move = (id: number, csrf: string, body: object, lang = 'zh') =>
    t.http.post(`/admin/sessions/${id}/placement`).set('Cookie', `${cookie}; huiwu_lang=${lang}`).set('x-csrf-token', csrf).send(body);

  it('draws days × rooms in quarter hours, each card where its session is, the unscheduled aside', async () => {
    const forum = (await api.session(editionId, { title: '平台经济诚信建设分论坛', startsAt: '2036-05-10T09:00', endsAt: '2036-05-10T10:30', roomId: hall })).session.id;
    const later = (await api.session(editionId, { title: '网络诚信研讨会', kind: 'seminar' })).session.id;
    const { html } = await board();
    expect(html).toContain('<h2 id="board-day-2036-05-10">');
    expect(html).toContain('<h2 id="board-day-2036-05-11">');
    // The forum's cell starts at 09:00 in the main hall and spans six quarters.
    expect(html).toMatch(new RegExp(`<td rowspan="6" data-at="2036-05-10T09:00" data-room="${hall}" class="board-occupied"><div class="board-card[^"]*"[^>]*data-session="${forum}" data-starts="2036-05-10T09:00" data-ends="2036-05-10T10:30" data-room="${hall}"`));
    expect(html).toMatch(new RegExp(`class="board-tray-list"><li><div class="board-card[^"]*"[^>]*data-session="${later}" data-starts="" data-ends=""`));
    expect(html).toContain(`href="/admin/sessions/${forum}/edit"`);
    expect(html).toContain('<script type="module" src="/assets/schedule-board.js"></script>');
    expect(html).not.toMatch(/<script>|\son[a-z]+="/);
  });

  it('saves a move through the session service, and refuses a double booking with the conflict in the page’s language', async () => {
    const a = (await api.session(editionId, { title: '开幕式', kind: 'opening_ceremony', startsAt: '2036-05-11T09:00', endsAt: '2036-05-11T10:00', roomId: hall })).session.id;
    const b = (await api.session(editionId, { title: '主论坛', kind: 'main_forum', startsAt: '2036-05-11T09:00', endsAt: '2036-05-11T10:00', roomId: second })).session.id;
    const { csrf } = await board();

    const moved = await move(b, csrf, { startsAt: '2036-05-11T10:15', endsAt: '2036-05-11T11:30', roomId: hall }).expect(200);
    expect(moved.body.session).toMatchObject({ id: b, startsAt: '2036-05-11T10:15:00+08:00', endsAt: '2036-05-11T11:30:00+08:00', room: { id: hall } });
    expect(moved.body.warnings).toEqual([]);

    const refused = await move(b, csrf, { startsAt: '2036-05-11T09:30', endsAt: '2036-05-11T10:30', roomId: hall }).expect(409);
    expect(refused.body.message).toBe('与「开幕式」（场次 ' + a + '）在同一会场「主会场」时间重叠');
    expect(refused.body.conflicts[0]).toMatchObject({ code: 'room_overlap', otherSessionId: a });
    const english = await move(b, csrf, { startsAt: '2036-05-11T09:30', endsAt: '2036-05-11T10:30', roomId: hall }, 'en').expect(409);
    expect(english.body.message).toContain('Overlaps');
    // Refused: the session is where it was.
    expect((await api.get(`/api/sessions/${b}`)).startsAt).toBe('2036-05-11T10:15:00+08:00');

    const outside = await move(b, csrf, { startsAt: '2036-05-12T09:00', endsAt: '2036-05-12T10:00', roomId: hall }).expect(409);
    expect(outside.body.message).toContain('不在大会日期');
    const invalid = await move(b, csrf, { startsAt: 'tomorrow', endsAt: '2036-05-12T10:00', roomId: hall }).expect(400);
    expect(invalid.body.errors.startsAt).toBeDefined();
  });

  it('answers a warning when a speaker is elsewhere then, and marks the card', async () => {
    const zhao = await api.speaker('赵晖');
    const one = (await api.session(editionId, { title: '网络文明论坛', startsAt: '2036-05-10T14:00', endsAt: '2036-05-10T15:00', roomId: hall })).session.id;
    const two = (await api.session(editionId, { title: '数字素养论坛', startsAt: '2036-05-10T16:00', endsAt: '2036-05-10T17:00', roomId: second })).session.id;
    await api.post(`/api/sessions/${one}/speakers`, { speakerId: zhao.id });
    await api.post(`/api/sessions/${two}/speakers`, { speakerId: zhao.id });
    const { csrf } = await board();
    const res = await move(two, csrf, { startsAt: '2036-05-10T14:30', endsAt: '2036-05-10T15:30', roomId: second }).expect(200);
    expect(res.body.warnings).toEqual([expect.objectContaining({ severity: 'warning', code: 'speaker_overlap', message: expect.stringContaining('赵晖') })]);
    const { html } = await board();
    expect(html).toMatch(new RegExp(`board-card has-conflict conflict-warning"[^>]*data-session="${two}"`));
  });

  it('lists a speaker’s sessions across editions and brands, each with the ones it overlaps (API)', async () => {
    await api.post('/api/brands', { slug: 'elsewhere', name: '另一品牌大会' });
    const other = await api.edition('elsewhere', 2036, '2036-05-10', '2036-05-10');
    const li = await api.speaker('李明');
    const here = (await api.session(editionId, { title: '青年论坛', startsAt: '2036-05-11T15:00', endsAt: '2036-05-11T16:00', roomId: second })).session.id;
    const there = (await api.session(other.id, { title: '诚信论坛', startsAt: '2036-05-10T15:00', endsAt: '2036-05-10T16:00' })).session.id;
    const apart = (await api.session(editionId, { title: '闭幕式', kind: 'main_forum', startsAt: '2036-05-10T15:30', endsAt: '2036-05-10T16:30', roomId: second })).session.id;
    for (const s of [here, there, apart]) await api.post(`/api/sessions/${s}/speakers`, { speakerId: li.id });
    const sessions = await api.get(`/api/speakers/${li.id}/sessions`);
    const byId = Object.fromEntries(sessions.map((a: { sessionId: number }) => [a.sessionId, a]));
    expect(byId[there]).toMatchObject({ editionId: other.id, brandSlug: 'elsewhere', overlapsWith: [apart], startsAt: '2036-05-10T15:00:00+08:00' });
    expect(byId[apart]).toMatchObject({ editionId, brandSlug: 'board', overlapsWith: [there] });
    expect(byId[here].overlapsWith).toEqual([]);
    await api.get('/api/speakers/999999/sessions', 404);
  });

  it('previews the next release without writing it, then says nothing changed once published (API)', async () => {
    const preview = await api.get(`/api/editions/${editionId}/releases/preview`);
    const sessions = await api.get(`/api/editions/${editionId}/sessions`);
    expect(preview).toMatchObject({ nextVersion: 1, currentVersion: null, unchanged: false, errors: [], sessionCount: sessions.length });
    expect(preview.changelog.added).toHaveLength(sessions.length);
    const timed = sessions.filter((x: { startsAt: string | null }) => x.startsAt).length;
    expect(preview.calendars).toEqual({ added: timed, updated: 0, cancelled: 0 });
    expect(await api.get(`/api/editions/${editionId}/releases`)).toEqual([]);
    await api.post(`/api/editions/${editionId}/releases`, { note: '首版' });
    const after = await api.get(`/api/editions/${editionId}/releases/preview`);
    expect(after).toMatchObject({ nextVersion: 2, currentVersion: 1, unchanged: true, calendars: { added: 0, updated: 0, cancelled: 0 } });
    const [first] = sessions.filter((x: { startsAt: string | null }) => x.startsAt);
    await api.patch(`/api/sessions/${first.id}`, { titleEn: 'Renamed' });
    const renamed = await api.get(`/api/editions/${editionId}/releases/preview`);
    expect(renamed.changelog.retitled.map((e: { sessionId: number }) => e.sessionId)).toEqual([first.id]);
    expect(renamed.calendars).toEqual({ added: 0, updated: 1, cancelled: 0 });
  });

  it('refuses a move without the page’s CSRF token or sign-in, in JSON', async () => {
    const [session] = await api.get(`/api/editions/${editionId}/sessions`);
    const forged = await t.http.post(`/admin/sessions/${session.id}/placement`).set('Cookie', cookie).send({ startsAt: '2036-05-10T08:00', endsAt: '2036-05-10T09:00' }).expect(403);
    expect(forged.headers['content-type']).toContain('application/json');
    const { csrf } = await board();
    const signedOut = cookie.split('; ').filter((c) => !c.startsWith('huiwu_session=')).join('; ');
    const anonymous = await t.http.post(`/admin/sessions/${session.id}/placement`).set('Cookie', signedOut).set('x-csrf-token', csrf).send({}).expect(401);
    expect(anonymous.body.message).toContain('登录已过期');
  });
});
