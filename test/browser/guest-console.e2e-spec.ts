/// <reference lib="dom" />
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Guest } from '../../src/guests/entities/guest.entity';
import { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { guestRow, guestWorkbook, RANKS, XLSX } from '../support/guest-lists';
import { asMail } from '../support/outbox-mail';
import { ScheduleBuilder } from '../support/schedule-builder';
import { seriousAccessibilityViolations } from './axe-check';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

const SESSION = '开幕式';
const ROWS = 12;

/**
 * Issue 19's guest work in the console and the guest's own page, in Chromium with no API call
 * for what the pages do: the rank list, an import refused row by row (nothing imported), the
 * fixed file imported, invitations sent, the guest opening the mailed link on a phone and
 * sending a deputy, the organizer approving, and the dashboard counting it.
 */
describe('guests in the console and the guest’s page, in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let editionId: number;
  let sessionId: number;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp({ ...ADMIN_ENV, JOBS_ENABLED: 'false' }), launchChromium({ chineseFont: true })]);
    const api = new ScheduleBuilder(app.t, await signIn(app.t, ADMIN.email, ADMIN.password));
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02', { title: '2036中国网络诚信大会' })).id;
    sessionId = (await api.session(editionId, { title: SESSION, startsAt: '2036-12-01T09:00', endsAt: '2036-12-01T10:00' })).session.id;
    await api.session(editionId, { title: '主论坛', startsAt: '2036-12-01T10:30', endsAt: '2036-12-01T12:00' });
  });
  afterEach(async () => {
    // What the organizer saw when a step failed (or at the end), to look at.
    await organizer?.screenshot({ path: join(ARTIFACTS, 'guest-console-last-page.png'), fullPage: true }).catch(() => undefined);
  });
  afterAll(async () => {
    for (const c of contexts.splice(0)) await c.close();
    await browser?.close();
    await app?.t.close();
  });

  async function newPage(width: number): Promise<Page> {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width, height: 900 } });
    context.setDefaultTimeout(15_000);
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

  const axe = async (page: Page) => expect({ url: page.url(), found: await seriousAccessibilityViolations(page) }).toEqual({ url: page.url(), found: [] });
  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const guestCount = () => app.t.dataSource.getRepository(Guest).countBy({ editionId });
  let organizer: Page;
  const noSideways = async (page: Page) => expect((await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number).toBeLessThanOrEqual(0);

  it('sets the rank list, previews a file with bad rows (each named by row and column, nothing imported), then imports the fixed file', async () => {
    organizer = await organizerPage();
    await organizer.goto(`/admin/editions/${editionId}`);
    await organizer.locator('nav.console-nav').getByRole('link', { name: '嘉宾邀请' }).click();
    expect(await organizer.locator('h1').textContent()).toBe('嘉宾名单');
    await axe(organizer);

    await organizer.locator('nav.guest-subnav').getByRole('link', { name: '级别' }).click();
    await organizer.getByLabel('级别（每行一个，从高到低）').fill(`${RANKS.join('\n')}\n${RANKS[0]}`);
    await organizer.getByRole('button', { name: '保存级别列表' }).click();
    expect(await organizer.locator('#f-ranks-error').textContent()).toBe(`级别“${RANKS[0]}”重复`);
    expect(await organizer.getByLabel('级别（每行一个，从高到低）').inputValue()).toBe(`${RANKS.join('\n')}\n${RANKS[0]}`);
    await organizer.getByLabel('级别（每行一个，从高到低）').fill(RANKS.join('\n'));
    await organizer.getByRole('button', { name: '保存级别列表' }).click();
    await organizer.waitForURL('**/guests/ranks?done=saved');
    expect(await organizer.getByRole('status').first().textContent()).toBe('级别列表已保存。');
    await axe(organizer);

    const good = Array.from({ length: ROWS }, (_, i) => guestRow(i, SESSION));
    const bad = good.map((r) => [...r]);
    bad[2][4] = '12345'; // 手机号码, sheet row 5 (a title row, the header, then rows from 3)
    bad[6][6] = '未知'; // 性别, row 9
    bad[9][3] = '厅级'; // 级别, row 12
    await organizer.locator('nav.guest-subnav').getByRole('link', { name: '导入名单' }).click();
    await organizer.getByRole('button', { name: '上传并预览' }).click();
    expect(await organizer.locator('#f-file-error').textContent()).toBe('请选择名单文件');
    await organizer.getByLabel('名单文件（.xlsx 或 CSV）').setInputFiles({ name: '嘉宾名单.xlsx', mimeType: XLSX, buffer: await guestWorkbook(bad) });
    await organizer.getByRole('button', { name: '上传并预览' }).click();
    await organizer.waitForURL(/\/guests\/import\/\d+$/);
    expect(await organizer.locator('h1').textContent()).toBe('导入预览：嘉宾名单.xlsx');
    const problems = await organizer.locator('table.guest-problems tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));
    expect(problems).toEqual([
      ['第 5 行', '手机号码', '“12345”不是有效的手机号码'],
      ['第 9 行', '性别', '“未知”不是有效的性别（男或女）'],
      ['第 12 行', '级别', `级别“厅级”不在本届的级别列表中（${RANKS.join('、')}）`],
    ]);
    expect(await organizer.locator('.guest-preview-facts').textContent()).toContain('有误 3 行');
    expect(await organizer.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    expect(await guestCount()).toBe(0);
    await axe(organizer);
    await shot(organizer, 'guest-import-preview');

    await organizer.getByRole('link', { name: '重新上传' }).click();
    await organizer.getByLabel('名单文件（.xlsx 或 CSV）').setInputFiles({ name: '嘉宾名单-改.xlsx', mimeType: XLSX, buffer: await guestWorkbook(good) });
    await organizer.getByRole('button', { name: '上传并预览' }).click();
    await organizer.waitForURL(/\/guests\/import\/\d+$/);
    expect(await organizer.locator('.guest-preview-facts').textContent()).toBe(`共 ${ROWS} 行：新增 ${ROWS} 位，更新 0 位，未变 0 位，有误 0 行。`);
    expect(await guestCount()).toBe(0);
    await organizer.getByRole('button', { name: '确认导入' }).click();
    await organizer.waitForURL('**/guests?done=imported*');
    expect(await organizer.getByRole('status').first().textContent()).toBe(`已导入：新增 ${ROWS} 位，更新 0 位，未变 0 位。`);
    expect(await guestCount()).toBe(ROWS);
  });

  it('filters the list and sends invitations by e-mail and SMS', async () => {
    await organizer.getByLabel('类别').selectOption({ label: '媒体' });
    await organizer.getByRole('button', { name: '筛选', exact: true }).click();
    // Rows 0 and 10 are media (every tenth).
    expect(await organizer.locator('table.guest-table tbody tr').count()).toBe(2);
    await organizer.getByRole('link', { name: '清除筛选' }).click();
    await organizer.getByLabel('搜索（姓名、单位、手机、邮箱）').fill('嘉宾003');
    await organizer.getByRole('button', { name: '筛选', exact: true }).click();
    expect(await organizer.locator('table.guest-table tbody th a').allTextContents()).toEqual(['嘉宾003']);
    await organizer.getByRole('link', { name: '清除筛选' }).click();

    await organizer.getByRole('button', { name: '邀请所选嘉宾' }).click();
    expect(await organizer.getByRole('alert').first().textContent()).toBe('请先勾选要邀请的嘉宾。');
    await organizer.getByLabel('选择 嘉宾000').check();
    await organizer.getByRole('button', { name: '邀请所选嘉宾' }).click();
    await organizer.waitForURL('**/guests?done=invited*');
    expect(await organizer.getByRole('status').first().textContent()).toBe('已邀请 1 位嘉宾：1 封邮件，1 条短信。');
    await organizer.getByRole('button', { name: '邀请全部尚未邀请的嘉宾' }).click();
    await organizer.waitForURL('**/guests?done=invited*');
    expect(await organizer.getByRole('status').first().textContent()).toBe(`已邀请 ${ROWS - 1} 位嘉宾：${ROWS - 1} 封邮件，${ROWS - 1} 条短信。`);
    await axe(organizer);
    await shot(organizer, 'guest-console');
  });

  it('lets the guest open the mailed link on a phone, refuse a bad deputy beside the field, and send a deputy', async () => {
    const mail = (await app.t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } })).map(asMail).find((m) => m.template === 'guest_invitation' && m.channel === 'email' && m.address === 'guest0@example.cn')!;
    const link = /https?:\/\/\S+/.exec(mail.body)![0];
    expect(link.startsWith(`${app.baseUrl}/g/`)).toBe(true);
    const guest = await newPage(390);
    await guest.goto(link);
    expect(await guest.locator('h1').textContent()).toBe('2036中国网络诚信大会');
    expect(await guest.locator('.guest-sessions').textContent()).toContain(SESSION);
    expect(await guest.locator('.guest-state').textContent()).toContain('尚未回复');
    await axe(guest);
    await noSideways(guest);

    await guest.getByLabel('委派他人出席（换人）').check();
    await guest.getByLabel('代表姓名').fill('张代表');
    await guest.getByLabel('代表职务').fill('副主任');
    await guest.getByLabel('代表手机号码').fill('12345');
    await guest.getByRole('button', { name: '提交回执' }).click();
    expect(await guest.locator('#f-deputyPhone-error').textContent()).toBe('“12345”不是有效的手机号码');
    expect(await guest.getByLabel('代表姓名').inputValue()).toBe('张代表');
    expect(await guest.getByLabel('委派他人出席（换人）').isChecked()).toBe(true);
    await axe(guest);
    await guest.getByLabel('代表手机号码').fill('13911112222');
    await guest.getByRole('button', { name: '提交回执' }).click();
    await guest.waitForURL('**/g/*done=replied*');
    expect(await guest.getByRole('status').first().textContent()).toBe('已收到您的回执，谢谢。');
    expect(await guest.locator('.guest-state').textContent()).toMatch(/委派他人出席：张代表\s*待会务组审核/);
    expect(await guest.getByRole('link', { name: '填写行程（抵离信息）' }).getAttribute('href')).toMatch(/^\/g\/[\w-]+\/travel\?token=/);
    await noSideways(guest);
    await shot(guest, 'guest-reply-phone');
    await guest.goto(`${link}&lang=en`);
    expect(await guest.locator('.guest-state').textContent()).toMatch(/Sending a deputy: 张代表\s*awaiting the organizers’ approval/);

    // A second guest declines by the API, for the dashboard's counts.
    const other = (await app.t.dataSource.getRepository(OutboxMessage).find()).map(asMail).find((m) => m.template === 'guest_invitation' && m.channel === 'email' && m.address === 'guest1@example.cn')!;
    const url = new URL(/https?:\/\/\S+/.exec(other.body)![0]);
    await app.t.http.put(`/api/guest-replies${url.pathname.slice(2)}${url.search}`).send({ reply: 'declined' }).expect(200);
  });

  it('has the organizer approve the deputy, and the dashboard count the replies per session and category', async () => {
    await organizer.goto(`/admin/editions/${editionId}/guests`);
    await organizer.locator('nav.guest-subnav').getByRole('link', { name: '换人审核' }).click();
    await axe(organizer);
    await organizer.getByRole('button', { name: '同意 张代表 代替 嘉宾000 出席', exact: true }).click();
    await organizer.waitForURL('**/guests/deputies?done=approved*');
    expect(await organizer.getByRole('status').first().textContent()).toBe('已同意 张代表 代替 嘉宾000 出席。');
    expect(await organizer.getByText('没有待审核的换人申请。').count()).toBe(1);
    const told = (await app.t.dataSource.getRepository(OutboxMessage).find()).map(asMail).find((m) => m.template === 'guest_deputy')!;
    expect(told.body).toContain('已同意由张代表代您出席');

    await organizer.locator('nav.guest-subnav').getByRole('link', { name: '回执统计' }).click();
    const cells = (selector: string) => organizer.locator(selector).evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));
    expect(await cells('#guest-overall tbody tr.guest-total')).toEqual([['合计', String(ROWS - 2), '0', '1', '1', String(ROWS)]]);
    // Rows 0, 5 and 10 are invited to the opening: 嘉宾000 (media, deputy), 嘉宾005 (guest), 嘉宾010 (media).
    const bySession = await cells('#guest-by-session tbody tr');
    expect(bySession.filter((r) => r[0] === SESSION)).toEqual([
      [SESSION, '嘉宾', '1', '0', '0', '0', '1'],
      [SESSION, '媒体', '1', '0', '0', '1', '2'],
    ]);
    await axe(organizer);
    await shot(organizer, 'guest-replies');

    const phone = await organizerPage(390);
    await phone.goto(`/admin/editions/${editionId}/guests/replies`);
    await noSideways(phone);
    await shot(phone, 'guest-replies-phone');
    await phone.goto(`/admin/editions/${editionId}/guests`);
    await noSideways(phone);
    await axe(phone);
    await shot(phone, 'guest-console-phone');
  });

  it('edits a guest on the guest’s page, keeps what was typed when refused, and shows the reply history', async () => {
    await organizer.goto(`/admin/editions/${editionId}/guests?q=${encodeURIComponent('嘉宾000')}`);
    await organizer.getByRole('link', { name: '嘉宾000' }).click();
    expect(await organizer.locator('h1').textContent()).toBe('嘉宾000');
    expect(await organizer.locator('.guest-history').textContent()).toContain('换人出席（张代表）');
    expect(await organizer.locator('.guest-history').textContent()).toContain('同意换人');
    expect(await organizer.getByLabel(SESSION).isChecked()).toBe(true);
    await organizer.getByLabel('手机号码').fill('1380000000x');
    await organizer.getByLabel('职务').fill('秘书长');
    await organizer.getByRole('button', { name: '保存', exact: true }).click();
    expect(await organizer.locator('#f-phone-error').textContent()).toContain('1380000000x');
    expect(await organizer.getByLabel('职务').inputValue()).toBe('秘书长');
    await organizer.getByLabel('手机号码').fill('13800000000');
    await organizer.getByLabel('主论坛').check();
    await organizer.getByRole('button', { name: '保存', exact: true }).click();
    await organizer.waitForURL('**/admin/guests/*?done=saved');
    expect(await organizer.getByLabel('职务').inputValue()).toBe('秘书长');
    expect(await organizer.getByLabel('主论坛').isChecked()).toBe(true);
    await axe(organizer);
    await shot(organizer, 'guest-page');
    void sessionId;
  });
});
