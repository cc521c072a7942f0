import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { ScheduleBuilder } from '../support/schedule-builder';
import { seriousAccessibilityViolations } from './axe-check';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

const RANKS = ['一级', '二级', '三级'];
/** Five guests who accepted: 甲 outranks the rest; 丁 is the only woman. */
const GUESTS = [
  { name: '甲嘉宾', rank: '一级', gender: 'male' },
  { name: '乙嘉宾', rank: '二级', gender: 'male' },
  { name: '丙嘉宾', rank: '三级', gender: 'male' },
  { name: '丁嘉宾', rank: '三级', gender: 'female' },
  { name: '戊嘉宾', rank: '三级', gender: 'male' },
];

/** The console's hotel-room pages in Chromium: Chinese first, script-free forms, usable on a phone. */
describe('hotel rooms in the console, in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let api: ScheduleBuilder;
  let editionId: number;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium({ chineseFont: true })]);
    const token = await signIn(app.t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(app.t, token);
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02', { title: '2036中国网络诚信大会' })).id;
    await app.t.http.put(`/api/editions/${editionId}/guest-ranks`).set({ Authorization: `Bearer ${token}` }).send({ ranks: RANKS }).expect(200);
    for (const [i, g] of GUESTS.entries()) {
      const guest = await api.post(`/api/editions/${editionId}/guests`, { ...g, phone: `1390013800${i}` });
      await app.t.dataSource.query("UPDATE guest SET reply = 'attending' WHERE id = ?", [guest.id]);
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

  const roomOf = async (page: Page, name: string) => (await page.locator('tr', { has: page.locator('.occupant', { hasText: name }) }).locator('th').textContent())?.trim();

  it('adds a hotel and a twin block from the nav, runs the allocation, refuses a mixed room beside the field, and moves a guest', async () => {
    const page = await organizerPage();
    await page.goto(`/admin/editions/${editionId}`);
    await page.locator('nav.console-nav').getByRole('link', { name: '住宿' }).click();
    expect(await page.locator('h1').textContent()).toBe('酒店与房型');
    expect(await page.locator('.empty').first().textContent()).toContain('还没有酒店');

    // A hotel without a name is refused beside the field.
    await page.getByRole('button', { name: '添加酒店' }).click();
    expect(await page.locator('#f-hotelName-error').textContent()).toContain('酒店名称');
    await page.getByLabel('酒店名称').fill('西安曲江国际饭店');
    await page.getByLabel('地址').fill('西安市雁塔区曲江池东路');
    await page.getByRole('button', { name: '添加酒店' }).click();
    await page.waitForURL('**/hotels?done=hotelAdded');
    expect(await page.getByRole('status').first().textContent()).toBe('已添加酒店。');

    await page.getByLabel('房型', { exact: true }).fill('双床房');
    await page.getByLabel('房间数').fill('0');
    await page.getByRole('button', { name: '添加房型' }).click();
    expect(await page.locator('#f-roomCount-error').textContent()).toContain('房间数');
    expect(await page.getByLabel('房间数').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('房间数').fill('3');
    await page.getByLabel('每间床位').fill('2');
    await page.getByLabel('首晚').fill('2036-11-30');
    await page.getByLabel('晚数').fill('2');
    await page.getByLabel('价格区间').fill('600–800元/晚');
    await page.getByLabel('允许拼房', { exact: true }).check();
    await page.getByLabel('此级别及以上单住').selectOption('一级');
    await page.getByRole('button', { name: '添加房型' }).click();
    await page.waitForURL('**/hotels?done=blockAdded');
    const row = page.locator('.hotel-blocks tbody tr').first();
    expect(await row.locator('th').textContent()).toBe('双床房');
    expect(await row.textContent()).toContain('可拼房（同性）；一级及以上单住');
    expect(await row.textContent()).toContain('2036-11-30 入住，2036-12-02 退房（2 晚）');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'reception-rooms-hotels.png'), fullPage: true });

    await page.getByRole('link', { name: '分房', exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe('分房');
    expect(await page.locator('.unassigned-guests li').count()).toBe(5);
    await page.getByRole('button', { name: '自动分房', exact: true }).click();
    await page.waitForURL('**/hotels/allocation?done=allocated**');
    expect(await page.getByRole('status').first().textContent()).toBe('已分房，4 位嘉宾收到了住宿通知。');
    // Three twins: 甲 alone by rank, 乙 with 丙, then 丁 (a woman) cannot join 戊's room, so one is left without.
    expect(await roomOf(page, '甲嘉宾')).toBe('双床房-1');
    expect(await roomOf(page, '乙嘉宾')).toBe('双床房-2');
    expect(await roomOf(page, '丙嘉宾')).toBe('双床房-2');
    expect(await page.locator('.unassigned-guests li').allTextContents()).toEqual(['戊嘉宾（三级） · 男']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'reception-rooms-allocation.png'), fullPage: true });

    // 戊 into 丁's room: refused beside the room number, in Chinese.
    const ding = await roomOf(page, '丁嘉宾');
    await page.getByLabel('嘉宾', { exact: true }).selectOption({ label: '戊嘉宾（三级）' });
    await page.getByLabel('房间号').fill(ding!.split('-')[1]);
    await page.getByRole('button', { name: '调整', exact: true }).click();
    expect(await page.locator('#f-room-error').textContent()).toBe('该房间已住异性嘉宾，本房型不允许男女拼房');
    expect(await page.getByLabel('房间号').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The block is full for 戊: said beside the block.
    await page.getByLabel('房间号').fill('');
    await page.getByRole('button', { name: '调整', exact: true }).click();
    expect(await page.locator('#f-block-error').textContent()).toBe('该房型已没有可入住的房间');

    // A block of singles held later: 戊 moves into it with the plain form, and is told.
    const hotelId = (await api.get(`/api/editions/${editionId}/hotels`))[0].id as number;
    await api.post(`/api/editions/${editionId}/hotels/${hotelId}/room-blocks`, { roomType: '大床房', roomCount: 2, beds: 1, firstNight: '2036-11-30', nights: 2, priority: 2 });
    await page.goto(`/admin/editions/${editionId}/hotels/allocation`);
    await page.getByLabel('嘉宾', { exact: true }).selectOption({ label: '戊嘉宾（三级）' });
    await page.getByLabel('房型', { exact: true }).selectOption({ label: '西安曲江国际饭店 · 大床房' });
    await page.getByRole('button', { name: '调整', exact: true }).click();
    await page.waitForURL('**/hotels/allocation?done=moved');
    expect(await roomOf(page, '戊嘉宾')).toBe('大床房-1');
    expect(await page.locator('.unassigned-guests li').count()).toBe(0);
    expect(await page.locator('.empty', { hasText: '都已分房' }).count()).toBe(1);
    const [{ n }] = await app.t.dataSource.query("SELECT COUNT(*) AS n FROM outbox_message WHERE template = 'guest_room'");
    expect(Number(n)).toBe(5);
  });

  it('on a phone the tables scroll inside the page and the rooming list downloads', async () => {
    const page = await organizerPage(390);
    await page.goto(`/admin/editions/${editionId}/hotels/allocation`);
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'reception-rooms-phone.png'), fullPage: true });
    await page.goto(`/admin/editions/${editionId}/hotels`);
    const overflowHotels = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflowHotels).toBeLessThanOrEqual(0);
    const hotelLink = page.getByRole('link', { name: '下载「西安曲江国际饭店」分房名单（PDF）' });
    const pdf = await page.request.get((await hotelLink.getAttribute('href'))!, { timeout: 60_000 });
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const xlsx = await page.request.get((await page.getByRole('link', { name: '下载「西安曲江国际饭店」分房名单（Excel）' }).getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
