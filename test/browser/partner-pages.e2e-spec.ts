import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { asMail } from '../support/outbox-mail';
import { attendee, publishedEditionWithForum } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { seriousAccessibilityViolations } from './axe-check';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

/**
 * Issue 17 in Chromium: a partner's team, profile, logo and delegated sub-forum, and the
 * organizers' review, from the first invitation to the public page after a release. No API call
 * by the test once the edition exists: every step is a page a person uses.
 */
describe('partner pages and the organizers’ partner console, in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let api: ScheduleBuilder;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium()]);
    api = new ScheduleBuilder(app.t, await signIn(app.t, ADMIN.email, ADMIN.password));
  });
  afterAll(async () => {
    for (const c of contexts.splice(0)) await c.close();
    await browser?.close();
    await app?.t.close();
  });

  async function newPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width, height: 900 } });
    context.setDefaultTimeout(8000);
    contexts.push(context);
    return context.newPage();
  }

  /** No serious or critical axe finding, and a screenshot at 1280 px and at a phone's 390 px. */
  async function check(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({ page: name, violations: [] });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-1280.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // Phone-usable: nothing wider than the screen.
    expect({ page: name, overflow: await page.evaluate('document.documentElement.scrollWidth > window.innerWidth + 1') }).toEqual({ page: name, overflow: false });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-390.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  /** The link of the newest invitation mailed to that address, as the e-mail says it. */
  async function invitationLink(email: string): Promise<string> {
    const rows = await app.t.dataSource.getRepository(OutboxMessage).find({ where: { kind: 'partner_invitation' }, order: { id: 'DESC' } });
    const mail = rows.map(asMail).find((m) => m.toAddress === email);
    expect(mail?.subject).toContain('邀请您加入');
    const link = /https?:\/\/\S+\/partner\/invitation\?token=[\w-]+/.exec(mail!.body)?.[0];
    expect(link).toBeDefined();
    return link!;
  }

  async function acceptInvitation(page: Page, link: string, name: string, password: string): Promise<void> {
    await page.goto(link);
    await page.getByLabel('您的称呼（可不填）').fill(name);
    // Both fields' labels say 新密码 (the second 确认新密码): found by their ids.
    await page.locator('#f-password').fill(password);
    await page.locator('#f-confirmPassword').fill(password);
    await page.getByRole('button', { name: '设置密码并登录' }).click();
    await page.getByText('欢迎加入，已登录。').waitFor();
  }

  it('takes a partner from its first invitation to an accepted speaker on the public page', async () => {
    // The edition, its sub-forum hosted by a body with a role in it, and one registration.
    const host = await api.organization('浙江省网络社会组织联合会');
    const fixture = await publishedEditionWithForum(api, 'integrity', 2036);
    await api.patch(`/api/sessions/${fixture.forum}`, { hosts: [{ organizationId: host.id }] });
    await api.post(`/api/editions/${fixture.edition.id}/roles`, { organizationId: host.id, role: 'co_organizer' });
    await api.post(`/api/editions/${fixture.edition.id}/releases`, { note: '协办单位' });
    await api.post(`/api/editions/${fixture.edition.id}/registrations`, { ...attendee(1), sessionIds: [fixture.forum] });

    // The organizer invites the partner's admin and delegates the sub-forum, in the console.
    const organizer = await newPage();
    await organizer.goto('/admin/sign-in');
    await organizer.getByLabel('电子邮箱').fill(ADMIN.email);
    await organizer.getByLabel('密码').fill(ADMIN.password);
    await organizer.getByRole('button', { name: '登录' }).click();
    await organizer.waitForURL('**/admin');
    await organizer.getByRole('link', { name: '合作单位' }).first().click();
    await organizer.getByLabel('单位名称或简称').fill('浙江省网络');
    await organizer.getByRole('button', { name: '搜索单位' }).click();
    await organizer.getByRole('link', { name: '浙江省网络社会组织联合会' }).click();
    await organizer.getByLabel('电子邮箱').fill('admin@zj-partner.test');
    await organizer.getByLabel('设为管理员（可邀请他人）').check();
    await organizer.getByRole('button', { name: '发送邀请' }).click();
    await organizer.getByText('已向 admin@zj-partner.test 发送邀请。').waitFor();
    await organizer.getByRole('button', { name: '委托：平台经济诚信建设分论坛' }).click();
    await organizer.getByText('已保存。').waitFor();
    expect(await organizer.locator('tr', { hasText: '平台经济诚信建设分论坛' }).textContent()).toContain('已委托');
    await check(organizer, 'admin-partner');

    // The partner's admin accepts and invites a colleague.
    const admin = await newPage();
    await acceptInvitation(admin, await invitationLink('admin@zj-partner.test'), '王主任', 'admin-partner-password');
    await admin.getByRole('link', { name: '成员' }).click();
    await admin.getByLabel('同事的电子邮箱').fill('colleague@zj-partner.test');
    await admin.getByLabel('称呼（可不填）').fill('李明');
    await admin.getByRole('button', { name: '发送邀请' }).click();
    await admin.getByText('已向 colleague@zj-partner.test 发送邀请。').waitFor();
    expect(await admin.locator('.member-list').last().textContent()).toContain('colleague@zj-partner.test');
    await check(admin, 'partner-team');

    // The colleague accepts, and sees only that organization.
    const colleague = await newPage();
    await acceptInvitation(colleague, await invitationLink('colleague@zj-partner.test'), '李明', 'colleague-password');
    expect(await colleague.locator('h1').textContent()).toContain('浙江省网络社会组织联合会');
    const edition = colleague.locator('article', { has: colleague.getByRole('heading', { name: '2036年测试大会' }) });
    expect(await edition.locator('.hosted-list li').textContent()).toContain('报名 1 人，候补 0 人');
    expect(await colleague.locator('.copy-field').inputValue()).toMatch(/\/api\/partner\/calendar\.ics\?organization=\d+&signature=/);
    await check(colleague, 'partner-home');
    // Not an admin: no invitation form.
    await colleague.getByRole('link', { name: '成员' }).click();
    await colleague.getByText('只有本单位管理员可以邀请同事').waitFor();

    // Profile and logo.
    await colleague.getByRole('link', { name: '单位资料' }).click();
    await colleague.getByLabel('联系人姓名').fill('李明');
    await colleague.getByLabel('联系人邮箱').fill('liming@zj-partner.test');
    await colleague.getByLabel('联系人电话').fill('0571-88886666');
    await colleague.getByLabel('向同一大会的其他合作单位公开以上联系方式').check();
    await colleague.getByRole('button', { name: '保存' }).click();
    await colleague.getByText('已保存。').waitFor();
    expect(await colleague.getByLabel('联系人电话').inputValue()).toBe('0571-88886666');
    const png = join(tmpdir(), `partner-logo-${process.pid}.png`);
    writeFileSync(png, await QRCode.toBuffer('浙江省网络社会组织联合会', { width: 120 }));
    await colleague.getByLabel('选择图片文件').setInputFiles(png);
    await colleague.getByRole('button', { name: '上传标志' }).click();
    await colleague.getByText('标志已更新。').waitFor();
    const logo = await colleague.locator('img.org-logo-large').getAttribute('src');
    expect((await colleague.request.get(logo!)).headers()['content-type']).toBe('image/png');
    // A script in an SVG is refused with the API's reason, beside the field.
    const svg = join(tmpdir(), `partner-logo-${process.pid}.svg`);
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await colleague.getByLabel('选择图片文件').setInputFiles(svg);
    await colleague.getByRole('button', { name: '上传标志' }).click();
    expect(await colleague.locator('#f-logo-error').textContent()).toContain('SVG');
    await check(colleague, 'partner-profile');

    // Two speakers (one with a photo) and a description for the delegated sub-forum.
    await colleague.goto('/partner');
    await colleague.getByRole('link', { name: '平台经济诚信建设分论坛' }).click();
    const speakerForm = colleague.locator('form', { has: colleague.getByRole('button', { name: '提交审核' }) }).first();
    await colleague.locator('#f-speaker-name').fill('周晓峰');
    await speakerForm.getByLabel('职务').fill('秘书长');
    await speakerForm.getByLabel('单位').fill('浙江省网络社会组织联合会');
    await speakerForm.getByLabel('简介').fill('长期从事网络诚信建设研究。');
    await speakerForm.getByLabel('照片（PNG 或 JPEG，不超过 2 MB，可不填）').setInputFiles(png);
    await speakerForm.getByRole('button', { name: '提交审核' }).click();
    await colleague.getByText('已提交，等待组织方审核。').waitFor();
    const again = colleague.locator('form', { has: colleague.getByRole('button', { name: '提交审核' }) }).first();
    await colleague.locator('#f-speaker-name').fill('钱未定');
    await again.getByLabel('职务').fill('研究员');
    await again.getByRole('button', { name: '提交审核' }).click();
    await colleague.getByText('已提交，等待组织方审核。').waitFor();
    await colleague.getByLabel('简介（中文）').fill('本分论坛聚焦平台经济中的诚信建设。');
    await colleague.locator('form', { has: colleague.getByLabel('简介（中文）') }).getByRole('button', { name: '提交审核' }).click();
    await colleague.getByText('已提交，等待组织方审核。').waitFor();
    expect(await colleague.locator('.proposal .badge').allTextContents()).toEqual(['待审核', '待审核', '待审核']);
    await check(colleague, 'partner-forum');

    // The organizer accepts one speaker and the description, and sends the other speaker back.
    await organizer.goto('/admin/proposals');
    await organizer.getByRole('button', { name: '采纳：周晓峰' }).click();
    await organizer.getByText('已采纳，发布新版议程后公开。').waitFor();
    await organizer.getByRole('button', { name: '采纳：平台经济诚信建设分论坛' }).click();
    await organizer.getByText('已采纳，发布新版议程后公开。').waitFor();
    const qian = organizer.locator('li.proposal', { hasText: '钱未定' });
    await qian.getByLabel('退回原因').fill('请补充嘉宾的工作单位');
    await qian.getByRole('button', { name: '退回：钱未定' }).click();
    await organizer.getByText('已退回。').waitFor();
    await check(organizer, 'admin-proposals');

    // The colleague sees each proposal's state and the comment.
    await colleague.reload();
    const states = await colleague.locator('.proposal').allTextContents();
    expect(states.find((s) => s.includes('钱未定'))).toContain('请补充嘉宾的工作单位');
    expect(states.find((s) => s.includes('钱未定'))).toContain('已退回');
    expect(states.find((s) => s.includes('周晓峰'))).toContain('已采纳');

    // Nothing public before the release; after it, the accepted speaker only.
    const visitor = await newPage();
    const publicPage = `/e/${fixture.edition.slug}/sessions/${fixture.forum}`;
    await visitor.goto(publicPage);
    expect(await visitor.locator('main').textContent()).not.toContain('周晓峰');
    expect(await visitor.locator('main').textContent()).not.toContain('本分论坛聚焦平台经济中的诚信建设');
    await organizer.goto(`/admin/editions/${fixture.edition.id}`);
    await organizer.getByLabel('版本说明').fill('分论坛嘉宾');
    await organizer.getByRole('button', { name: '发布新版议程' }).click();
    await organizer.getByText(/已发布第 \d+ 版议程/).waitFor();
    await visitor.goto(publicPage);
    const main = await visitor.locator('main').textContent();
    expect(main).toContain('周晓峰');
    expect(main).toContain('本分论坛聚焦平台经济中的诚信建设');
    expect(main).not.toContain('钱未定');
    await check(visitor, 'public-after-proposals');

    // The audit trail has the proposals and the decisions.
    const trail = await api.get(`/api/audit?editionId=${fixture.edition.id}&limit=100`);
    const actions = (trail as { entityType: string; action: string }[]).filter((e) => e.entityType === 'session_proposal').map((e) => e.action);
    expect(actions.sort()).toEqual(['accept', 'accept', 'propose', 'propose', 'propose', 'send_back']);

    // The co-host directory, as another partner of the edition sees it, shares the contact.
    const cfisAdmin = await newPage();
    const [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
    await api.post(`/api/editions/${fixture.edition.id}/roles`, { organizationId: cfis.id, role: 'host' });
    await organizer.goto(`/admin/partners/${cfis.id}`);
    await organizer.getByLabel('电子邮箱').fill('cfis@partner.test');
    await organizer.getByRole('button', { name: '发送邀请' }).click();
    await organizer.getByText('已向 cfis@partner.test 发送邀请。').waitFor();
    await acceptInvitation(cfisAdmin, await invitationLink('cfis@partner.test'), '赵晖', 'cfis-partner-password');
    await cfisAdmin.locator('article', { hasText: '2036年测试大会' }).getByRole('link', { name: '协办单位通讯录' }).click();
    const row = cfisAdmin.locator('.directory-table tr', { hasText: '浙江省网络社会组织联合会' });
    expect(await row.textContent()).toContain('0571-88886666');
    expect(await cfisAdmin.locator('main').textContent()).toContain('平台经济诚信建设分论坛');
    await check(cfisAdmin, 'partner-directory');
    const download = await cfisAdmin.request.get(await cfisAdmin.getByRole('link', { name: '导出 Excel (.xlsx)' }).getAttribute('href').then((h) => h!));
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load((await download.body()) as unknown as ArrayBuffer);
    const contacts = workbook.getWorksheet('协办单位通讯录')!;
    const zj = contacts.getSheetValues().find((r) => Array.isArray(r) && r.includes('浙江省网络社会组织联合会')) as unknown[];
    expect(zj).toContain('0571-88886666');

    // The organizer sees what the partner sees.
    await organizer.goto(`/admin/partners/${host.id}`);
    await organizer.getByRole('link', { name: '以合作单位视角查看' }).click();
    await organizer.getByText('您正以“浙江省网络社会组织联合会”的视角查看').waitFor();
    expect(await organizer.locator('.hosted-list li').textContent()).toContain('报名 1 人，候补 0 人');
    await check(organizer, 'admin-view-as-partner');
  }, 420_000);
});
