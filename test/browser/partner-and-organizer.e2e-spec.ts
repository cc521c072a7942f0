import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from '../support/accounts';
import { attendee, publishedEditionWithForum } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

/** Partners and organizers in a real browser: sign-in forms, the session cookie, and what each sees and does. */
describe('partner and organizer pages in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let context: BrowserContext;
  let organizer: string;
  let api: ScheduleBuilder;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium()]);
    organizer = await signIn(app.t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(app.t, organizer);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.t.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(5000);
  });
  afterEach(async () => {
    await context?.close();
  });

  async function signInAt(page: Page, path: string, email: string, password: string): Promise<void> {
    await page.goto(path);
    expect(new URL(page.url()).pathname).toBe(`${path}/sign-in`);
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`**${path}`);
  }

  it('lets a partner sign in and see its editions, co-hosts and the sub-forums it hosts with their counts', async () => {
    const [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
    const fixture = await publishedEditionWithForum(api, 'new-ecommerce', 2029);
    await api.patch(`/api/sessions/${fixture.forum}`, { hosts: [{ organizationId: cfis.id }] });
    await api.post(`/api/editions/${fixture.edition.id}/registrations`, { ...attendee(1), sessionIds: [fixture.forum] });
    await partnerToken(app.t, organizer, cfis.id, 'cfis-partner@huiwu.test');

    const page = await context.newPage();
    await signInAt(page, '/partner', 'cfis-partner@huiwu.test', 'partner-password');
    expect(await page.locator('h1').textContent()).toBe('中国网络社会组织联合会');
    const xian = page.locator('article', { has: page.getByRole('heading', { name: '2019中国网络诚信大会' }) });
    expect(await xian.locator('.co-hosts').textContent()).toContain('陕西省网信办');
    expect(await xian.locator('.co-hosts').textContent()).not.toContain('中网联');
    const hosted = page.locator('article', { has: page.getByRole('heading', { name: '2029年测试大会' }) });
    expect(await hosted.locator('.hosted-list li').textContent()).toContain('报名 1 人，候补 0 人');
    await page.screenshot({ path: join(ARTIFACTS, 'partner.png'), fullPage: false });

    // A partner's cookie opens no organizer page.
    await page.goto('/admin');
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
  });

  it('lets an organizer see conflicts and registrations, and publish a release', async () => {
    const fixture = await publishedEditionWithForum(api, 'integrity', 2030);
    const hall = await api.room(fixture.edition.id, '第二会议室', 100);
    const speaker = await api.speaker('郭全啟');
    const seminar = (await api.session(fixture.edition.id, { kind: 'seminar', title: '网络诚信研讨会', startsAt: '2030-12-01T15:00', endsAt: '2030-12-01T16:00', roomId: hall.id })).session.id;
    await api.post(`/api/sessions/${fixture.forum}/speakers`, { speakerId: speaker.id, role: 'speaker' });
    await api.post(`/api/sessions/${seminar}/speakers`, { speakerId: speaker.id, role: 'moderator' });
    await api.post(`/api/editions/${fixture.edition.id}/registrations`, { ...attendee(7), sessionIds: [fixture.forum, fixture.other] });

    const page = await context.newPage();
    await signInAt(page, '/admin', ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: /2030年测试大会/ }).click();
    expect(await page.locator('h1').textContent()).toBe('2030年测试大会');
    expect(await page.locator('.conflict-list li').first().textContent()).toContain('提醒');
    expect(await page.locator('.program-grid .has-conflict').count()).toBe(2);
    const forumRow = page.locator('.data-table tbody tr', { hasText: '平台经济诚信建设分论坛' });
    expect(await forumRow.locator('td').allTextContents()).toEqual(['50', '1', '0', '0']);

    await page.getByLabel('版本说明').fill('新增研讨会');
    await page.getByRole('button', { name: '发布新版议程' }).click();
    await page.getByText('已发布第 2 版议程。').waitFor();
    const latest = page.locator('.release').first();
    expect(await latest.locator('h3').textContent()).toBe('第 2 版 · 新增研讨会');
    expect(await latest.locator('.changelog').textContent()).toContain('网络诚信研讨会');
    await page.screenshot({ path: join(ARTIFACTS, 'admin-edition.png'), fullPage: true });
    const program = await api.get(`/api/editions/${fixture.edition.slug}/program`);
    expect(program.release.version).toBe(2);
  });
});
