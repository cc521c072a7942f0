import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { asBuffer } from '../support/pdf';
import { CONSENT, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { startTestApp, TestApp } from '../support/test-app';

/** The content of `<meta property|name="…" content="…">`, unescaped as a chat app reads it. */
const meta = (html: string, name: string): string | null => {
  const tag = new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)">`).exec(html);
  return tag ? tag[1].replace(/&#x3D;/g, '=').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"') : null;
};

/**
 * What the pages say in the states a new edition goes through (no program yet, sessions without
 * times, over), agreeing with the API; the previews chat apps show of shared links; and a
 * sentence wherever a list is empty.
 */
describe('pages in every state, and their link previews', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let fixture: RegistrationFixture;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    base = t.config.publicBaseUrl.origin;
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    fixture = await publishedEditionWithForum(api, 'integrity', 2031, { theme: '诚信点亮美好' });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('web and API agree on when one may register', () => {
    it('says that an edition past its last day has ended, and the API refuses it too', async () => {
      const edition = await api.get('/api/editions/integrity-2019');
      const form = await t.http.get('/e/integrity-2019/register').expect(200);
      expect(form.text).toContain('本届会议已结束');
      expect(form.text).not.toContain('暂不接受报名');
      expect(form.text).not.toContain('name="sessionIds"');
      expect((await t.http.get('/e/integrity-2019/register?lang=en').expect(200)).text).toContain('This conference has ended');
      const byApi = await t.http.post(`/api/editions/${edition.id}/registrations`).send({ name: '李四', email: 'late@example.com', sessionIds: [], ...CONSENT });
      expect(byApi.status).toBe(422);
      expect(byApi.body.errors).toEqual({ registration: 'the edition ended on 2019-12-02' });
      expect((await t.http.get('/e/integrity-2019').expect(200)).text).not.toContain('/e/integrity-2019/register');
    });

    it('says that the program is to be announced before the first release, and the API takes no registration either', async () => {
      const edition = await api.edition('integrity', 2033, '2033-12-01', '2033-12-02', { title: '2033年测试大会' });
      await api.patch(`/api/editions/${edition.id}`, { status: 'published' });
      const form = await t.http.get(`/e/${edition.slug}/register`).expect(200);
      expect(form.text).toContain('议程待公布，公布后即可报名');
      expect(form.text).not.toContain('name="sessionIds"');
      const byApi = await t.http.post(`/api/editions/${edition.id}/registrations`).send({ name: '李四', email: 'early@example.com', sessionIds: [], ...CONSENT });
      expect(byApi.status).toBe(422);
      expect(byApi.body.errors).toEqual({ registration: 'no program has been published yet' });
    });

    it('words the edition’s own window on the form as the API refuses it', async () => {
      const later = await publishedEditionWithForum(api, 'new-ecommerce', 2031);
      await api.patch(`/api/editions/${later.edition.id}`, { registrationOpensAt: '2031-11-01T09:00:00+08:00' });
      const form = await t.http.get(`/e/${later.edition.slug}/register`).expect(200);
      expect(form.text).toContain('报名将于 2031年11月1日 周六 09:00 开始');
      expect(form.text).not.toContain('name="sessionIds"');
      const byApi = await t.http.post(`/api/editions/${later.edition.id}/registrations`).send({ name: '李四', email: 'window@example.com', sessionIds: [later.forum], ...CONSENT });
      expect(byApi.status).toBe(422);
      expect(byApi.body.errors.registration).toBe('registration opens at Sat 1 Nov 2031, 09:00 Beijing time');
    });
  });

  describe('a program without times', () => {
    it('says the program is to be announced when a release holds no session, and lists sessions without a time under 时间待定', async () => {
      const edition = await api.edition('civilization', 2034, '2034-11-19', '2034-11-20', { title: '2034年测试大会' });
      await api.patch(`/api/editions/${edition.id}`, { status: 'published' });
      await api.post(`/api/editions/${edition.id}/releases`, { note: '空' });
      const empty = await t.http.get(`/e/${edition.slug}`).expect(200);
      expect(empty.text).toContain('议程待公布。');
      expect(empty.text).toContain('组织机构待公布。');
      expect((await t.http.get(`/e/${edition.slug}?lang=en`).expect(200)).text).toContain('The program has not been announced yet.');

      const untimed = (await api.session(edition.id, { title: '时间未定的分论坛' })).session.id;
      await api.post(`/api/editions/${edition.id}/releases`, { note: '有活动' });
      const page = await t.http.get(`/e/${edition.slug}`).expect(200);
      expect(page.text).toContain('议程待公布，以下活动时间待定。');
      const section = page.text.slice(page.text.indexOf('id="day-unscheduled"'));
      expect(section).toContain('时间待定');
      expect(section).toContain(`href="/e/${edition.slug}/sessions/${untimed}"`);
      expect(section).toContain('时间未定的分论坛');
      // The session's own page says so, and that its speakers are still to come.
      const session = await t.http.get(`/e/${edition.slug}/sessions/${untimed}`).expect(200);
      expect(session.text).toContain('时间待定');
      expect(session.text).toContain('嘉宾待公布。');
    });

    it('keeps the program’s version line and no notice once sessions have times', async () => {
      const page = await t.http.get(`/e/${fixture.edition.slug}`).expect(200);
      expect(page.text).toContain('第 1 版');
      expect(page.text).not.toContain('议程待公布');
    });
  });

  describe('link previews', () => {
    it('gives the home, brand, edition and session pages a title, description, image and address for chat apps', async () => {
      const pages = [
        { path: '/', title: '会务 · 中国网络社会组织联合会品牌活动', description: '中国网络诚信大会' },
        { path: '/b/integrity', title: '中国网络诚信大会', description: null },
        { path: `/e/${fixture.edition.slug}`, title: '2031年测试大会', description: '2031年12月1日 周一 – 12月2日 周二 · 西安 · 主题：诚信点亮美好' },
        { path: `/e/${fixture.edition.slug}/sessions/${fixture.forum}`, title: '平台经济诚信建设分论坛 · 2031年测试大会', description: '2031年测试大会 · 2031年12月1日 周一 14:00–17:00 · 第一会议室' },
      ];
      for (const expected of pages) {
        const res = await t.http.get(expected.path).expect(200);
        expect({ path: expected.path, title: meta(res.text, 'og:title') }).toEqual({ path: expected.path, title: expected.title });
        expect(meta(res.text, 'og:url')).toBe(`${base}${expected.path}`);
        expect(meta(res.text, 'og:image')).toBe(`${base}/assets/share.png`);
        expect(meta(res.text, 'twitter:card')).toBe('summary_large_image');
        expect(meta(res.text, 'og:description')).toBeTruthy();
        if (expected.description) expect(meta(res.text, 'og:description')).toContain(expected.description);
        expect(meta(res.text, 'description')).toBe(meta(res.text, 'og:description'));
        // Still no inline script or style under the strict policy.
        expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(res.text).not.toMatch(/\sstyle=/);
      }
      const english = await t.http.get(`/e/${fixture.edition.slug}?lang=en`).expect(200);
      expect(meta(english.text, 'og:url')).toBe(`${base}/e/${fixture.edition.slug}?lang=en`);
      expect(meta(english.text, 'og:locale')).toBe('en_US');
    });

    it('keeps personal pages out of previews and search engines', async () => {
      const created = await api.post(`/api/editions/${fixture.edition.id}/registrations`, { name: '王五', email: 'preview@example.com', sessionIds: [fixture.forum], ...CONSENT });
      const manage = await t.http.get(`/r/${created.code}?token=${encodeURIComponent(created.token)}`).expect(200);
      expect(meta(manage.text, 'og:title')).toBeNull();
      expect(meta(manage.text, 'robots')).toBe('noindex, nofollow');
    });

    it('serves the preview image as a 1200×630 PNG, and a favicon', async () => {
      const image = await asBuffer(t.http.get('/assets/share.png')).expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      const png = image.body as Buffer;
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const icon = await asBuffer(t.http.get('/favicon.ico')).expect(200);
      expect(icon.headers['content-type']).toBe('image/x-icon');
      expect((icon.body as Buffer).readUInt16LE(2)).toBe(1);
      const home = await t.http.get('/').expect(200);
      expect(home.text).toContain('<link rel="icon" href="/favicon.ico"');
      await t.http.get('/assets/icon.png').expect(200);
    });
  });

  describe('empty lists', () => {
    it('says so for a brand without editions, on the home page and on the brand’s page', async () => {
      await api.post('/api/brands', { slug: 'empty-series', name: '空白测试品牌', nameEn: 'Empty series' });
      const home = await t.http.get('/').expect(200);
      const section = home.text.slice(home.text.indexOf('id="brand-empty-series"'));
      expect(section.slice(0, section.indexOf('</section>'))).toContain('暂无公开的大会。');
      const brand = await t.http.get('/b/empty-series').expect(200);
      expect(brand.text).toContain('暂无公开的大会。');
      expect(meta(brand.text, 'og:description')).toBe('共 0 届大会');
      expect((await t.http.get('/b/empty-series?lang=en').expect(200)).text).toContain('No public editions yet.');
      await t.http.get('/b/no-such-series').expect(404);
    });
  });
});
