import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { ScheduleBuilder } from '../support/schedule-builder';
import { seriousAccessibilityViolations } from './axe-check';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

const RANKS = ['一级', '二级', '三级', '四级', '五级', '六级', '七级', '八级', '九级'];
const NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬'];

/** The console's protocol seating page, in Chromium: Chinese first, script-free forms, usable on a phone. */
describe('protocol seating in the console, in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let api: ScheduleBuilder;
  let editionId: number;
  let sessionId: number;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium()]);
    const token = await signIn(app.t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(app.t, token);
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02', { title: '2036中国网络诚信大会' })).id;
    sessionId = (await api.session(editionId, { title: '开幕式', startsAt: '2036-12-01T09:00', endsAt: '2036-12-01T10:00' })).session.id;
    await app.t.http.put(`/api/editions/${editionId}/guest-ranks`).set({ Authorization: `Bearer ${token}` }).send({ ranks: RANKS }).expect(200);
    for (const i of [3, 8, 0, 5, 1, 7, 2, 6, 4]) {
      await api.post(`/api/editions/${editionId}/guests`, { name: `${NAMES[i]}嘉宾`, title: `${RANKS[i]}职务`, rank: RANKS[i], phone: `1390013900${i}`, sessionIds: [sessionId] });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.t.close();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function organizerPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', javaScriptEnabled: true, viewport: { width, height: 900 } });
    context.setDefaultTimeout(5000);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/admin/sign-in');
    await page.getByLabel('电子邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/admin');
    return page;
  }

  const seatNames = (page: Page) => page.locator('.seating-row').first().locator('.seating-name').allTextContents();

  it('reaches the plan from the edition’s nav, shows nine guests in the documented order, swaps two by form, and refuses bad rows beside the field', async () => {
    const page = await organizerPage();
    await page.goto(`/admin/editions/${editionId}`);
    await page.locator('nav.console-nav').getByRole('link', { name: '座次' }).click();
    expect(await page.locator('h1').textContent()).toBe('座次安排');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '开幕式' }).click();
    expect(await page.locator('h1').textContent()).toBe('座次：开幕式');
    expect((await seatNames(page)).map((n) => n.slice(0, 1)).join('')).toBe('壬庚戊丙甲乙丁己辛');
    expect(await page.locator('.seating-seat.is-first .seating-name').textContent()).toBe('甲嘉宾');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'seating-console.png'), fullPage: true });

    await page.getByLabel('嘉宾甲').selectOption({ label: '甲嘉宾（第1排5座）' });
    await page.getByLabel('嘉宾乙').selectOption({ label: '丁嘉宾（第1排7座）' });
    await page.getByRole('button', { name: '调换', exact: true }).click();
    await page.waitForURL('**/seating?done=swapped');
    expect(await page.getByRole('status').first().textContent()).toBe('已调换。');
    expect((await seatNames(page)).map((n) => n.slice(0, 1)).join('')).toBe('壬庚戊丙丁乙甲己辛');
    expect(await page.locator('.seating-seat .badge').count()).toBe(2);

    await page.getByLabel('每排座位数').fill('9,0');
    await page.getByRole('button', { name: '保存设置' }).click();
    expect(await page.locator('#f-rows-error').textContent()).toContain('每排座位数');
    expect(await page.getByLabel('每排座位数').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel(/国际惯例/).check();
    await page.getByLabel('每排座位数').fill('5，5');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.waitForURL('**/seating?done=saved');
    const rows = page.locator('.seating-row');
    expect(await rows.count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '取消所有调换，按级别重排' }).click();
    await page.waitForURL('**/seating?done=cleared');
    expect((await seatNames(page)).map((n) => n.slice(0, 1)).join('')).toBe('丁乙甲丙戊');
  });

  it('on a phone the rows scroll sideways inside the page, and the chart PDF opens from the page', async () => {
    const page = await organizerPage(390);
    await page.goto(`/admin/sessions/${sessionId}/seating`);
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'seating-console-phone.png'), fullPage: true });
    // The first PDF of a process loads the CJK font: seconds on a busy machine.
    const pdf = await page.request.get(`/admin/sessions/${sessionId}/seating.pdf`, { timeout: 60_000 });
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
