import { cookiesOf, openForm } from './browser/page-forms';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/** The fixture's year (publishedEditionWithForum's default): its edition runs on 1–2 December. */
const YEAR = 2036;

/** API errors and warnings in the reader's language: Chinese unless `Accept-Language` asks for English. */
describe('messages in the language of the request', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let organizer: string;
  let f: RegistrationFixture;

  const register = (body: object, language: string | null) => {
    const req = t.http.post(`/api/editions/${f.edition.id}/registrations`);
    return (language === null ? req.unset('Accept-Language') : req.set('Accept-Language', language)).send(body);
  };

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
    f = await publishedEditionWithForum(api, 'integrity', YEAR);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('names a bad field in Chinese under zh-CN, and keeps its path for programs', async () => {
    const res = await register(attendee(1, { email: 'not-an-address', sessionIds: [f.forum] }), 'zh-CN').expect(400);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(Object.keys(res.body.errors)).toEqual(['email']);
    expect(res.body.errors.email).toBe('「邮箱」不是有效的邮箱地址');
    expect(res.body.message).toContain('「邮箱」');
    expect(res.body.message).not.toMatch(/\bemail\b/);
  });

  it('names it in English words under en', async () => {
    const res = await register(attendee(2, { email: 'not-an-address', sessionIds: [f.forum] }), 'en-GB,en;q=0.9').expect(400);
    expect(res.headers['content-language']).toBe('en');
    expect(res.body.errors.email).toBe('E-mail must be a valid e-mail address');
  });

  it('says once that a missing field is required, not every rule it breaks', async () => {
    const zh = await register(attendee(4), 'zh-CN').expect(400);
    expect(zh.body.errors).toEqual({ sessionIds: '「场次」为必填项' });
    expect(zh.body.message).toBe('「场次」为必填项');
    const { name: _name, ...noName } = attendee(4, { sessionIds: [f.forum] });
    void _name;
    const en = await register(noName, 'en').expect(400);
    expect(en.body.errors).toEqual({ name: 'Name is required' });
    const blank = await register(attendee(4, { name: '  ', sessionIds: [f.forum] }), 'zh-CN').expect(400);
    expect(blank.body.errors).toEqual({ name: '「姓名」为必填项' });
  });

  it('answers in Chinese without Accept-Language, or for a language it does not speak', async () => {
    for (const language of [null, 'fr-FR', '*', 'de;q=0.9, ja']) {
      const res = await register(attendee(3, { email: 'nope', sessionIds: [f.forum] }), language).expect(400);
      expect({ language, email: res.body.errors.email }).toEqual({ language, email: '「邮箱」不是有效的邮箱地址' });
    }
    // The best-weighted language spoken wins.
    const weighted = await register(attendee(3, { email: 'nope', sessionIds: [f.forum] }), 'fr, en;q=0.8, zh;q=0.5').expect(400);
    expect(weighted.body.errors.email).toBe('E-mail must be a valid e-mail address');
  });

  it('words service refusals in the language asked for (an edition that is not there)', async () => {
    const zh = await t.http.get('/api/editions/integrity-1999').set('Accept-Language', 'zh-CN').expect(404);
    expect(zh.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.body.message).toContain('integrity-1999');
    const en = await t.http.get('/api/editions/integrity-1999').expect(404);
    expect(en.body.message).toContain('integrity-1999');
    expect(en.body.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('words a conflict (409) and a refused delete in Chinese, naming what refers to it', async () => {
    const zh = { Authorization: `Bearer ${organizer}`, 'Accept-Language': 'zh-CN' };
    const taken = await t.http.post(`/api/editions/${f.edition.id}/rooms`).set(zh).send({ name: '第一会议室', capacity: 10 }).expect(409);
    expect(taken.body.message).toMatch(/^本届大会已有名为 第一会议室 的会场（会场 \d+）$/);
    expect(taken.body.errors).toEqual({ name: '本届大会已使用该名称' });
    const [room] = await api.get(`/api/editions/${f.edition.id}/rooms`);
    const refused = await t.http.delete(`/api/rooms/${room.id}`).set(zh).expect(409);
    expect(refused.body.message).toMatch(/^无法删除会场 \d+：仍有 \d+ 个活动引用它$/);
    expect(Object.keys(refused.body.errors)).toEqual(['sessions']);
    const duplicate = await t.http.post('/api/editions').set(zh).send({ brand: 'integrity', year: YEAR, title: '重复', startDate: `${YEAR}-12-01`, endDate: `${YEAR}-12-02` }).expect(409);
    expect(duplicate.body.errors.year).toBe(`integrity 在 ${YEAR} 年已有一届大会`);
  });

  it('names the speaker, their organization and the other session in a conflict warning, in both languages', async () => {
    const cfis = (await api.get(`/api/organizations?q=${encodeURIComponent('中国网络社会组织联合会')}`))[0];
    const zhao = await api.post('/api/speakers', { name: '赵晖', nameEn: 'Zhao Hui', title: '秘书长', organizationId: cfis.id });
    await api.post(`/api/sessions/${f.forum}/speakers`, { speakerId: zhao.id, role: 'moderator' });
    const clash = await api.session(f.edition.id, { title: '数字素养分论坛', titleEn: 'Digital Literacy Forum', startsAt: `${YEAR}-12-01T15:00`, endsAt: `${YEAR}-12-01T16:00` });
    const zhWarning = await t.http.post(`/api/sessions/${clash.session.id}/speakers`).set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'zh-CN').send({ speakerId: zhao.id }).expect(201);
    const zh = zhWarning.body.warnings.map((w: { message: string }) => w.message);
    expect(zh).toEqual([expect.stringContaining('赵晖（中国网络社会组织联合会）同时在「平台经济诚信建设分论坛」')]);
    expect(zh[0]).not.toMatch(/Speaker \d/);

    const conflicts = await t.http.get(`/api/editions/${f.edition.id}/conflicts`).set('Authorization', `Bearer ${organizer}`).expect(200);
    const en = conflicts.body.warnings.map((w: { message: string }) => w.message);
    expect(en).toEqual(expect.arrayContaining([
      expect.stringContaining('Zhao Hui (China Federation of Internet Societies) is also in “Digital Literacy Forum”'),
    ]));
    expect(en.join(' ')).not.toMatch(/Speaker \d/);
  });

  it('refuses to publish when nothing changed since the last version (409), in either language', async () => {
    // The fixture published version 1, and then added a draft session: version 2 has something new.
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v2' });
    const en = await t.http.post(`/api/editions/${f.edition.id}/releases`).set('Authorization', `Bearer ${organizer}`).send({ note: 'again' }).expect(409);
    expect(en.body.message).toContain('Nothing changed since version 2');
    const zh = await t.http.post(`/api/editions/${f.edition.id}/releases`).set('Authorization', `Bearer ${organizer}`).set('Accept-Language', 'zh-CN').send({}).expect(409);
    expect(zh.body.message).toContain('自版本 2 以来没有变化');
    const releases = await api.get(`/api/editions/${f.edition.id}/releases`);
    expect(releases.map((r: { version: number }) => r.version)).toEqual(expect.not.arrayContaining([3]));
    // A change makes the next version possible again.
    await api.patch(`/api/sessions/${f.other}`, { title: '青少年网络保护分论坛（更名）' });
    expect((await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'v3' })).version).toBe(3);
  });

  it('refuses it on the organizer’s page too, in the page’s language', async () => {
    const form = await openForm(t, '/admin/sign-in');
    const signedIn = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password });
    const cookie = cookiesOf(signedIn, form.cookie);
    const before = (await api.get(`/api/editions/${f.edition.id}/releases`)) as { version: number }[];
    const admin = await openForm(t, `/admin/editions/${f.edition.id}`, cookie);
    const zh = await t.http.post(`/admin/editions/${f.edition.id}/releases`).set('Cookie', admin.cookie).type('form').send({ _csrf: admin.csrf, note: '再发一次' });
    expect(zh.status).toBe(409);
    expect(zh.text).toContain(`自版本 ${before[0].version} 以来没有变化`);
    const english = await openForm(t, `/admin/editions/${f.edition.id}?lang=en`, admin.cookie);
    const en = await t.http.post(`/admin/editions/${f.edition.id}/releases`).set('Cookie', english.cookie).type('form').send({ _csrf: english.csrf });
    expect(en.status).toBe(409);
    expect(en.text).toContain(`Nothing changed since version ${before[0].version}`);
    expect(await api.get(`/api/editions/${f.edition.id}/releases`)).toHaveLength(before.length);
  });
});
