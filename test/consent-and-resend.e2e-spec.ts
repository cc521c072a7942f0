import { AuditEntry } from '../src/audit/entities/audit-entry.entity';
import { DateTime } from 'luxon';
import { DEFAULT_PRIVACY_NOTICE_VERSION } from '../src/editions/privacy-notice';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { Registration } from '../src/registrations/entities/registration.entity';
import { RESEND_LIMITS } from '../src/registrations/link-resend-throttle';
import { cookiesOf, FORM_CONSENT, openForm } from './browser/page-forms';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail, OutboxMail } from './support/outbox-mail';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

describe('consent to the privacy notice, and resending one’s link', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let organizer: string;
  let f: RegistrationFixture;
  let client = 0;
  /** Every test asks from its own client address (behind a trusted proxy), so the per-client limit of one does not touch another. */
  const newClient = () => `198.51.100.${++client}`;

  const register = (body: object, lang = 'en', editionId = f.edition.id) =>
    t.http.post(`/api/editions/${editionId}/registrations`).set('Accept-Language', lang).send(body);
  const resend = (email: string, from: string, lang = 'en', edition: string = f.edition.slug) =>
    t.http.post(`/api/editions/${edition}/resend-link`).set('X-Forwarded-For', from).set('Accept-Language', lang).send({ email });
  const resendMails = async (): Promise<OutboxMail[]> => (await t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'link_resend' }, order: { id: 'ASC' } })).map(asMail);
  /** The resent links are written just after the answer: wait for them. */
  async function resendMailsUntil(count: number): Promise<OutboxMail[]> {
    const until = Date.now() + 10_000;
    for (;;) {
      const mails = await resendMails();
      if (mails.length >= count || Date.now() > until) return mails;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, TRUST_PROXY: 'true' } });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, organizer);
    f = await publishedEditionWithForum(api);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('consent', () => {
    it('is required: a registration without the notice version is refused (400) naming the field, and nobody is registered', async () => {
      const withoutConsent: Record<string, unknown> = attendee(1, { sessionIds: [f.forum] });
      delete withoutConsent.privacyNoticeVersion;
      const refused = await register(withoutConsent).expect(400);
      expect(Object.keys(refused.body.errors)).toEqual(['privacyNoticeVersion']);
      expect(await t.dataSource.getRepository(Registration).countBy({ email: 'attendee1@example.com' })).toBe(0);
    });

    it('refuses a stale version (422) naming the field, in the language asked for, with the current version', async () => {
      const zh = await register(attendee(2, { sessionIds: [f.forum], privacyNoticeVersion: 'v0' }), 'zh-CN,zh;q=0.9,en;q=0.8').expect(422);
      expect(zh.body.message).toBe(`个人信息处理告知已更新为版本 ${DEFAULT_PRIVACY_NOTICE_VERSION}，请阅读后重新同意`);
      expect(zh.body.errors.privacyNoticeVersion).toContain('不是当前版本');
      const en = await register(attendee(2, { sessionIds: [f.forum], privacyNoticeVersion: 'v0' }), 'en-US,en;q=0.9').expect(422);
      expect(en.body.message).toBe(`The privacy notice is now version ${DEFAULT_PRIVACY_NOTICE_VERSION}; read it and consent again`);
      expect(en.body.errors).toEqual({ privacyNoticeVersion: `"v0" is not the current privacy notice version (${DEFAULT_PRIVACY_NOTICE_VERSION})` });
    });

    it('records the version and the time of consent, shown to the attendee, in the organizers’ list and in the CSV export', async () => {
      const before = Date.now() - 1000;
      const created = await register(attendee(3, { sessionIds: [f.forum] })).expect(201);
      expect(created.body.privacyNoticeVersion).toBe(DEFAULT_PRIVACY_NOTICE_VERSION);
      const consentedAt = Date.parse(created.body.privacyConsentedAt);
      expect(consentedAt).toBeGreaterThanOrEqual(before);
      expect(consentedAt).toBeLessThanOrEqual(Date.now());
      const row = await t.dataSource.getRepository(Registration).findOneByOrFail({ code: created.body.code });
      expect(row.privacyNoticeVersion).toBe(DEFAULT_PRIVACY_NOTICE_VERSION);
      expect(row.privacyConsentedAt!.getTime()).toBe(consentedAt);

      const list = await api.get(`/api/editions/${f.edition.id}/registrations`);
      expect(list.find((r: { code: string }) => r.code === created.body.code)).toMatchObject({ privacyNoticeVersion: DEFAULT_PRIVACY_NOTICE_VERSION, privacyConsentedAt: created.body.privacyConsentedAt });
      const csv = (await t.http.get(`/api/editions/${f.edition.id}/registrations.csv`).set('Authorization', `Bearer ${organizer}`).expect(200)).text;
      const [header, ...lines] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
      const columns = header.split(',');
      const line = lines.find((l) => l.startsWith(created.body.code))!.split(',');
      expect(line[columns.indexOf('隐私告知版本')]).toBe(DEFAULT_PRIVACY_NOTICE_VERSION);
      // The time as the edition's wall clock, the header naming the zone (test/attendee-export.e2e-spec.ts has the rest).
      expect(line[columns.indexOf('同意时间（Asia/Shanghai）')]).toBe(DateTime.fromISO(created.body.privacyConsentedAt).setZone('Asia/Shanghai').toFormat('yyyy-MM-dd HH:mm:ss'));
    });

    it('follows the notice the organizer sets: audited, new words need a new version, and the old version is then stale', async () => {
      const other = await publishedEditionWithForum(api, 'new-ecommerce', 2036);
      const publicNotice = (await t.http.get(`/api/editions/${other.edition.slug}/privacy-notice`).expect(200)).body;
      expect(publicNotice).toMatchObject({ version: DEFAULT_PRIVACY_NOTICE_VERSION, isDefault: true, updatedAt: null, page: `http://huiwu.test/e/${other.edition.slug}/privacy` });
      expect(publicNotice.text).toContain('个人信息保护法');
      expect(publicNotice.text).toContain('2036年测试大会');

      await t.http.put(`/api/editions/${other.edition.id}/privacy-notice`).send({ version: '2026-1', text: '告知' }).expect(401);
      await t.http.put(`/api/editions/${other.edition.id}/privacy-notice`).set('Authorization', `Bearer ${organizer}`).send({ version: 'default-2', text: '告知' }).expect(400);
      const set = await t.http
        .put(`/api/editions/${other.edition.id}/privacy-notice`)
        .set('Authorization', `Bearer ${organizer}`)
        .send({ version: '2026-1', text: '第一段。\n\n第二段：我们处理您的姓名和邮箱。', textEn: 'We process your name and e-mail.' })
        .expect(200);
      expect(set.body).toMatchObject({ version: '2026-1', isDefault: false, textEn: 'We process your name and e-mail.' });
      // The same version with other words is refused; the same words again change nothing.
      const reworded = await t.http.put(`/api/editions/${other.edition.id}/privacy-notice`).set('Authorization', `Bearer ${organizer}`).send({ version: '2026-1', text: '别的话' }).expect(409);
      expect(reworded.body.errors).toHaveProperty('version');
      await t.http
        .put(`/api/editions/${other.edition.id}/privacy-notice`)
        .set('Authorization', `Bearer ${organizer}`)
        .send({ version: '2026-1', text: '第一段。\n\n第二段：我们处理您的姓名和邮箱。', textEn: 'We process your name and e-mail.' })
        .expect(200);
      const audit = await t.dataSource.getRepository(AuditEntry).find({ where: { editionId: other.edition.id, entityType: 'edition', action: 'update' }, order: { id: 'ASC' } });
      const noticeChanges = audit.filter((e) => (e.after as { privacyNotice?: unknown })?.privacyNotice);
      expect(noticeChanges).toHaveLength(1);
      expect(noticeChanges[0]).toMatchObject({ accountEmail: ADMIN.email, before: { privacyNotice: { version: DEFAULT_PRIVACY_NOTICE_VERSION } }, after: { privacyNotice: { version: '2026-1', textZh: '第一段。\n\n第二段：我们处理您的姓名和邮箱。' } } });

      expect((await t.http.get(`/api/editions/${other.edition.id}/privacy-notice`).expect(200)).body.version).toBe('2026-1');
      const stale = await register(attendee(4, { sessionIds: [other.forum] }), 'en', other.edition.id).expect(422);
      expect(Object.keys(stale.body.errors)).toEqual(['privacyNoticeVersion']);
      const ok = await register(attendee(4, { sessionIds: [other.forum], privacyNoticeVersion: '2026-1' }), 'en', other.edition.id).expect(201);
      expect(ok.body.privacyNoticeVersion).toBe('2026-1');

      // The page shows the organizer's words, Chinese first; English readers get the English first, then the Chinese of record.
      const zh = await t.http.get(`/e/${other.edition.slug}/privacy`).expect(200);
      expect(zh.text).toContain('<h1 class="page-title">个人信息处理告知</h1>');
      expect(zh.text).toContain('版本 2026-1');
      expect(zh.text.indexOf('<p>第一段。</p>')).toBeLessThan(zh.text.indexOf('We process your name and e-mail.'));
      const en = await t.http.get(`/e/${other.edition.slug}/privacy?lang=en`).expect(200);
      expect(en.text.indexOf('We process your name and e-mail.')).toBeLessThan(en.text.indexOf('第一段。'));
      // The registration form now carries the new version.
      expect((await t.http.get(`/e/${other.edition.slug}/register`).expect(200)).text).toContain('name="privacyNoticeVersion" value="2026-1"');
    });

    it('is asked for on the registration form, next to a link to the notice; an unticked box is refused beside it', async () => {
      const form = await openForm(t, `/e/${f.edition.slug}/register`);
      expect(form.html).toContain(`href="/e/${f.edition.slug}/privacy"`);
      expect(form.html).toContain(`name="privacyNoticeVersion" value="${DEFAULT_PRIVACY_NOTICE_VERSION}"`);
      expect(form.html).toMatch(/<input type="checkbox" id="privacy-consent" name="privacyConsent" value="yes" aria-required="true">/);
      const base = { _csrf: form.csrf, name: '赵六', email: 'zhao.liu@example.com', sessionIds: String(f.forum) };
      const unticked = await t.http.post(`/e/${f.edition.slug}/register`).set('Cookie', form.cookie).type('form').send({ ...base, privacyNoticeVersion: DEFAULT_PRIVACY_NOTICE_VERSION });
      expect(unticked.status).toBe(400);
      expect(unticked.text).toContain('请阅读并勾选同意《个人信息处理告知》');
      expect(unticked.text).toContain('href="#f-privacyConsent"');
      // The notice changed while the form was open: asked again, the box unticked.
      const stale = await t.http.post(`/e/${f.edition.slug}/register`).set('Cookie', form.cookie).type('form').send({ ...base, privacyConsent: 'yes', privacyNoticeVersion: 'old' });
      expect(stale.status).toBe(422);
      expect(stale.text).toContain('《个人信息处理告知》已更新，请重新阅读并勾选同意');
      expect(stale.text).toMatch(/name="privacyConsent" value="yes" aria-required="true"/);
      const ok = await t.http.post(`/e/${f.edition.slug}/register`).set('Cookie', cookiesOf(stale, form.cookie)).type('form').send({ ...base, ...FORM_CONSENT });
      expect(ok.status).toBe(303);
      const row = await t.dataSource.getRepository(Registration).findOneByOrFail({ email: 'zhao.liu@example.com' });
      expect(row.privacyNoticeVersion).toBe(DEFAULT_PRIVACY_NOTICE_VERSION);
      expect(row.privacyConsentedAt).toBeInstanceOf(Date);
    });

    it('renders the default notice in Chinese, and links it from every form that collects personal data', async () => {
      const page = await t.http.get(`/e/${f.edition.slug}/privacy`).expect(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.text).toContain('个人信息保护法');
      expect(page.text).toContain(`版本 ${DEFAULT_PRIVACY_NOTICE_VERSION}`);
      expect(page.text.indexOf('个人信息处理者')).toBeLessThan(page.text.indexOf('Who processes your personal information'));
      await t.http.get('/e/no-such-edition-2026/privacy').expect(404);

      const created = await register(attendee(5, { sessionIds: [f.forum] })).expect(201);
      const forms = [`/e/${f.edition.slug}/register`, `/e/${f.edition.slug}/resend`, `/r/${created.body.code}?token=${encodeURIComponent(created.body.token)}`];
      for (const url of forms) {
        const html = (await t.http.get(url).expect(200)).text;
        expect({ url, links: html.includes(`href="/e/${f.edition.slug}/privacy"`) }).toEqual({ url, links: true });
      }
    });
  });

  describe('resending one’s link', () => {
    it('answers a known and an unknown address alike, and mails only the known one its personal link', async () => {
      const known = await register(attendee(10, { sessionIds: [f.forum] })).expect(201);
      const before = (await resendMails()).length;
      const answers = [];
      for (const email of ['attendee10@example.com', 'nobody10@example.com']) {
        const started = performance.now();
        const res = await resend(email, newClient(), 'zh-CN');
        answers.push({ status: res.status, body: res.body, ms: performance.now() - started, type: res.headers['content-type'] });
      }
      expect(answers[0].status).toBe(202);
      expect(answers[1].status).toBe(answers[0].status);
      expect(answers[1].body).toEqual(answers[0].body);
      expect(answers[1].type).toEqual(answers[0].type);
      expect(answers[0].body).toEqual({ message: '如果该邮箱报名了本届大会，我们已将报名链接发送到该邮箱，请查收（也请看看垃圾邮件）。' });
      expect((await resend('nobody11@example.com', newClient(), 'en')).body.message).toMatch(/^If this address is registered for this edition/);

      const mails = (await resendMailsUntil(before + 1)).slice(before);
      // Give an unknown address's (absent) message time to appear, were it sent.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await resendMails()).slice(before).map((m) => m.toAddress)).toEqual(['attendee10@example.com']);
      const [mail] = mails;
      expect(mail.subject).toBe('您的报名链接：2036年测试大会');
      expect(mail.body).toContain(`参会码：${known.body.code}（已确认）`);
      const link = /(http:\/\/huiwu\.test\/r\/\S+)/.exec(mail.body)![1];
      expect(link).toBe(`http://huiwu.test/r/${known.body.code}?token=${encodeURIComponent(known.body.token)}`);
      // The link works: the attendee's own page.
      const url = new URL(link);
      await t.http.get(`${url.pathname}${url.search}`).expect(200);
    });

    it('takes about the same time for a known and an unknown address: the answer leaves before the address is looked up', async () => {
      for (let i = 20; i < 25; i++) await register(attendee(i, { sessionIds: [f.other] })).expect(201);
      const timed = async (email: string) => {
        const started = performance.now();
        await resend(email, newClient()).expect(202);
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 20; i < 25; i++) {
        known.push(await timed(`attendee${i}@example.com`));
        unknown.push(await timed(`stranger${i}@example.com`));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      expect(Math.abs(median(known) - median(unknown))).toBeLessThan(100);
    });

    it('limits requests per address asked for and per client, with a clear 429 in the user’s language', async () => {
      const email = 'attendee30@example.com';
      await register(attendee(30, { sessionIds: [f.forum] })).expect(201);
      for (let i = 0; i < RESEND_LIMITS.perRecipient; i++) await resend(email, newClient()).expect(202);
      const zh = await resend(email, newClient(), 'zh-CN').expect(429);
      expect(zh.body.message).toMatch(/^申请过于频繁，请 \d+ 分钟后再试$/);
      expect(zh.body.errors).toHaveProperty('email');
      expect(Number(zh.headers['retry-after'])).toBeGreaterThan(0);
      const en = await resend(email, newClient(), 'en').expect(429);
      expect(en.body.message).toMatch(/^Too many requests; try again in \d+ min$/);
      // An unknown address is limited alike: a refusal tells nothing either.
      for (let i = 0; i < RESEND_LIMITS.perRecipient; i++) await resend('nobody30@example.com', newClient()).expect(202);
      await resend('nobody30@example.com', newClient()).expect(429);

      const one = newClient();
      for (let i = 0; i < RESEND_LIMITS.perClient; i++) await resend(`spray${i}@example.com`, one).expect(202);
      const sprayed = await resend('spray-last@example.com', one, 'zh-CN').expect(429);
      expect(sprayed.body.message).toContain('申请过于频繁');
      await resend('spray-last@example.com', newClient()).expect(202);
      // The recipient was mailed as often as the limit allows, and no more.
      const until = Date.now() + 10_000;
      while ((await resendMails()).filter((m) => m.toAddress === email).length < RESEND_LIMITS.perRecipient && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await resendMails()).filter((m) => m.toAddress === email)).toHaveLength(RESEND_LIMITS.perRecipient);
    });

    it('has a page, linked from the edition page, the registration page and the “already registered” answers', async () => {
      expect((await t.http.get(`/e/${f.edition.slug}`).expect(200)).text).toContain(`href="/e/${f.edition.slug}/resend"`);
      expect((await t.http.get(`/e/${f.edition.slug}/register`).expect(200)).text).toContain(`href="/e/${f.edition.slug}/resend"`);
      const taken = await register(attendee(40, { sessionIds: [f.forum] })).expect(201);
      void taken;
      const again = await register(attendee(40, { sessionIds: [f.forum] }), 'zh-CN').expect(409);
      expect(again.body.message).toContain(`http://huiwu.test/e/${f.edition.slug}/resend`);
      expect(again.body.message).toContain(`POST /api/editions/${f.edition.slug}/resend-link`);
      expect(again.body.errors.email).toBe('该邮箱已报名本届大会');
      expect((await register(attendee(40, { sessionIds: [f.forum] }), 'en').expect(409)).body.errors.email).toBe('already registered for this edition');
      const form = await openForm(t, `/e/${f.edition.slug}/register`);
      const taken409 = await t.http
        .post(`/e/${f.edition.slug}/register`)
        .set('Cookie', form.cookie)
        .type('form')
        .send({ _csrf: form.csrf, name: '参会者40', email: 'attendee40@example.com', sessionIds: String(f.forum), ...FORM_CONSENT });
      expect(taken409.status).toBe(409);
      expect(taken409.text).toContain('找回报名链接');
      expect(taken409.text).toContain(`href="/e/${f.edition.slug}/resend"`);

      // The page: the same words for a known and an unknown address, and the mail for the known one.
      const before = (await resendMails()).length;
      const page = await openForm(t, `/e/${f.edition.slug}/resend`);
      expect(page.html).toContain(`href="/e/${f.edition.slug}/privacy"`);
      const answers = [];
      for (const email of ['attendee40@example.com', 'nobody40@example.com']) {
        const res = await t.http.post(`/e/${f.edition.slug}/resend`).set('Cookie', page.cookie).set('X-Forwarded-For', newClient()).type('form').send({ _csrf: page.csrf, email });
        answers.push({ status: res.status, location: res.headers.location });
      }
      expect(answers).toEqual([
        { status: 303, location: `/e/${f.edition.slug}/resend?sent=1` },
        { status: 303, location: `/e/${f.edition.slug}/resend?sent=1` },
      ]);
      expect((await t.http.get(`/e/${f.edition.slug}/resend?sent=1`).expect(200)).text).toContain('如果该邮箱报名了本届大会');
      const bad = await t.http.post(`/e/${f.edition.slug}/resend`).set('Cookie', page.cookie).type('form').send({ _csrf: page.csrf, email: 'not-an-address' });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('请填写有效的电子邮箱');
      const mails = (await resendMailsUntil(before + 1)).slice(before);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await resendMails()).slice(before).map((m) => m.toAddress)).toEqual(['attendee40@example.com']);
      expect(mails[0].body).toContain(taken.body.code);
    });

    it('is documented in the OpenAPI document, as consent is: a required field of a registration', async () => {
      const doc = (await t.http.get('/api/docs-json').expect(200)).body;
      expect(doc.paths['/api/editions/{idOrSlug}/resend-link'].post.responses).toHaveProperty('202');
      expect(doc.paths['/api/editions/{idOrSlug}/resend-link'].post.responses).toHaveProperty('429');
      expect(doc.paths['/api/editions/{id}/privacy-notice'].put.summary).toMatch(/privacy notice/);
      expect(doc.components.schemas.RegisterRequest.required).toContain('privacyNoticeVersion');
      expect(doc.components.schemas.RegistrationDto.properties).toHaveProperty('privacyConsentedAt');
    });

    it('answers 404 for an edition that is not public', async () => {
      await resend('attendee1@example.com', newClient(), 'en', 'no-such-edition-2026').expect(404);
    });
  });
});
