import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { parseCalendar } from '../support/ical';
import { publishedEditionWithForum } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  return readFileSync((await download.path())!);
}

/** An attendee in a real browser: the edition, the form with its errors, the confirmation, the downloads, the manage page. */
describe('attendee pages in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let context: BrowserContext;
  let api: ScheduleBuilder;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium()]);
    api = new ScheduleBuilder(app.t, await signIn(app.t, ADMIN.email, ADMIN.password));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.t.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: app.baseUrl, acceptDownloads: true, locale: 'zh-CN' });
    context.setDefaultTimeout(5000);
  });
  afterEach(async () => {
    await context?.close();
  });

  it('shows an edition as a room-by-time grid on wide screens and as a list on phones', async () => {
    const fixture = await publishedEditionWithForum(api, 'civilization', 2027);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/e/${fixture.edition.slug}`);
    await expectTitle(page, '2027年测试大会');
    const grid = page.locator('.program-grid').nth(1);
    expect(await grid.isVisible()).toBe(true);
    expect(await grid.locator('th[scope=col]').allTextContents()).toEqual(['时间', '第一会议室', '其他']);
    expect(await grid.locator('th[scope=row]').allTextContents()).toEqual(['09:00–11:00', '11:00–14:00', '14:00–15:00']);
    expect(await page.locator('.program-list').first().isVisible()).toBe(false);
    expect(await page.locator('.is-cancelled .title').first().textContent()).toContain('取消的边会');
    await page.screenshot({ path: join(ARTIFACTS, 'edition-1280.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await grid.isVisible()).toBe(false);
    expect(await page.locator('.program-list').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'edition-390.png'), fullPage: true });

    await page.getByRole('link', { name: '平台经济诚信建设分论坛' }).first().click();
    await expectTitle(page, '平台经济诚信建设分论坛');
    expect(await page.getByRole('link', { name: '加入日历 (.ics)' }).getAttribute('href')).toBe(`${app.baseUrl}/api/sessions/${fixture.forum}/calendar.ics`);
  });

  it('registers for two sub-forums, downloads the calendar and the ticket, and gives one sub-forum up', async () => {
    const fixture = await publishedEditionWithForum(api, 'integrity', 2028);
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/e/${fixture.edition.slug}`);
    await page.getByRole('link', { name: '报名参会' }).click();
    await expectTitle(page, '报名：2028年测试大会');
    expect(await page.getByText('剩余 50 个名额').count()).toBe(1);

    // A refused form keeps what was typed and says what is wrong beside each field.
    await page.getByLabel('姓名').fill('');
    await page.getByLabel('电子邮箱').fill('wang.fang@example');
    await page.getByLabel('手机号码').fill('12345');
    await page.getByLabel('工作单位').fill('某市网信办');
    await page.getByRole('button', { name: '提交报名' }).click();
    await expectTitle(page, '报名：2028年测试大会');
    expect(await page.locator('#f-name-error').textContent()).toContain('请填写姓名');
    expect(await page.locator('#f-email-error').textContent()).toContain('请填写有效的电子邮箱');
    expect(await page.locator('#f-phone-error').textContent()).toContain('手机号');
    expect(await page.locator('#privacy-consent-error').textContent()).toContain('请阅读并勾选同意《个人信息处理告知》');
    expect(await page.getByLabel('电子邮箱').inputValue()).toBe('wang.fang@example');
    expect(await page.getByLabel('工作单位').inputValue()).toBe('某市网信办');
    expect(await page.getByLabel('电子邮箱').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.error-summary').evaluate((summary) => summary === summary.ownerDocument.activeElement)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'register-errors.png'), fullPage: true });

    await page.getByLabel('姓名').fill('王芳');
    await page.getByLabel('电子邮箱').fill('wang.fang@example.com');
    await page.getByLabel('手机号码').fill('138 1234 5678');
    await page.getByLabel(/平台经济诚信建设分论坛/).check();
    await page.getByLabel(/青少年网络保护分论坛/).check();
    await page.getByLabel(/我已阅读并同意/).check();
    await page.getByRole('button', { name: '提交报名' }).click();

    await expectTitle(page, '报名成功');
    const code = (await page.locator('#registration-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const webcal = await page.getByRole('link', { name: '订阅我的日程' }).getAttribute('href');
    expect(webcal).toMatch(new RegExp(`^webcal://127\\.0\\.0\\.1:\\d+/api/registrations/${code}/calendar\\.ics\\?token=`));

    const ics = await downloadBytes(page, () => page.getByRole('link', { name: '下载我的日程 (.ics)' }).click());
    const { events } = parseCalendar(ics.toString('utf8'));
    expect(events.map((e) => e.summary).sort()).toEqual(['平台经济诚信建设分论坛', '青少年网络保护分论坛']);
    const ticket = await downloadBytes(page, () => page.getByRole('link', { name: '下载电子票 (PDF)' }).click());
    expect(ticket.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The ticket as a page, as the QR code opens it on a phone: read-only.
    const confirmation = page.url();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: '电子票（网页）' }).click();
    expect(page.url()).toMatch(new RegExp(`/t/${code}\\?token=`));
    expect((await page.locator('#ticket-validity').textContent())?.trim()).toBe('有效');
    expect(await page.locator('.ticket-name').textContent()).toBe('王芳');
    expect(await page.locator('form').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'ticket-390.png'), fullPage: true });
    await page.goto(confirmation);

    await page.getByRole('link', { name: '管理报名' }).click();
    await expectTitle(page, '管理报名');
    expect(await page.locator('.seat-list li').count()).toBe(2);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '放弃此分论坛：青少年网络保护分论坛' }).click();
    await page.getByText('已放弃该分论坛。').waitFor();
    expect(await page.locator('.seat-list li .seat-title').allTextContents()).toEqual(['平台经济诚信建设分论坛']);
    const seats = await api.get(`/api/editions/${fixture.edition.id}/attendance`);
    expect(seats.sessions.find((s: { sessionId: number }) => s.sessionId === fixture.other)).toMatchObject({ confirmed: 0, cancelled: 1 });
  });
});

async function expectTitle(page: Page, heading: string): Promise<void> {
  expect((await page.locator('h1').first().textContent())?.trim()).toBe(heading);
}
