import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { startTestApp, TestApp } from '../support/test-app';
import { pagePaths } from '../../src/web/web-setup';
import { cookiesOf, FORM_CONSENT, openForm } from './page-forms';

/** The pages at the HTTP level: security headers, CSRF refusals, escaping, and that the API is untouched. */
describe('pages over HTTP', () => {
  let t: TestApp;
  let fixture: RegistrationFixture;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    const api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    // A year far ahead: the form is offered only for editions not yet over.
    fixture = await publishedEditionWithForum(api, 'integrity', 2031);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the home page in Chinese with a strict Content-Security-Policy', async () => {
    const res = await t.http.get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<html lang="zh-CN">');
    expect(res.text).toContain('中国网络诚信大会');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.text).not.toMatch(/\sstyle=/);
  });

  it('switches to English with ?lang=en and remembers it in a cookie', async () => {
    const res = await t.http.get('/?lang=en').expect(200);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('Conference series');
    const cookie = cookiesOf(res);
    expect(cookie).toContain('huiwu_lang=en');
    expect((await t.http.get('/e/integrity-2019').set('Cookie', cookie)).text).toContain('<html lang="en">');
  });

  it('shows a seeded edition with its organizations by role and its program', async () => {
    const res = await t.http.get('/e/integrity-2019').expect(200);
    expect(res.text).toContain('网聚诚信力量 共创信用中国');
    expect(res.text).toContain('指导单位');
    expect(res.text).toContain('主办单位');
    expect(res.text).toContain('webcal://huiwu.test/api/editions/integrity-2019/calendar.ics');
  });

  it('answers an unknown edition with a 404 page, not JSON', async () => {
    const res = await t.http.get('/e/no-such-edition').expect(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('页面不存在');
  });

  it('keeps the API under /api, JSON and bearer tokens, and the docs page with its own policy', async () => {
    const brands = await t.http.get('/api/brands').expect(200);
    expect(brands.headers['content-type']).toMatch(/json/);
    expect((await t.http.get('/brands')).status).toBe(404);
    const docs = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(docs.headers['content-security-policy']).toContain("'unsafe-inline'");
    expect((await t.http.post(`/api/editions/${fixture.edition.id}/releases`).send({})).status).toBe(401);
  });

  it('serves only the pages and their assets outside /api', () => {
    const pages = new Set(pagePaths());
    const outside = t.routes.filter((r) => !r.url.startsWith('/api/') && !r.url.startsWith('/assets/'));
    expect(outside.length).toBeGreaterThan(10);
    for (const route of outside) expect({ route: route.url, page: pages.has(route.url) }).toEqual({ route: route.url, page: true });
    expect(t.routes.some((r) => r.url === '/api/partner/organization')).toBe(true);
  });

  it('refuses every form posted without the CSRF token (403)', async () => {
    const { cookie } = await openForm(t, `/e/${fixture.edition.slug}/register`);
    const posts = [
      [`/e/${fixture.edition.slug}/register`, { name: '张三', email: 'csrf@example.com', sessionIds: String(fixture.forum), ...FORM_CONSENT }],
      ['/admin/sign-in', { email: ADMIN.email, password: ADMIN.password }],
      ['/partner/sign-in', { email: ADMIN.email, password: ADMIN.password }],
      [`/admin/editions/${fixture.edition.id}/releases`, { note: 'x' }],
      ['/r/AAAAA-BBBBB/cancel', { token: 'x' }],
    ] as const;
    for (const [url, form] of posts) {
      for (const withCookie of [false, true]) {
        const res = await t.http.post(url).set('Cookie', withCookie ? cookie : '').type('form').send(form);
        expect({ url, withCookie, status: res.status }).toEqual({ url, withCookie, status: 403 });
      }
    }
    const forged = await t.http.post(`/e/${fixture.edition.slug}/register`).set('Cookie', cookie).type('form').send({ _csrf: 'forged', name: '张三', email: 'csrf@example.com' });
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('页面已过期');
    expect((await t.http.get(`/api/editions/${fixture.edition.id}/registrations`).set('Authorization', 'Bearer x')).status).toBe(401);
  });

  it('escapes what visitors type, on the form and on the pages that show it back', async () => {
    const attack = '<script>alert(1)</script>';
    const form = await openForm(t, `/e/${fixture.edition.slug}/register`);
    const refused = await t.http
      .post(`/e/${fixture.edition.slug}/register`)
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.csrf, name: attack, email: 'not-an-email', organization: '"><img src=x onerror=alert(1)>' });
    expect(refused.status).toBe(400);
    expect(refused.text).not.toContain(attack);
    expect(refused.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(refused.text).not.toContain('<img src=x');
    expect(refused.text).toContain('请填写有效的电子邮箱');

    const again = await openForm(t, `/e/${fixture.edition.slug}/register`, form.cookie);
    const created = await t.http
      .post(`/e/${fixture.edition.slug}/register`)
      .set('Cookie', again.cookie)
      .type('form')
      .send({ _csrf: again.csrf, name: attack, email: 'escape@example.com', sessionIds: String(fixture.forum), ...FORM_CONSENT });
    expect(created.status).toBe(303);
    const confirmation = await t.http.get(created.headers.location).expect(200);
    expect(confirmation.headers['cache-control']).toBe('no-store');
    const manageLink = /href="(\/r\/[A-Z0-9-]+\?token[^"]+)"/.exec(confirmation.text)![1].replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
    const manage = await t.http.get(manageLink).expect(200);
    expect(manage.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(manage.text).not.toContain(attack);
  });

  it('keeps organizer pages behind sign-in, with the session in an HttpOnly, SameSite=Lax cookie', async () => {
    const anonymous = await t.http.get('/admin').expect(303);
    expect(anonymous.headers.location).toBe('/admin/sign-in');
    const bearer = await signIn(t, ADMIN.email, ADMIN.password);
    expect((await t.http.get('/admin').set('Authorization', `Bearer ${bearer}`)).status).toBe(303);

    const form = await openForm(t, '/admin/sign-in');
    const wrong = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: 'wrong-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('邮箱或密码错误');
    expect(wrong.text).toContain(`value="${ADMIN.email}"`);

    const signedIn = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password });
    expect(signedIn.status).toBe(303);
    const session = [signedIn.headers['set-cookie']].flat().find((c: string) => c.startsWith('huiwu_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/);
    const admin = await t.http.get('/admin').set('Cookie', cookiesOf(signedIn, form.cookie)).expect(200);
    expect(admin.text).toContain('2031年测试大会');
    // The cookie is no bearer token: the API does not accept it.
    expect((await t.http.get('/api/auth/me').set('Cookie', cookiesOf(signedIn, form.cookie))).status).toBe(401);
  });

  it('marks the cookies Secure when the public address is https', async () => {
    const secure = await startTestApp({ seed: false, env: { ...ADMIN_ENV, PUBLIC_BASE_URL: 'https://huiwu.test' } });
    try {
      const form = await openForm(secure, '/admin/sign-in');
      const signedIn = await secure.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password });
      expect(signedIn.status).toBe(303);
      const set = [signedIn.headers['set-cookie']].flat() as string[];
      expect(set.find((c) => c.startsWith('__Host-huiwu_session='))).toMatch(/; Secure/);
      const csrfCookie = await secure.http.get('/admin/sign-in');
      expect([csrfCookie.headers['set-cookie']].flat().find((c: string) => c.startsWith('__Host-huiwu_csrf='))).toMatch(/; Secure/);
    } finally {
      await secure.close();
    }
  });
});
