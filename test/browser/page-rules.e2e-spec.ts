import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { CONSENT, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { startTestApp, TestApp } from '../support/test-app';
import { cookiesOf, FORM_CONSENT, openForm } from './page-forms';

const PAST = '2020-01-01T09:00:00+08:00';
const FUTURE = '2031-11-20T09:00:00+08:00';

/** The pages refuse what the API refuses, by the API's own rules, and say why where the reader looks. */
describe('pages apply the API’s rules', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let fixture: RegistrationFixture;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    fixture = await publishedEditionWithForum(api, 'integrity', 2031);
    // The sub-forum's registration closed long ago; the other's opens later.
    await api.patch(`/api/sessions/${fixture.forum}`, { registrationClosesAt: PAST });
    await api.patch(`/api/sessions/${fixture.other}`, { registrationOpensAt: FUTURE });
  });
  afterAll(async () => {
    await t?.close();
  });

  const choiceOf = (html: string, sessionId: number) => {
    const start = html.indexOf(`id="s-${sessionId}"`);
    return start < 0 ? '' : html.slice(html.lastIndexOf('<div class="choice', start), html.indexOf('</div>', start));
  };

  it('offers a session outside its registration window unticked and disabled, with the reason beside it, in Chinese and English', async () => {
    const zh = await t.http.get(`/e/${fixture.edition.slug}/register?session=${fixture.forum}`).expect(200);
    const closed = choiceOf(zh.text, fixture.forum);
    expect(closed).toContain('disabled');
    expect(closed).not.toContain('checked');
    expect(closed).toContain('报名已于 2020年1月1日 周三 09:00 截止');
    const later = choiceOf(zh.text, fixture.other);
    expect(later).toContain('disabled');
    expect(later).toContain('报名将于 2031年11月20日 周四 09:00 开始');

    const en = await t.http.get(`/e/${fixture.edition.slug}/register?lang=en`).expect(200);
    expect(choiceOf(en.text, fixture.forum)).toContain('Registration closed Wed 1 Jan 2020, 09:00 Beijing time');
    expect(choiceOf(en.text, fixture.other)).toContain('Registration opens Thu 20 Nov 2031, 09:00 Beijing time');
  });

  it('refuses such a session when the form is sent anyway, beside the session, keeping what was typed', async () => {
    const form = await openForm(t, `/e/${fixture.edition.slug}/register`);
    const refused = await t.http
      .post(`/e/${fixture.edition.slug}/register`)
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.csrf, name: '李四', email: 'window@example.com', sessionIds: String(fixture.forum), ...FORM_CONSENT });
    expect(refused.status).toBe(422);
    const choice = choiceOf(refused.text, fixture.forum);
    expect(choice).toContain('has-error');
    expect(choice).toContain('checked');
    expect(choice).toContain('class="field-error choice-reason"');
    expect(choice).toContain('报名已于 2020年1月1日 周三 09:00 截止');
    expect(refused.text).toContain(`href="#s-${fixture.forum}"`);
    expect(refused.text).toContain('value="李四"');
    expect(refused.text).not.toContain('closed at');
    // The API agrees, and nobody was registered.
    const byApi = await t.http.post(`/api/editions/${fixture.edition.id}/registrations`).send({ name: '李四', email: 'window@example.com', sessionIds: [fixture.forum], ...CONSENT });
    expect(byApi.status).toBe(422);
  });

  it('says why beside the session when a registration asks to add one outside its window', async () => {
    // A registration names a session: one open for registration, published for this test.
    const open = (await api.session(fixture.edition.id, { title: '可报名的研讨会', kind: 'seminar', startsAt: '2031-12-02T19:00', endsAt: '2031-12-02T20:00' })).session.id;
    await api.post(`/api/editions/${fixture.edition.id}/releases`, { note: 'open seminar' });
    const created = await api.post(`/api/editions/${fixture.edition.id}/registrations`, { name: '王五', email: 'change@example.com', sessionIds: [open], ...CONSENT });
    const manageUrl = `/r/${created.code}?token=${encodeURIComponent(created.token)}`;
    const form = await openForm(t, manageUrl);
    expect(choiceOf(form.html, fixture.forum)).toContain('报名已于 2020年1月1日 周三 09:00 截止');
    const refused = await t.http
      .post(`/r/${created.code}/sessions`)
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.csrf, token: created.token, sessionIds: String(fixture.forum) });
    expect(refused.status).toBe(422);
    const choice = choiceOf(refused.text, fixture.forum);
    expect(choice).toContain('class="field-error choice-reason"');
    expect(choice).toContain('报名已于 2020年1月1日 周三 09:00 截止');
    expect(refused.text).not.toContain('closed at');
  });

  it('tells the limits of the fields as the API’s request class sets them', async () => {
    const form = await openForm(t, `/e/${fixture.edition.slug}/register`);
    const refused = await t.http
      .post(`/e/${fixture.edition.slug}/register`)
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.csrf, name: '长'.repeat(101), email: 'limits@example.com', organization: '单'.repeat(201) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('请填写姓名（最多 100 字）');
    expect(refused.text).toContain('工作单位最多 200 字');
  });

  it('does not link to the form from a session whose registration window is closed', async () => {
    const closed = await t.http.get(`/e/${fixture.edition.slug}/sessions/${fixture.forum}`).expect(200);
    expect(closed.text).not.toContain(`/register?session=${fixture.forum}`);
  });

  it('shows why an edition takes no registrations while its own window is closed, and offers no form', async () => {
    const closedEdition = await publishedEditionWithForum(api, 'integrity', 2032);
    await api.patch(`/api/editions/${closedEdition.edition.id}`, { registrationClosesAt: PAST });
    const page = await t.http.get(`/e/${closedEdition.edition.slug}/register`).expect(200);
    expect(page.text).not.toContain('name="sessionIds"');
    expect(page.text).toContain('报名已于 2020年1月1日 周三 09:00 截止');
    expect((await t.http.get(`/e/${closedEdition.edition.slug}`).expect(200)).text).not.toContain(`/e/${closedEdition.edition.slug}/register`);
  });

  it('refuses a release note longer than the API takes, beside the field, keeping the note, and publishes nothing', async () => {
    const form = await openForm(t, '/admin/sign-in');
    const signedIn = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password });
    const cookie = cookiesOf(signedIn, form.cookie);
    const admin = await openForm(t, `/admin/editions/${fixture.edition.id}`, cookie);
    const before = (await api.get(`/api/editions/${fixture.edition.id}/releases`)) as unknown[];
    const note = `调整${'时'.repeat(1999)}`;
    const refused = await t.http.post(`/admin/editions/${fixture.edition.id}/releases`).set('Cookie', admin.cookie).type('form').send({ _csrf: admin.csrf, note });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<p class="field-error" id="f-note-error">版本说明最多 2000 字</p>');
    expect(refused.text).toContain(`value="${note}"`);
    expect(await api.get(`/api/editions/${fixture.edition.id}/releases`)).toHaveLength(before.length);
    // The API refuses the same note.
    await api.post(`/api/editions/${fixture.edition.id}/releases`, { note }, 400);
  });
});
