import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { renderSms } from '../src/notifications/templates/sms-texts';
import { GuestInvitationsService } from '../src/guests/guest-invitations.service';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';
import { cookiesOf, openForm } from './browser/page-forms';

type Guest = { id: number; code: string; name: string };

/** Every address a message prints, whatever its channel. */
function linksIn(row: OutboxMessage): URL[] {
  const words = row.channel === 'sms' ? renderSms(row.template, row.params, row.language).text : asMail(row).body;
  return [...words.matchAll(/https?:\/\/[^\s，。）]+/g)].map((m) => new URL(m[0]));
}

/** The guest's own page (/g/{code}) over plain HTTP: what the invitation links to, its form, and its 404. */
describe('the guest’s page (/g/{code}) and the links of invitations', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;
  let liu: Guest;
  let zhou: Guest;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, JOBS_ENABLED: 'false' } });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    f = await publishedEditionWithForum(api);
    liu = await api.post(`/api/editions/${f.edition.id}/guests`, { name: '刘主任', email: 'liu@example.cn', phone: '13811110001', sessionIds: [f.forum] });
    zhou = await api.post(`/api/editions/${f.edition.id}/guests`, { name: '周记者', phone: '13811110003', category: 'media', sessionIds: [f.other] });
    await api.post(`/api/editions/${f.edition.id}/guest-invitations`, {}, 200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const outbox = () => t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } });
  const linkOf = async (guest: Guest) => {
    const row = (await outbox()).find((m) => m.template === 'guest_invitation' && m.dedupeKey.includes(`:${guest.id}:`))!;
    const url = linksIn(row)[0];
    return `${url.pathname}${url.search}`;
  };

  it('answers an unknown code, a known code without its token and a wrong token with the Chinese 404 page, never an error', async () => {
    for (const url of ['/g/NOSUCHCODE', '/g/%E4%B8%AD', `/g/${liu.code}`, `/g/${liu.code}?token=wrong`, `/g/x?token=${'a'.repeat(500)}`]) {
      const res = await t.http.get(url).expect(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.text).toContain('<html lang="zh-CN">');
      expect(res.text).toContain('未找到该邀请');
      expect(res.text).not.toContain(liu.name);
    }
    const en = await t.http.get('/g/NOSUCHCODE?lang=en').expect(404);
    expect(en.text).toContain('Invitation not found');
  });

  it('opens every link of every invitation and reminder, by e-mail and by SMS, as the guest’s page (200)', async () => {
    await t.app.get(GuestInvitationsService).remindUnreplied(new Date(Date.now() + 4 * 86_400_000), f.edition.id);
    const rows = (await outbox()).filter((m) => m.template === 'guest_invitation' || m.template === 'guest_reminder');
    expect(rows.map((r) => `${r.template}:${r.channel}`).sort()).toEqual(['guest_invitation:email', 'guest_invitation:sms', 'guest_invitation:sms', 'guest_reminder:email', 'guest_reminder:sms', 'guest_reminder:sms']);
    for (const row of rows) {
      const links = linksIn(row);
      expect(links.length).toBeGreaterThan(0);
      for (const url of links) {
        const res = await t.http.get(`${url.pathname}${url.search}`);
        expect({ url: url.href, status: res.status }).toEqual({ url: url.href, status: 200 });
        const guest = row.dedupeKey.includes(`:${liu.id}:`) ? liu : zhou;
        expect(res.text).toContain(`${guest.name}，您好`);
        expect(res.text).toContain(guest.code);
        expect(res.headers['cache-control']).toBe('no-store');
      }
    }
  });

  it('shows the invitation with its sessions in the edition’s time, and the link to the travel page', async () => {
    const page = await t.http.get(await linkOf(liu)).expect(200);
    expect(page.text).toContain('平台经济诚信建设分论坛');
    expect(page.text).toContain('尚未回复');
    expect(page.text).toContain('Asia/Shanghai');
    expect(page.text).toMatch(new RegExp(`href="/g/${liu.code}/travel\\?token(=|&#x3D;)[^"]+"`));
    expect(page.text).not.toMatch(/<script(?![^>]*src=)/);
  });

  it('keeps what was typed and says in Chinese beside the field what is wrong; then takes the deputy and shows it awaiting approval', async () => {
    const link = await linkOf(liu);
    const form = await openForm(t, link);
    const bad = await t.http
      .post(link)
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.csrf, reply: 'deputy', deputyName: '张副主任', deputyTitle: '副主任', deputyPhone: '12345' })
      .expect(400);
    expect(bad.text).toMatch(/id="f-deputyPhone-error">“12345”不是有效的手机号码</);
    expect(bad.text).toContain('value="张副主任"');
    expect(bad.text).toContain('value="副主任"');
    expect(bad.text).toContain('value="12345"');
    expect(bad.text).toMatch(/value="deputy" checked/);

    const none = await t.http.post(link).set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf }).expect(400);
    expect(none.text).toContain('id="f-reply-error">请选择是否出席');

    const good = await t.http.post(link).set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, reply: 'deputy', deputyName: '张副主任', deputyTitle: '副主任', deputyPhone: '139 1111 2222' }).expect(303);
    const after = await t.http.get(good.headers.location).set('Cookie', cookiesOf(good, form.cookie)).expect(200);
    expect(after.text).toContain('已收到您的回执');
    expect(after.text).toContain('委派他人出席：张副主任');
    expect(after.text).toContain('待会务组审核');
    const view = (await t.http.get(`/api/guest-replies/${liu.code}?${new URL(link, 'http://x').searchParams}`).expect(200)).body;
    expect(view.deputy).toEqual({ state: 'requested', name: '张副主任', title: '副主任', phone: '+8613911112222' });

    // A change of mind: attending clears the deputy.
    await t.http.post(link).set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, reply: 'attending', deputyName: '张副主任' }).expect(303);
    expect((await t.http.get(`/api/guest-replies/${liu.code}?${new URL(link, 'http://x').searchParams}`).expect(200)).body).toMatchObject({ reply: 'attending', deputy: { state: 'none', name: null } });
  });

  it('refuses a post without the page’s token, and a post with a wrong link token as the 404 page', async () => {
    const link = await linkOf(zhou);
    await t.http.post(link).type('form').send({ reply: 'attending' }).expect(403);
    const form = await openForm(t, link);
    const wrong = await t.http.post(`/g/${zhou.code}?token=nope`).set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, reply: 'attending' }).expect(404);
    expect(wrong.text).toContain('未找到该邀请');
    expect((await t.http.get(`/api/guests/${zhou.id}`).set('Authorization', `Bearer ${await signIn(t, ADMIN.email, ADMIN.password)}`).expect(200)).body.reply).toBe('pending');
  });

  it('shows a guest of an edition that has ended the reply as it stands, with no form, and refuses a late post', async () => {
    const past = await publishedEditionWithForum(api, 'integrity', 2003);
    const late = await api.post(`/api/editions/${past.edition.id}/guests`, { name: '马局长', email: 'ma@example.cn', sessionIds: [past.forum] });
    await api.post(`/api/editions/${past.edition.id}/guest-invitations`, {}, 200);
    const link = await linkOf(late);
    const page = await t.http.get(link).expect(200);
    expect(page.text).toContain('本届大会已结束，回执不能再修改。');
    expect(page.text).not.toContain('name="reply"');
    // The page has no form: a post made anyway, with a token from another page of ours.
    const form = await openForm(t, await linkOf(liu));
    const refused = await t.http.post(link).set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, reply: 'attending' }).expect(409);
    expect(refused.text).toContain('本届大会已结束');
    expect((await t.http.get(`/api/guest-replies/${late.code}?${new URL(link, 'http://x').searchParams}`).expect(200)).body.reply).toBe('pending');
  });

  it('keeps the console’s guest pages for signed-in organizers, and counts on the rank list the guests holding each rank', async () => {
    for (const path of ['guests', 'guests/import', 'guests/ranks', 'guests/deputies', 'guests/replies']) {
      const away = await t.http.get(`/admin/editions/${f.edition.id}/${path}`).expect(303);
      expect(away.headers.location).toBe('/admin/sign-in');
    }
    const form = await openForm(t, '/admin/sign-in');
    const signedIn = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password });
    const cookie = cookiesOf(signedIn, form.cookie);
    await t.http.put(`/api/editions/${f.edition.id}/guest-ranks`).set('Authorization', `Bearer ${token}`).send({ ranks: ['部级', '司局级'] }).expect(200);
    await api.patch(`/api/guests/${liu.id}`, { rank: '司局级' });
    const ranks = await openForm(t, `/admin/editions/${f.edition.id}/guests/ranks`, cookie);
    expect(ranks.html).toContain('部级\n司局级</textarea>');
    expect(ranks.html).toMatch(/<li>部级 <span class="muted">0 位嘉宾<\/span><\/li><li>司局级 <span class="muted">1 位嘉宾<\/span><\/li>/);
    const kept = await t.http.post(`/admin/editions/${f.edition.id}/guests/ranks`).set('Cookie', ranks.cookie).type('form').send({ _csrf: ranks.csrf, ranks: '部级' }).expect(409);
    expect(kept.text).toMatch(/id="f-ranks-error">级别“司局级”仍有 1 位嘉宾使用，不能删除/);
    expect(kept.text).toContain('>部级</textarea>');
  });
});
