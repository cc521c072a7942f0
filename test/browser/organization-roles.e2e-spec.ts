import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from '../support/accounts';
import { ScheduleBuilder } from '../support/schedule-builder';
import { seriousAccessibilityViolations } from './axe-check';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

/** The organizers' editor of organizations in roles, and the merge of duplicates, in Chromium (with and without script). */
describe('organizations in roles, in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let api: ScheduleBuilder;
  let organizer: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium()]);
    organizer = await signIn(app.t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(app.t, organizer);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.t.close();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  let signedIn: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;

  /** A page signed in as the organizer: the sign-in form once, its cookie for every later context (scrypt is slow on a busy machine). */
  async function organizerPage(options: { script?: boolean; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({
      baseURL: app.baseUrl,
      locale: 'zh-CN',
      javaScriptEnabled: options.script ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
      ...(signedIn ? { storageState: signedIn } : {}),
    });
    context.setDefaultTimeout(15000);
    contexts.push(context);
    const page = await context.newPage();
    if (signedIn) return page;
    await page.goto('/admin/sign-in');
    await page.getByLabel('电子邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/admin');
    signedIn = await context.storageState();
    return page;
  }

  const holderNames = (page: Page, role: string) => page.locator(`ol[data-role="${role}"] .holder-name`).allTextContents();
  const apiHolders = async (editionId: number, role: string) =>
    ((await api.get(`/api/editions/${editionId}/roles`)) as { role: string; officialName: string }[]).filter((r) => r.role === role).map((r) => r.officialName);

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('finds a body by its alias, adds it, creates a new one, refuses a look-alike beside the field, and removes after asking once', async () => {
    const edition = await api.edition('integrity', 2037, '2037-12-01', '2037-12-02', { title: '2037年角色测试大会' });
    const page = await organizerPage();
    await page.goto(`/admin/editions/${edition.id}`);
    await page.getByRole('link', { name: '编辑组织机构角色' }).click();
    expect(await page.locator('h1').textContent()).toBe('组织机构角色：2037年角色测试大会');
    // Every role says it has nobody yet.
    expect(await page.locator('.role-group .empty').count()).toBe(7);
    await expectAccessible(page);

    await page.getByLabel('查找单位').fill('中网联');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const result = page.locator('.organization-result', { hasText: '中国网络社会组织联合会' });
    expect(await result.count()).toBe(1);
    await result.getByLabel('担任角色').selectOption('host');
    await result.getByRole('button', { name: '添加' }).click();
    await page.getByText('已添加 中国网络社会组织联合会。').waitFor();
    expect(await holderNames(page, 'host')).toEqual(['中国网络社会组织联合会']);

    // Added twice in the same role: refused beside that result's role field, the choice kept.
    await page.getByLabel('查找单位').fill('中网联');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await page.locator('.organization-result', { hasText: '中国网络社会组织联合会' }).getByRole('button', { name: '添加' }).click();
    const refused = page.locator('.organization-result', { hasText: '中国网络社会组织联合会' });
    expect(await refused.locator('.field-error').textContent()).toContain('已担任该角色');
    expect(await refused.getByLabel('担任角色').inputValue()).toBe('host');

    // Nobody matches: the new-body form opens with the text typed, and creates and adds it.
    await page.getByLabel('查找单位').fill('西部网络诚信促进会');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    expect(await page.locator('.empty', { hasText: '没有名称或别名包含“西部网络诚信促进会”的单位。' }).count()).toBe(1);
    expect(await page.getByLabel('正式名称').inputValue()).toBe('西部网络诚信促进会');
    await page.getByLabel('简称（可选）').fill('西部诚信会');
    await page.locator('#f-create-role').selectOption('co_organizer');
    await page.getByRole('button', { name: '新建并添加' }).click();
    await page.getByText('已新建单位 西部网络诚信促进会 并添加。').waitFor();
    expect(await holderNames(page, 'co_organizer')).toEqual(['西部网络诚信促进会']);

    // A name that reads like an existing body's is refused beside the field; what was typed stays.
    await page.getByText('新建单位', { exact: true }).click();
    await page.getByLabel('正式名称').fill('中网联 ');
    await page.getByLabel('简称（可选）').fill('测试简称');
    await page.locator('#f-create-role').selectOption('sponsor');
    await page.getByRole('button', { name: '新建并添加' }).click();
    const nameError = page.locator('#f-name-error');
    expect(await nameError.textContent()).toContain('中网联');
    expect(await page.getByLabel('简称（可选）').inputValue()).toBe('测试简称');
    expect(await page.locator('#f-create-role').inputValue()).toBe('sponsor');
    expect(await page.getByLabel('正式名称').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    // Removing asks once, saying what will happen; cancelling keeps it.
    await page.getByRole('button', { name: '移除“西部网络诚信促进会”' }).click();
    expect(await page.locator('.confirm-text').textContent()).toBe('将把“西部网络诚信促进会”从协办单位中移除。其他角色和单位本身不受影响。');
    await expectAccessible(page);
    await page.getByRole('link', { name: '取消' }).click();
    expect(await holderNames(page, 'co_organizer')).toEqual(['西部网络诚信促进会']);
    await page.getByRole('button', { name: '移除“西部网络诚信促进会”' }).click();
    await page.getByRole('button', { name: '移除' }).click();
    await page.getByText('已移除 西部网络诚信促进会。').waitFor();
    expect(await apiHolders(edition.id, 'co_organizer')).toEqual([]);
  });

  it('reorders with the up/down buttons without script, and by dragging with it', async () => {
    const edition = await api.edition('integrity', 2038, '2038-12-01', '2038-12-02', { title: '2038年顺序测试大会' });
    const names = ['顺序测试单位甲', '顺序测试单位乙', '顺序测试单位丙'];
    for (const name of names) {
      const organization = await api.organization(name);
      await api.post(`/api/editions/${edition.id}/roles`, { organizationId: organization.id, role: 'host' });
    }

    const plain = await organizerPage({ script: false });
    await plain.goto(`/admin/editions/${edition.id}/roles`);
    expect(await plain.locator('.drag-handle').first().isVisible()).toBe(false);
    await plain.getByRole('button', { name: '将“顺序测试单位甲”下移' }).click();
    await plain.getByText('顺序已更新。').waitFor();
    expect(await holderNames(plain, 'host')).toEqual(['顺序测试单位乙', '顺序测试单位甲', '顺序测试单位丙']);
    await plain.getByRole('button', { name: '将“顺序测试单位丙”上移' }).click();
    await plain.getByText('顺序已更新。').waitFor();
    expect(await apiHolders(edition.id, 'host')).toEqual(['顺序测试单位乙', '顺序测试单位丙', '顺序测试单位甲']);
    // The first cannot go up, the last cannot go down.
    expect(await plain.getByRole('button', { name: '将“顺序测试单位乙”上移' }).count()).toBe(0);
    expect(await plain.getByRole('button', { name: '将“顺序测试单位甲”下移' }).count()).toBe(0);

    const scripted = await organizerPage();
    await scripted.goto(`/admin/editions/${edition.id}/roles`);
    const list = scripted.locator('ol[data-role="host"]');
    await list.locator('li', { hasText: '顺序测试单位甲' }).dragTo(list.locator('li', { hasText: '顺序测试单位乙' }), { targetPosition: { x: 10, y: 2 } });
    await scripted.getByText('顺序已更新。').waitFor();
    expect(await holderNames(scripted, 'host')).toEqual(['顺序测试单位甲', '顺序测试单位乙', '顺序测试单位丙']);
    expect(await apiHolders(edition.id, 'host')).toEqual(['顺序测试单位甲', '顺序测试单位乙', '顺序测试单位丙']);
    await scripted.screenshot({ path: join(ARTIFACTS, 'organization-roles-1280.png'), fullPage: true });

    const phone = await organizerPage({ width: 390 });
    await phone.goto(`/admin/editions/${edition.id}/roles?q=${encodeURIComponent('中网联')}`);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(ARTIFACTS, 'organization-roles-390.png'), fullPage: true });
    await expectAccessible(phone);

    // English on the switch.
    await scripted.goto(`/admin/editions/${edition.id}/roles?lang=en`);
    expect(await scripted.locator('h1').textContent()).toBe('Organizations in roles: 2038年顺序测试大会');
    expect(await scripted.getByRole('button', { name: 'Move “顺序测试单位甲” down' }).count()).toBe(1);
  });

  it('edits a session’s hosts the same way', async () => {
    const edition = await api.edition('integrity', 2039, '2039-12-01', '2039-12-02', { title: '2039年分论坛测试大会' });
    const forum = (await api.session(edition.id, { title: '网络诚信分论坛', startsAt: '2039-12-01T14:00', endsAt: '2039-12-01T16:00' })).session.id;
    const page = await organizerPage();
    await page.goto(`/admin/sessions/${forum}/roles`);
    expect(await page.locator('h1').textContent()).toBe('组织机构角色：网络诚信分论坛');
    await page.getByLabel('查找单位').fill('中网联');
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await page.locator('.organization-result', { hasText: '中国网络社会组织联合会' }).getByRole('button', { name: '添加' }).click();
    await page.getByText('已添加 中国网络社会组织联合会。').waitFor();
    const session = await api.get(`/api/sessions/${forum}`);
    expect(session.hosts).toEqual([expect.objectContaining({ name: '中国网络社会组织联合会', role: 'host', printedName: null })]);
  });

  it('merges a duplicate after a preview of what moves', async () => {
    const edition = await api.edition('integrity', 2040, '2040-12-01', '2040-12-02', { title: '2040年合并测试大会' });
    const kept = await api.organization('网络文明合并测试协会', { shortName: '合并测试协会' });
    const duplicate = await api.organization('网络文明合并测试协会秘书处', { aliases: ['合并测试秘书处'] });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: duplicate.id, role: 'organizer' });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: kept.id, role: 'host' });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: duplicate.id, role: 'host' });
    await partnerToken(app.t, organizer, duplicate.id, 'merge-partner@huiwu.test');

    const page = await organizerPage();
    await page.goto(`/admin/editions/${edition.id}/roles`);
    await page.getByRole('link', { name: '合并重复单位' }).click();
    // An ambiguous name asks which one is meant, beside the field.
    await page.getByLabel('保留的单位').fill('合并测试');
    await page.getByLabel('重复的单位（将被删除）').fill('合并测试秘书处');
    await page.getByRole('button', { name: '预览合并' }).click();
    expect(await page.locator('#f-kept-error').textContent()).toContain('请从下列单位中选择一个');
    expect(await page.getByLabel('重复的单位（将被删除）').inputValue()).toBe('网络文明合并测试协会秘书处');
    await page.getByRole('radio', { name: /网络文明合并测试协会（合并测试协会）/ }).check();
    await page.getByRole('button', { name: '预览合并' }).click();

    const preview = page.locator('.merge-preview');
    expect(await preview.locator('p').first().textContent()).toBe(`将“网络文明合并测试协会秘书处”（编号 ${duplicate.id}）并入“网络文明合并测试协会”（编号 ${kept.id}）：`);
    const moves = await preview.locator('.merge-list li').allTextContents();
    expect(moves).toEqual(
      expect.arrayContaining([
        '2040年合并测试大会 · 承办单位 — 转移',
        '2040年合并测试大会 · 主办单位 — 保留单位已担任，删除重复的一条',
        '网络文明合并测试协会秘书处',
        '合并测试秘书处',
      ]),
    );
    expect(await preview.locator('.merge-counts').textContent()).toContain('合作方账号：1 个');
    await expectAccessible(page);
    await page.screenshot({ path: join(ARTIFACTS, 'organization-merge-1280.png'), fullPage: true });
    // Nothing was written by the preview.
    await api.get(`/api/organizations/${duplicate.id}`);

    await page.getByRole('button', { name: '确认合并' }).click();
    await page.getByText('已合并：网络文明合并测试协会秘书处 已并入保留的单位。').waitFor();
    await api.get(`/api/organizations/${duplicate.id}`, 404);
    const found = await api.get(`/api/organizations?q=${encodeURIComponent('合并测试秘书处')}`);
    expect(found.map((o: { id: number }) => o.id)).toEqual([kept.id]);
    expect(await apiHolders(edition.id, 'organizer')).toEqual(['网络文明合并测试协会']);
  });
});
