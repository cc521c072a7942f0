import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { GuestAccess } from '../../src/guests/guest-access';
import { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { ScheduleBuilder } from '../support/schedule-builder';
import { seriousAccessibilityViolations } from './axe-check';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

/** Guest travel and pickups in Chromium: the guest's own travel form on a phone, the desk's travel list, vehicles and dispatch. */
describe('guest travel and pickups, in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let api: ScheduleBuilder;
  let token: string;
  let editionId: number;
  const guests: Record<string, { id: number; code: string; name: string }> = {};
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium({ chineseFont: true })]);
    token = await signIn(app.t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(app.t, token);
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02', { title: '2036中国网络诚信大会' })).id;
    guests.wang = await api.post(`/api/editions/${editionId}/guests`, { name: '王伟', phone: '13810000001' });
    guests.li = await api.post(`/api/editions/${editionId}/guests`, { name: '李娜', phone: '13810000002' });
    guests.zhang = await api.post(`/api/editions/${editionId}/guests`, { name: '张敏', phone: '13810000003' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.t.close();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function newPage(width: number): Promise<Page> {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', javaScriptEnabled: true, viewport: { width, height: 900 } });
    context.setDefaultTimeout(5000);
    contexts.push(context);
    return context.newPage();
  }

  async function organizerPage(width = 1280): Promise<Page> {
    const page = await newPage(width);
    await page.goto('/admin/sign-in');
    await page.getByLabel('电子邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/admin');
    return page;
  }

  it('the guest enters their arrival on a phone by their personal link; a missing flight number is refused beside its field', async () => {
    const link = await app.t.app.get(GuestAccess).tokenFor(guests.wang);
    const page = await newPage(390);
    await page.goto(`/g/${guests.wang.code}/travel?token=${link}`);
    expect(await page.locator('h1').textContent()).toBe('填写行程信息');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const arrival = page.getByRole('group', { name: '抵达' });
    await arrival.getByLabel('交通方式').selectOption({ label: '航班' });
    await arrival.getByLabel('日期').fill('2036-12-01');
    await arrival.getByLabel('时间').fill('14:05');
    await arrival.getByLabel('机场/车站').fill('首都机场T3');
    await page.getByRole('button', { name: '保存行程' }).click();
    await page.waitForLoadState();
    expect(await page.locator('#f-arrival-number-error').textContent()).toBe('乘坐航班或火车时须填写航班号或车次');
    expect(await page.getByRole('group', { name: '抵达' }).getByLabel('航班号/车次').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('group', { name: '抵达' }).getByLabel('航班号/车次').fill('ca1234');
    await page.getByRole('button', { name: '保存行程' }).click();
    await page.waitForURL('**/travel?token=*&done=1');
    expect(await page.getByRole('status').textContent()).toContain('已保存');
    expect(await page.getByRole('group', { name: '抵达' }).getByLabel('航班号/车次').inputValue()).toBe('CA1234');
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'guest-travel-phone.png'), fullPage: true });
    const wrong = await page.request.get(`/g/${guests.wang.code}/travel?token=not-the-token`);
    expect(wrong.status()).toBe(404);
  });

  it('the desk enters a trip, sees arrivals by half hour and station, adds a vehicle, dispatches a group and lets the suggestion do the rest', async () => {
    const page = await organizerPage();
    await page.goto(`/admin/editions/${editionId}`);
    await page.locator('nav.console-nav').getByRole('link', { name: '嘉宾行程' }).click();
    expect(await page.locator('h1').textContent()).toBe('嘉宾行程');
    await page.getByLabel('嘉宾', { exact: true }).selectOption({ label: '李娜' });
    await page.getByLabel('方向').selectOption({ label: '抵达' });
    await page.getByLabel('交通方式').selectOption({ label: '航班' });
    await page.getByLabel('航班号/车次').fill('MU5101');
    await page.getByLabel('日期', { exact: true }).fill('2036-12-01');
    await page.getByLabel('时间', { exact: true }).fill('14:20');
    await page.getByLabel('机场/车站').fill('首都机场T3');
    await page.getByRole('button', { name: '保存行程' }).click();
    await page.waitForURL('**/travel?done=saved');
    const window = page.locator('tr.travel-window').first();
    expect(await window.locator('th').textContent()).toContain('14:00–14:30');
    expect(await window.locator('li').allTextContents()).toEqual(['14:05 王伟（航班 CA1234）', '14:20 李娜（航班 MU5101）']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'travel-console.png'), fullPage: true });

    await page.locator('nav.console-nav').getByRole('link', { name: '接站派车' }).click();
    expect(await page.locator('h1').textContent()).toBe('接站派车');
    await page.getByRole('link', { name: '管理车辆与司机' }).click();
    await page.getByLabel('车牌号').fill('京A·12345');
    await page.getByLabel('座位数').fill('4');
    await page.getByLabel('司机姓名').fill('李师傅');
    await page.getByLabel('司机手机号码').fill('010-1234');
    await page.getByRole('button', { name: '添加车辆' }).click();
    expect(await page.locator('#f-driver-phone-error').textContent()).toContain('不是有效的手机号码');
    await page.getByLabel('司机手机号码').fill('139 1111 2222');
    await page.getByRole('button', { name: '添加车辆' }).click();
    await page.waitForURL('**/vehicles?done=added');
    expect(await page.locator('table.vehicles tbody tr').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`/admin/editions/${editionId}/dispatch`);
    const group = page.locator('section.dispatch-group').first();
    expect(await group.locator('h3').textContent()).toContain('14:00–14:30 · 首都机场T3');
    await group.getByLabel('接站地点').fill('T3到达层8号门');
    await group.getByRole('button', { name: '派车' }).click();
    await page.waitForURL('**/dispatch?done=assigned');
    expect(await page.locator('section.dispatch-group').first().locator('.dispatch-plate').allTextContents()).toEqual(['京A·12345 · T3到达层8号门', '京A·12345 · T3到达层8号门']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A later arrival: the suggestion gives it the free vehicle.
    await app.t.http.put(`/api/guests/${guests.zhang.id}/travel/arrival`).set({ Authorization: `Bearer ${token}` }).send({ mode: 'train', number: 'G87', at: '2036-12-01T16:10', station: '北京南站' }).expect(200);
    await page.reload();
    expect(await page.locator('.dispatch-summary').textContent()).toContain('共 3 位抵达嘉宾，1 位尚未派车');
    await page.getByRole('button', { name: '自动分配未派车的嘉宾' }).click();
    await page.waitForURL('**/dispatch?done=auto&count=1');
    expect(await page.getByRole('status').textContent()).toBe('已自动分配 1 位嘉宾。');
    expect(await page.locator('.dispatch-summary').textContent()).toContain('0 位尚未派车');
    await page.screenshot({ path: join(ARTIFACTS, 'dispatch-console.png'), fullPage: true });

    const texts = await app.t.dataSource.getRepository(OutboxMessage).findBy({ channel: 'sms' });
    expect(texts.filter((m) => m.template === 'pickup_driver').map((m) => m.address)).toEqual(['+8613911112222', '+8613911112222']);
    expect(texts.filter((m) => m.template === 'pickup_guest').map((m) => m.address).sort()).toEqual(['+8613810000001', '+8613810000002', '+8613810000003']);

    const phone = await organizerPage(390);
    await phone.goto(`/admin/editions/${editionId}/dispatch`);
    const overflow = (await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(ARTIFACTS, 'dispatch-console-phone.png'), fullPage: true });
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
  });
});
