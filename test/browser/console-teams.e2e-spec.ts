import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core run inside the page (evaluated, so the page's strict CSP needs no exception): serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o?: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The console in Chromium: the shell, editions from creation to deletion, the team, the audit trail, refusals as pages. */
describe('the organizer console: editions, team and audit in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let context: BrowserContext;
  let admin: string;
  let editionId: number;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium({ chineseFont: true })]);
    admin = await signIn(app.t, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.t.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(8000);
  });
  afterEach(async () => {
    await context?.close();
  });

  async function signInAsOrganizer(page: Page, email: string, password: string): Promise<void> {
    await page.goto('/admin');
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/admin');
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}-1280.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // Phone-usable: nothing wider than the screen.
    expect(await page.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-390.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('sets up a new edition (a refused form keeps what was typed, the message beside the field), clones it and deletes the draft', async () => {
    const page = await context.newPage();
    await signInAsOrganizer(page, ADMIN.email, ADMIN.password);
    const nav = page.getByRole('navigation', { name: '组织者后台' });
    await expect(nav.getByRole('link', { name: '团队与权限' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: '中国网络诚信大会' }).count()).resolves.toBe(1);
    expect(await page.locator('.console-year').first().textContent()).toMatch(/^\d{4} 年$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'console-home');

    // The short form for a new edition (the schedule board's pages); then the console's settings for the rest.
    await page.getByRole('link', { name: '新建大会' }).click();
    await page.getByLabel('品牌活动').selectOption('integrity');
    await page.getByLabel('年份').fill('2036');
    await page.getByLabel(/^标题/).fill('2036中国网络诚信大会');
    await page.getByLabel('开始日期').fill('2036-12-01');
    await page.getByLabel('结束日期').fill('2036-12-02');
    await page.getByLabel('城市', { exact: true }).fill('西安');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/editions\/\d+\/rooms$/);
    editionId = Number(/editions\/(\d+)\//.exec(page.url())![1]);
    await page.getByRole('navigation', { name: '本届大会管理' }).getByRole('link', { name: '设置' }).click();
    await page.waitForURL(/\/settings$/);
    // A refused settings form keeps what was typed, the message beside the field and in the summary.
    await page.locator('#f-title').fill('');
    await page.getByLabel('城市', { exact: true }).fill('咸阳');
    await page.getByRole('button', { name: '保存设置' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('名称');
    expect(await page.locator('#f-title-error').textContent()).not.toBe('');
    expect(await page.getByLabel('城市', { exact: true }).inputValue()).toBe('咸阳');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#f-title').fill('2036中国网络诚信大会');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.waitForURL(/notice=saved/);

    // Registration settings: a bad capacity is refused beside its field, the rest kept as typed.
    await page.getByLabel('报名开始时间').fill('2036-11-01T09:00');
    await page.getByLabel('全场报名上限（人）').fill('很多');
    await page.getByLabel('报名需要审核').check();
    await page.getByLabel('需要：参会者须在时限内点击邮件中的链接').check();
    await page.getByLabel('确认时限（分钟）').fill('45');
    await page.getByRole('button', { name: '保存设置' }).click();
    expect(await page.locator('#f-registrationCapacity-error').textContent()).not.toBe('');
    expect(await page.getByLabel('报名开始时间').inputValue()).toBe('2036-11-01T09:00');
    expect(await page.getByLabel('报名需要审核').isChecked()).toBe(true);
    await page.getByLabel('全场报名上限（人）').fill('300');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.waitForURL(/notice=saved/);
    const saved = (await app.t.http.get(`/api/editions/${editionId}`).set('Authorization', `Bearer ${admin}`).expect(200)).body;
    expect(saved.registrationSettings).toMatchObject({ requiresApproval: true, registrationCapacity: 300, registrationConfirmation: 'email', confirmationWindowMinutes: 45, registrationOpensAt: '2036-11-01T01:00:00.000Z' });
    expect(await page.getByLabel('报名开始时间').inputValue()).toBe('2036-11-01T09:00');

    await page.getByLabel('告知版本号').fill('2036-1');
    await page.getByLabel('告知全文（中文）').fill('本届大会由中国网络社会组织联合会处理您的报名信息，仅用于会务。');
    await page.getByRole('button', { name: '保存告知' }).click();
    await page.waitForURL(/notice=notice/);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'console-edition-settings');

    // Clone to next year, then delete that draft: asked once, saying what goes.
    await page.getByRole('link', { name: '复制到下一年' }).click();
    expect(await page.getByLabel('新一届的年份').inputValue()).toBe('2037');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '创建新一届草稿' }).click();
    await page.waitForURL(/notice=cloned/);
    const cloneId = Number(/editions\/(\d+)\//.exec(page.url())![1]);
    expect(cloneId).not.toBe(editionId);
    await page.getByRole('link', { name: '删除草稿' }).click();
    expect(await page.locator('.confirm-card').textContent()).toContain('integrity-2037');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '确认删除' }).click();
    await page.waitForURL(/\/admin\?deleted=/);
    await app.t.http.get(`/api/editions/${cloneId}`).set('Authorization', `Bearer ${admin}`).expect(404);
  });

  it('adds a check-in staff member for one edition, who then meets a 403 page on the settings and a 404 page on another edition', async () => {
    const page = await context.newPage();
    await signInAsOrganizer(page, ADMIN.email, ADMIN.password);
    await page.getByRole('navigation', { name: '组织者后台' }).getByRole('link', { name: '团队与权限' }).click();
    const add = page.locator('form[action="/admin/team/members"]');
    await add.getByLabel('邮箱').fill('desk-staff@huiwu.test');
    await add.getByLabel('姓名').fill('签到员小王');
    await add.getByLabel('初始密码（至少 10 个字符）').fill('short');
    await add.getByLabel('角色').selectOption('check_in');
    await add.getByLabel('范围').selectOption(`edition:${editionId}`);
    await add.getByRole('button', { name: '添加成员' }).click();
    expect(await page.locator('#f-password-error').textContent()).not.toBe('');
    expect(await add.getByLabel('邮箱').inputValue()).toBe('desk-staff@huiwu.test');
    expect(await add.getByLabel('范围').inputValue()).toBe(`edition:${editionId}`);
    await add.getByLabel('初始密码（至少 10 个字符）').fill('check-in staff pw');
    await add.getByRole('button', { name: '添加成员' }).click();
    await page.waitForURL(/notice=added/);
    const row = page.locator('tr', { hasText: 'desk-staff@huiwu.test' });
    expect(await row.textContent()).toContain('签到人员');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'console-team');

    const staff = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const staffPage = await staff.newPage();
    await signInAsOrganizer(staffPage, 'desk-staff@huiwu.test', 'check-in staff pw');
    expect(await staffPage.locator('.edition-link').count()).toBe(1);
    await expect(staffPage.getByRole('link', { name: '团队与权限' }).count()).resolves.toBe(0);
    const refused = await staffPage.goto(`/admin/editions/${editionId}/settings`);
    expect(refused!.status()).toBe(403);
    expect(await staffPage.locator('h1').textContent()).toBe('无法完成此操作');
    expect(await staffPage.locator('main').textContent()).toContain('您的角色不能修改大会设置');
    expect(await seriousViolations(staffPage)).toEqual([]);
    await shoot(staffPage, 'console-forbidden');
    expect((await staffPage.goto(`/admin/editions/${editionId}/delete`))!.status()).toBe(403);
    const other = await app.t.http.get('/api/editions/integrity-2019').expect(200);
    expect((await staffPage.goto(`/admin/editions/${other.body.id}`))!.status()).toBe(404);
    expect((await staffPage.goto('/admin/team'))!.status()).toBe(403);
    await staff.close();

    // Removing the role asks once, then the member has none.
    await row.getByRole('link', { name: '移除' }).click();
    expect(await page.locator('.confirm-card').textContent()).toContain('desk-staff@huiwu.test');
    await page.getByRole('button', { name: '确认移除' }).click();
    await page.waitForURL(/notice=removed/);
    expect(await page.locator('tr', { hasText: 'desk-staff@huiwu.test' }).textContent()).toContain('在您管理的范围内没有角色');
  });

  it('shows the audit trail of an edition by person, before → after, and says so when a filter finds nothing', async () => {
    const page = await context.newPage();
    await signInAsOrganizer(page, ADMIN.email, ADMIN.password);
    await page.goto(`/admin/audit?editionId=${editionId}`);
    const update = page.locator('.console-table > tbody > tr', { hasText: 'registrationCapacity' }).first();
    expect(await update.textContent()).toContain('修改 edition');
    expect(await update.locator('.audit-diff .after', { hasText: '300' }).count()).toBeGreaterThan(0);
    await page.getByLabel('操作人').selectOption({ label: ADMIN.email });
    await page.getByRole('button', { name: '筛选' }).click();
    expect(new URL(page.url()).searchParams.get('accountId')).not.toBeNull();
    expect(await page.locator('.console-table > tbody > tr').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'console-audit');
    await page.goto('/admin/audit?editionId=999999');
    expect(await page.locator('.empty').textContent()).toBe('没有符合条件的操作记录。');

    // The English switch.
    await page.goto('/admin/team?lang=en');
    expect(await page.locator('h1').textContent()).toBe('Team & permissions');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
