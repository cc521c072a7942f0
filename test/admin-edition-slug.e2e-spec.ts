import { cookiesOf, openForm } from './browser/page-forms';
import { ADMIN, ADMIN_ENV } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Bug 5, on the organizer's pages too: every route that takes an edition takes its id or its slug. */
describe('organizer pages take an edition by id or slug', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    const form = await openForm(t, '/admin/sign-in');
    const signedIn = await t.http.post('/admin/sign-in').set('Cookie', form.cookie).type('form').send({ _csrf: form.csrf, email: ADMIN.email, password: ADMIN.password }).expect(303);
    cookie = cookiesOf(signedIn, form.cookie);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the same edition page for /admin/editions/{id} and /admin/editions/{slug}', async () => {
    const { id } = (await t.http.get('/api/editions/integrity-2019').expect(200)).body;
    const byId = await t.http.get(`/admin/editions/${id}`).set('Cookie', cookie).expect(200);
    const bySlug = await t.http.get('/admin/editions/integrity-2019').set('Cookie', cookie).expect(200);
    const title = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
    expect(title(bySlug.text)).toBe(title(byId.text));
    const unknown = await t.http.get('/admin/editions/integrity-1999').set('Cookie', cookie);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
  });
});
