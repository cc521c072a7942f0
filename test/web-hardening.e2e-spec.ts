import { ADMIN, ADMIN_ENV } from './support/accounts';
import { cookiesOf, openForm } from './browser/page-forms';
import { startTestApp, TestApp } from './support/test-app';

/** The informational findings of the security review: docs, the docs' CSP, cookie prefixes, CSRF rotation, form bodies on the API. */
describe('web hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { ...ADMIN_ENV, PUBLIC_BASE_URL: 'https://huiwu.test' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('relaxes the content security policy for the API docs page only', async () => {
    const docs = await t.http.get('/api/docs/').redirects(1);
    expect(docs.status).toBe(200);
    expect(docs.headers['content-security-policy']).toContain("'unsafe-inline'");
    // The API's answers are never pages: a policy under which they run and load nothing, and no page-only headers.
    for (const url of ['/api/health/live', '/api/editions', '/api/docs-json', '/api/nothing-here']) {
      const res = await t.http.get(url);
      expect([url, res.headers['content-security-policy']]).toEqual([url, "default-src 'none'; frame-ancestors 'self'"]);
      expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'strict-transport-security': expect.stringContaining('max-age='), 'x-frame-options': 'SAMEORIGIN' });
      expect(res.headers).not.toHaveProperty('cross-origin-opener-policy');
    }
    for (const url of ['/', '/admin/sign-in', '/nothing-here']) {
      const res = await t.http.get(url);
      expect([url, res.headers['content-security-policy']]).toEqual([url, expect.not.stringContaining('unsafe-inline')]);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
  });

  it('serves no API docs when API_DOCS=off', async () => {
    const off = await startTestApp({ seed: false, env: { API_DOCS: 'off' } });
    try {
      await off.http.get('/api/docs-json').expect(404);
      expect((await off.http.get('/api/docs/').redirects(1)).status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it('refuses a form, multipart or text body on the API (a cross-site form could send it), sign-in included', async () => {
    const form = await t.http.post('/api/auth/login').type('form').send({ email: ADMIN.email, password: ADMIN.password });
    expect(form.status).toBe(415);
    expect(form.body.errors).toHaveProperty('body');
    const text = await t.http.post('/api/auth/login').set('Content-Type', 'text/plain').send(JSON.stringify({ email: ADMIN.email, password: ADMIN.password }));
    expect(text.status).toBe(415);
    const multipart = await t.http.post('/api/auth/login').field('email', ADMIN.email).field('password', ADMIN.password);
    expect(multipart.status).toBe(415);
    await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password }).expect(200);
  });

  it('names the cookies __Host- over https, and gives a new CSRF secret at sign-in', async () => {
    const form = await openForm(t, '/admin/sign-in');
    expect(form.cookie).toMatch(/^__Host-huiwu_csrf=/);
    const signedIn = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password });
    expect(signedIn.status).toBe(303);
    const set = [signedIn.headers['set-cookie']].flat() as string[];
    const session = set.find((c) => c.startsWith('__Host-huiwu_session='))!;
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; Path=\//);
    expect(session).not.toMatch(/Domain=/i);
    const csrfCleared = set.find((c) => c.startsWith('__Host-huiwu_csrf='))!;
    expect(csrfCleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    // The signed-in browser's next form is built on a new secret: the old token no longer passes.
    const signedInCookie = set.find((c) => c.startsWith('__Host-huiwu_session='))!.split(';')[0];
    const next = await openForm(t, '/admin/account', signedInCookie);
    expect(next.cookie).toMatch(/__Host-huiwu_csrf=/);
    expect(next.cookie).not.toContain(form.cookie.split(';')[0]);
    expect(cookiesOf(signedIn)).toContain('__Host-huiwu_session=');
  });
});
