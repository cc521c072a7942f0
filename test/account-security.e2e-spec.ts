import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { PasswordReset } from '../src/accounts/entities/password-reset.entity';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { OutboxSender } from '../src/notifications/outbox-sender';
import { cookiesOf, openForm } from './browser/page-forms';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { startSecondApp } from './support/second-app';
import { startTestApp, TestApp } from './support/test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Change password, reset by e-mail link, sign out everywhere: for organizers and partners, by API and pages. */
describe('account security', () => {
  let t: TestApp;
  let organizer: string;
  let organizationId: number;
  let partners = 0;

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: ADMIN_ENV });
    organizer = await signIn(t, ADMIN.email, ADMIN.password);
    const created = await t.http.post('/api/organizations').set(bearer(organizer)).send({ name: '陕西省网信办' }).expect(201);
    organizationId = created.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A new partner account with its own address and password: each test changes what it likes. */
  async function newPartner(): Promise<{ email: string; password: string; token: string }> {
    const email = `partner${++partners}@huiwu.test`;
    const password = 'partner-password';
    await t.http.post('/api/accounts').set(bearer(organizer)).send({ email, password, kind: 'partner', organizationId }).expect(201);
    return { email, password, token: await signIn(t, email, password) };
  }

  /** Signs in on the pages; returns the browser's cookies. */
  async function pageSignIn(path: '/admin' | '/partner', email: string, password: string): Promise<string> {
    const form = await openForm(t, `${path}/sign-in`);
    const res = await t.http.post(`${path}/sign-in`).set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email, password });
    expect(res.status).toBe(303);
    return cookiesOf(res, form.cookie);
  }

  const resetMails = (address: string) => t.dataSource.getRepository(OutboxMessage).find({ where: { address, kind: 'password_reset' }, order: { id: 'ASC' } });

  /** The links are queued after the answer (so that its timing tells nothing): wait for the row. */
  async function nextResetMail(address: string, before: number): Promise<OutboxMessage> {
    for (let waited = 0; waited < 5000; waited += 25) {
      const rows = await resetMails(address);
      if (rows.length > before) return rows[rows.length - 1];
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no reset e-mail for ${address}`);
  }

  const tokenOf = (body: string) => /reset-password\?token=([A-Za-z0-9_-]+)/.exec(body)![1];

  async function auditActions(accountId: number): Promise<string[]> {
    const res = await t.http.get('/api/audit?entityType=account&limit=200').set(bearer(organizer)).expect(200);
    return (res.body as { entityId: number; action: string }[]).filter((e) => e.entityId === accountId).map((e) => e.action);
  }

  describe('changing the password', () => {
    it('needs the current password, refuses weak new ones naming the field, and ends every other sign-in', async () => {
      const partner = await newPartner();
      const other = await signIn(t, partner.email, partner.password);
      const change = (token: string, body: object) => t.http.post('/api/auth/password').set(bearer(token)).send(body);

      const wrong = await change(partner.token, { currentPassword: 'not-my-password', newPassword: 'a brand new password' }).expect(400);
      expect(wrong.body.errors).toEqual({ currentPassword: expect.stringContaining('currentPassword') });
      const short = await change(partner.token, { currentPassword: partner.password, newPassword: 'short' }).expect(400);
      expect(short.body.errors.newPassword).toContain('newPassword must be at least 10 characters');
      const asEmail = await change(partner.token, { currentPassword: partner.password, newPassword: partner.email.toUpperCase() }).expect(400);
      expect(asEmail.body.errors.newPassword).toContain('e-mail');
      const same = await change(partner.token, { currentPassword: partner.password, newPassword: partner.password }).expect(400);
      expect(same.body.errors.newPassword).toContain('differ');
      // Nothing was changed by the refusals.
      await t.http.get('/api/auth/me').set(bearer(other)).expect(200);

      const changed = await change(partner.token, { currentPassword: partner.password, newPassword: 'a brand new password' }).expect(200);
      expect(changed.body.account).toMatchObject({ email: partner.email, kind: 'partner' });
      await t.http.get('/api/auth/me').set(bearer(partner.token)).expect(401);
      await t.http.get('/api/auth/me').set(bearer(other)).expect(401);
      await t.http.get('/api/auth/me').set(bearer(changed.body.token)).expect(200);
      await t.http.post('/api/auth/login').send({ email: partner.email, password: partner.password }).expect(401);
      await signIn(t, partner.email, 'a brand new password');
      expect(await auditActions(changed.body.account.id)).toContain('password_change');
    });

    it('on the account page, in Chinese: field errors, then a new cookie while the old tokens are refused', async () => {
      const partner = await newPartner();
      const cookie = await pageSignIn('/partner', partner.email, partner.password);
      const page = await openForm(t, '/partner/account', cookie);
      expect(page.html).toContain('<html lang="zh-CN">');
      expect(page.html).toContain('修改密码');
      expect(page.html).toContain('在所有设备上退出登录');
      const post = (body: object) => t.http.post('/partner/account/password').set('Cookie', page.cookie).type('form').send({ _csrf: page.csrf, ...body });

      const short = await post({ currentPassword: partner.password, newPassword: 'short', confirmPassword: 'short' }).expect(400);
      expect(short.text).toContain('新密码至少需要 10 个字符');
      const mismatch = await post({ currentPassword: partner.password, newPassword: 'page password 1', confirmPassword: 'page password 2' }).expect(400);
      expect(mismatch.text).toContain('两次输入的新密码不一致');
      const wrong = await post({ currentPassword: 'wrong password', newPassword: 'page password 1', confirmPassword: 'page password 1' }).expect(400);
      expect(wrong.text).toContain('当前密码不正确');

      const changed = await post({ currentPassword: partner.password, newPassword: 'page password 1', confirmPassword: 'page password 1' }).expect(303);
      expect(changed.headers.location).toBe('/partner/account?notice=passwordChanged');
      await t.http.get('/api/auth/me').set(bearer(partner.token)).expect(401);
      const kept = cookiesOf(changed, page.cookie);
      const after = await t.http.get(changed.headers.location).set('Cookie', kept).expect(200);
      expect(after.text).toContain('密码已修改');
      // The cookie from before the change is refused like the old bearer token.
      expect((await t.http.get('/partner/account').set('Cookie', cookie)).status).toBe(303);
    });
  });

  describe('signing out everywhere', () => {
    it('refuses every bearer token and page cookie issued before, of any kind of account', async () => {
      const partner = await newPartner();
      const second = await signIn(t, partner.email, partner.password);
      const cookie = await pageSignIn('/partner', partner.email, partner.password);
      await t.http.get('/partner').set('Cookie', cookie).expect(200);

      await t.http.post('/api/auth/sign-out-everywhere').set(bearer(second)).expect(204);
      for (const token of [partner.token, second]) await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
      const refused = await t.http.get('/partner').set('Cookie', cookie);
      expect(refused.status).toBe(303);
      expect(refused.headers.location).toBe('/partner/sign-in');
      // Signing in again works, with the same password.
      await t.http.get('/api/auth/me').set(bearer(await signIn(t, partner.email, partner.password))).expect(200);
      expect(await auditActions((await t.http.get('/api/accounts').set(bearer(organizer))).body.find((a: { email: string }) => a.email === partner.email).id)).toContain(
        'sign_out_everywhere',
      );
    });

    it('is refused by every server process at once, not only the one that was asked', async () => {
      const partner = await newPartner();
      const peer = await startSecondApp(t.database.url, { JOBS_ENABLED: 'false' });
      try {
        const peerHttp = request(peer.app.getHttpServer());
        await peerHttp.get('/api/auth/me').set(bearer(partner.token)).expect(200);
        await t.http.post('/api/auth/sign-out-everywhere').set(bearer(partner.token)).expect(204);
        await peerHttp.get('/api/auth/me').set(bearer(partner.token)).expect(401);
      } finally {
        await peer.close();
      }
    });

    it('from the button on the organizer account page', async () => {
      const apiToken = await signIn(t, ADMIN.email, ADMIN.password);
      const cookie = await pageSignIn('/admin', ADMIN.email, ADMIN.password);
      const page = await openForm(t, '/admin/account', cookie);
      const res = await t.http.post('/admin/account/sign-out-everywhere').set('Cookie', page.cookie).type('form').send({ _csrf: page.csrf }).expect(303);
      expect(res.headers.location).toBe('/admin/sign-in?notice=signedOutEverywhere');
      await t.http.get('/api/auth/me').set(bearer(apiToken)).expect(401);
      await t.http.get('/api/auth/me').set(bearer(organizer)).expect(401);
      expect((await t.http.get('/admin').set('Cookie', cookie)).status).toBe(303);
      const signInPage = await t.http.get(res.headers.location).expect(200);
      expect(signInPage.text).toContain('已在所有设备上退出登录');
      organizer = await signIn(t, ADMIN.email, ADMIN.password);
    });
  });

  describe('resetting a forgotten password by e-mail link', () => {
    it('answers the same for a known and an unknown address, and mails only the known one', async () => {
      const partner = await newPartner();
      const before = (await resetMails(partner.email)).length;
      const known = await t.http.post('/api/auth/password-reset').send({ email: partner.email.toUpperCase() });
      const unknown = await t.http.post('/api/auth/password-reset').send({ email: 'nobody-here@huiwu.test' });
      expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body });
      expect(known.status).toBe(202);
      await nextResetMail(partner.email, before);
      expect(await resetMails('nobody-here@huiwu.test')).toEqual([]);
      const invalid = await t.http.post('/api/auth/password-reset').send({ email: 'not an address' }).expect(400);
      expect(invalid.body.errors).toHaveProperty('email');
    });

    it('goes from the mailed link to a page in Chinese where the new password is set, once; every sign-in ends', async () => {
      const partner = await newPartner();
      const cookie = await pageSignIn('/partner', partner.email, partner.password);
      const before = (await resetMails(partner.email)).length;
      await t.http.post('/api/auth/password-reset').send({ email: partner.email }).expect(202);
      await nextResetMail(partner.email, before);

      await t.app.get(OutboxSender).deliverDue();
      const spooled = readFileSync(t.config.mail.spoolFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { to: string; subject: string; body: string; kind: string })
        .filter((mail) => mail.to === partner.email);
      expect(spooled).toHaveLength(1);
      expect(spooled[0]).toMatchObject({ kind: 'password_reset', subject: '重置会务系统登录密码' });
      const link = new URL(/https?:\/\/\S+/.exec(spooled[0].body)![0]);
      expect(link.origin).toBe('http://huiwu.test');
      expect(link.pathname).toBe('/partner/reset-password');
      const token = link.searchParams.get('token')!;
      // Only its hash is stored.
      const rows = await t.dataSource.getRepository(PasswordReset).find();
      expect(JSON.stringify(rows)).not.toContain(token);

      const form = await openForm(t, link.pathname + link.search);
      expect(form.html).toContain('<html lang="zh-CN">');
      expect(form.html).toContain('设置新密码');
      const short = await t.http.post('/partner/reset-password').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, token, newPassword: 'short', confirmPassword: 'short' }).expect(400);
      expect(short.text).toContain('新密码至少需要 10 个字符');
      const set = await t.http
        .post('/partner/reset-password')
        .set('Cookie', form.cookie)
        .type('form')
        .send({ _csrf: form.csrf, token, newPassword: 'reset password 1', confirmPassword: 'reset password 1' })
        .expect(303);
      expect(set.headers.location).toBe('/partner/sign-in?notice=passwordReset');
      expect((await t.http.get(set.headers.location).expect(200)).text).toContain('新密码已设置');

      await t.http.get('/api/auth/me').set(bearer(partner.token)).expect(401);
      expect((await t.http.get('/partner').set('Cookie', cookie)).status).toBe(303);
      await t.http.post('/api/auth/login').send({ email: partner.email, password: partner.password }).expect(401);
      await signIn(t, partner.email, 'reset password 1');

      // Used up: the page says so (a page, never a 404 or JSON), and so does the API.
      const reused = await t.http.get(link.pathname + link.search).expect(410);
      expect(reused.headers['content-type']).toMatch(/^text\/html/);
      expect(reused.text).toContain('该链接无效、已过期或已被使用');
      const again = await t.http.post('/api/auth/password-reset/complete').send({ token, newPassword: 'reset password 2' }).expect(410);
      expect(again.body.errors).toHaveProperty('token');
      await signIn(t, partner.email, 'reset password 1');
      const actions = await auditActions((await t.http.get('/api/auth/me').set(bearer(await signIn(t, partner.email, 'reset password 1')))).body.id);
      expect(actions).toEqual(expect.arrayContaining(['password_reset_request', 'password_reset']));
    });

    it('refuses an expired or unknown link, on the page and in the API', async () => {
      const before = (await resetMails(ADMIN.email)).length;
      await t.http.post('/api/auth/password-reset').set('Accept-Language', 'en').send({ email: ADMIN.email }).expect(202);
      const mail = asMail(await nextResetMail(ADMIN.email, before));
      expect(mail.subject).toBe('Reset your Huiwu password');
      expect(mail.body).toContain('/admin/reset-password?token=');
      const token = tokenOf(mail.body);
      const tokenHash = createHash('sha256').update(token).digest('hex');
      const expired = await t.dataSource.getRepository(PasswordReset).update({ tokenHash }, { expiresAt: new Date(Date.now() - 1000) });
      expect(expired.affected).toBe(1);

      const page = await t.http.get(`/admin/reset-password?token=${token}`).expect(410);
      expect(page.text).toContain('重新申请');
      const res = await t.http.post('/api/auth/password-reset/complete').send({ token, newPassword: 'never set password' }).expect(410);
      expect(res.body.errors).toHaveProperty('token');
      await t.http.post('/api/auth/password-reset/complete').send({ token: 'x'.repeat(43), newPassword: 'never set password' }).expect(410);
      await t.http.get('/admin/reset-password?token=bogus').expect(410);
      await t.http.get('/admin/reset-password').expect(410);
      await signIn(t, ADMIN.email, ADMIN.password);
    });

    it('is rate-limited alike for known and unknown addresses', async () => {
      const partner = await newPartner();
      const statuses = async (email: string) => {
        const seen = [];
        for (let i = 0; i < 4; i++) seen.push((await t.http.post('/api/auth/password-reset').send({ email })).status);
        return seen;
      };
      expect(await statuses(partner.email)).toEqual([202, 202, 202, 429]);
      expect(await statuses('unknown-limited@huiwu.test')).toEqual([202, 202, 202, 429]);
      const limited = await t.http.post('/api/auth/password-reset').send({ email: 'unknown-limited@huiwu.test' }).expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('has a forgot-password page linked from sign-in, answering the same for any address', async () => {
      const signInPage = await t.http.get('/admin/sign-in').expect(200);
      expect(signInPage.text).toContain('href="/admin/forgot-password"');
      expect(signInPage.text).toContain('忘记密码？');
      const form = await openForm(t, '/admin/forgot-password');
      expect(form.html).toContain('找回密码');
      const send = (email: string) => t.http.post('/admin/forgot-password').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email });
      const unknown = await send('nobody-page@huiwu.test').expect(200);
      expect(unknown.text).toContain('如果该邮箱已注册账号');
      const bad = await send('not an address').expect(400);
      expect(bad.text).toContain('请填写有效的电子邮箱');
      const english = await t.http.get('/admin/forgot-password?lang=en').expect(200);
      expect(english.text).toContain('Forgot password');
    });
  });
});
