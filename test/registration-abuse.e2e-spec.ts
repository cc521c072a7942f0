import { createHash } from 'node:crypto';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { leadingZeroBits } from '../src/registrations/registration-challenge';
import { FORM_CONSENT, openForm } from './browser/page-forms';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { attendee, CONSENT, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * What an attacker's probe of the public registration found (issue 15, findings 3 to 5), each
 * replayed as the attack: bots registering in a row from one address, a registration's name
 * carrying a link into the federation's mail to any `+tag` variant of a mailbox, and an
 * Idempotency-Key probe telling who is registered without registering anyone.
 */
describe('registration abuse', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let n = 0;
  let year = 2040;

  const LIMITS = {
    REGISTRATION_ADDRESS_PER_HOUR: '5',
    REGISTRATION_CHALLENGE_AFTER: '3',
    REGISTRATION_EDITION_PER_MINUTE: '6',
    REGISTRATION_EDITION_CHALLENGE_AFTER: '1000',
    MAIL_RECIPIENT_PER_HOUR: '2',
    MAIL_RECIPIENT_PER_DAY: '3',
    REGISTRATION_CHALLENGE_BITS: '8',
    TRUST_PROXY: 'true',
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, ...LIMITS } });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Each test its own edition, so one's counts never decide another's. */
  const edition = () => publishedEditionWithForum(api, 'integrity', year++);
  const register = (f: RegistrationFixture, from: string, extra: object = {}, headers: Record<string, string> = {}) =>
    t.http
      .post(`/api/editions/${f.edition.id}/registrations`)
      // Chinese unless a test asks otherwise, as most attendees' browsers send (the test client's own default is English).
      .set({ 'X-Forwarded-For': from, 'Accept-Language': 'zh-CN', ...headers })
      .send(attendee(n++, { sessionIds: [f.forum], ...extra }));

  /** What a client (or the page's script) does with a challenge: find the nonce. */
  function solve(challenge: string, bits: number): string {
    for (let nonce = 0; ; nonce++) {
      const proof = `${challenge}.${nonce}`;
      if (leadingZeroBits(createHash('sha256').update(proof).digest()) >= bits) return proof;
    }
  }
  async function solved(f: RegistrationFixture): Promise<string> {
    const { body } = await t.http.get(`/api/editions/${f.edition.id}/registration-challenge`).expect(200);
    return solve(body.challenge, body.bits);
  }

  /** Windows are whole minutes: a test of a per-minute limit starts early in one. */
  async function earlyInAMinute() {
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
  }

  describe('bots filling a sub-forum (finding 3)', () => {
    it('asks for a solved challenge after a few registrations from one address, then refuses with 429 and Retry-After', async () => {
      const f = await edition();
      for (let i = 0; i < 3; i++) await register(f, '198.51.100.7').expect(201);
      const challenged = await register(f, '198.51.100.7').expect(428);
      expect(challenged.body.errors.proof).toContain('/registration-challenge');

      const proof = await solved(f);
      await register(f, '198.51.100.7', { proof }).expect(201);
      // One solution buys one registration.
      const reused = await register(f, '198.51.100.7', { proof }).expect(428);
      expect(reused.body.message).toContain('已使用');
      await register(f, '198.51.100.7', { proof: await solved(f) }).expect(201);

      const refused = await register(f, '198.51.100.7', { proof: await solved(f) }, { 'Accept-Language': 'en' }).expect(429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(refused.body.message).toMatch(/^Too many registrations from your network address; try again in \d+ (seconds|minutes)/);
      const inChinese = await register(f, '198.51.100.7').expect(429);
      expect(inChinese.body.message).toMatch(/^来自您所在网络地址的报名过多，请 \d+ (秒|分钟)后再试/);

      // Another address is not held back by this one.
      await register(f, '198.51.100.8').expect(201);
      const listed = await api.get(`/api/editions/${f.edition.id}/registrations?limit=200`);
      expect(listed).toHaveLength(6);
    });

    it('limits one edition’s registrations per minute whatever the addresses, and a refused one costs the others nothing', async () => {
      const f = await edition();
      await earlyInAMinute();
      for (let i = 0; i < 6; i++) await register(f, `203.0.113.${i + 1}`).expect(201);
      const refused = await register(f, '203.0.113.99').expect(429);
      expect(refused.body.errors.registration).toContain('本届大会此刻收到的报名过多');
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      // The refused request was not counted against its address.
      const other = await edition();
      for (let i = 0; i < 3; i++) await register(other, '203.0.113.99').expect(201);
    });

    it('asks the web form for a challenge the browser solves with a module script, and explains it without script', async () => {
      const f = await edition();
      for (let i = 0; i < 3; i++) await register(f, '192.0.2.44').expect(201);
      const form = await openForm(t, `/e/${f.edition.slug}/register`);
      const page = await t.http
        .post(`/e/${f.edition.slug}/register`)
        .set({ Cookie: form.cookie, 'X-Forwarded-For': '192.0.2.44' })
        .type('form')
        .send({ ...FORM_CONSENT, _csrf: form.csrf, name: '赵六', email: 'web-challenge@example.com', sessionIds: String(f.forum) });
      expect(page.status).toBe(428);
      expect(page.text).toContain('<script type="module" src="/assets/registration-challenge.js"></script>');
      expect(page.text).toMatch(/<noscript><p class="notice">此验证需要启用 JavaScript/);
      const challenge = /data-challenge="([^"]+)" data-bits="(\d+)"/.exec(page.text)!;
      expect(challenge).not.toBeNull();
      await t.http.get('/assets/registration-challenge.js').expect(200).expect('content-type', /javascript/);

      // What the script does: solve it and send the form again with the answer.
      const proof = solve(challenge[1], Number(challenge[2]));
      const again = await openForm(t, `/e/${f.edition.slug}/register`, form.cookie);
      const done = await t.http
        .post(`/e/${f.edition.slug}/register`)
        .set({ Cookie: again.cookie, 'X-Forwarded-For': '192.0.2.44' })
        .type('form')
        .send({ ...FORM_CONSENT, _csrf: again.csrf, name: '赵六', email: 'web-challenge@example.com', sessionIds: String(f.forum), proof });
      expect(done.status).toBe(303);
      expect(done.headers.location).toMatch(/^\/r\/[^/]+\/confirmed\?token=/);
    });
  });

  describe('attacker text in official messages (finding 4)', () => {
    it('refuses names with links, web addresses or e-mail addresses, naming the field', async () => {
      const f = await edition();
      for (const name of ['领奖请点 http://evil.example/win', '客服 www.evil.cn', '王伟 evil.com', '联系 boss@evil.cn', '张三 evil。cn']) {
        const res = await register(f, '198.51.100.20', { name }).expect(400);
        expect(res.body.errors).toEqual({ name: '「姓名」不能包含链接、网址或邮箱地址' });
        const english = await register(f, '198.51.100.20', { name }, { 'Accept-Language': 'en' }).expect(400);
        expect(english.body.errors).toEqual({ name: 'Name must not contain a link, web address or e-mail address' });
      }
      await register(f, '198.51.100.21', { name: 'J.R.R. Tolkien' }).expect(201);

      const form = await openForm(t, `/e/${f.edition.slug}/register`);
      const page = await t.http
        .post(`/e/${f.edition.slug}/register`)
        .set('Cookie', form.cookie)
        .type('form')
        .send({ ...FORM_CONSENT, _csrf: form.csrf, name: '点击 evil.com 领奖', email: 'web-link@example.com', sessionIds: String(f.forum) });
      expect(page.status).toBe(400);
      expect(page.text).toContain('姓名中不能包含链接、网址或电子邮箱地址');
    });

    it('never opens the confirmation with the typed name: fixed words first, the name after them', async () => {
      const f = await edition();
      await register(f, '198.51.100.22', { name: '您的账户已被冻结，请回复密码解冻', email: 'victim@example.org' }).expect(201);
      const [mail] = (await t.dataSource.getRepository(OutboxMessage).findBy({ kind: 'confirmation', address: 'victim@example.org' })).map(asMail);
      expect(mail.body.startsWith('您好：\n\n您已报名')).toBe(true);
      expect(mail.subject).not.toContain('冻结');
      expect(mail.body).toContain('报名人：您的账户已被冻结，请回复密码解冻\n');
    });

    it('counts messages per mailbox, `+tag` variants and case together, per hour', async () => {
      const f = await edition();
      await register(f, '198.51.100.31', { email: 'target+1@example.net' }).expect(201);
      await register(f, '198.51.100.32', { email: 'Target+2@Example.net' }).expect(201);
      const refused = await register(f, '198.51.100.33', { email: 'target+3@example.net' }, { 'Accept-Language': 'en' }).expect(429);
      expect(refused.body.errors.email).toMatch(/^This mailbox has been sent too many registration messages; try again in/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const sent = await t.dataSource.getRepository(OutboxMessage).count({ where: [{ address: 'target+1@example.net' }, { address: 'target+2@example.net' }, { address: 'target+3@example.net' }] });
      expect(sent).toBe(2);
      // Another mailbox is not held back.
      await register(f, '198.51.100.33', { email: 'someone-else@example.net' }).expect(201);
    });
  });

  describe('who is registered (finding 5)', () => {
    it('answers a probe with an unknown session alike whether the e-mail is registered or not', async () => {
      const f = await edition();
      await register(f, '198.51.100.40', { email: 'known@example.com' }).expect(201);
      const probe = (email: string) =>
        t.http
          .post(`/api/editions/${f.edition.id}/registrations`)
          .set({ 'X-Forwarded-For': '198.51.100.41', 'Idempotency-Key': 'probe-key-0001' })
          .send({ ...CONSENT, name: '探测', email, sessionIds: [999999] });
      const known = await probe('known@example.com');
      const unknown = await probe('nobody@example.com');
      expect(known.status).toBe(422);
      expect(unknown.status).toBe(422);
      expect(known.body).toEqual(unknown.body);
      // A cancelled session too: everything is checked before the e-mail is looked up.
      const cancelled = (email: string) =>
        t.http
          .post(`/api/editions/${f.edition.id}/registrations`)
          .set({ 'X-Forwarded-For': '198.51.100.41', 'Idempotency-Key': 'probe-key-0002' })
          .send({ ...CONSENT, name: '探测', email, sessionIds: [f.cancelled] });
      expect((await cancelled('known@example.com')).body).toEqual((await cancelled('nobody@example.com')).body);
    });

    it('still gives a genuine retry (same key, same e-mail) its first answer', async () => {
      const f = await edition();
      const first = await register(f, '198.51.100.50', { email: 'retry@example.com' }, { 'Idempotency-Key': 'genuine-retry-1' }).expect(201);
      const again = await register(f, '198.51.100.50', { email: 'retry@example.com' }, { 'Idempotency-Key': 'genuine-retry-1' }).expect(201);
      expect(again.body.code).toBe(first.body.code);
    });
  });
});
