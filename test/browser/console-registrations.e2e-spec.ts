/// <reference lib="dom" />
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity';
import { SeatPool } from '../../src/seats/entities/seat-pool.entity';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { asMail } from '../support/outbox-mail';
import { attendee } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { AxeFinding, seriousViolations } from './axe';
import { ARTIFACTS, BrowserApp, launchChromium, startBrowserApp } from './browser-app';

interface Registered {
  code: string;
  name: string;
}

/**
 * The registrations desk of the console, in Chromium: the list filtered by session, status,
 * check-in and search; many approved at once, one rejected after the page asked; a waitlisted
 * attendee promoted by hand; a registration cancelled with its reason after the page said what
 * would happen; the link sent again; the workbook downloaded and read back; a registration's
 * history; attendance per session. A desk account may do it all; check-in staff and viewers may not.
 * The edition and the registrations are made through the API (the attendees' side); every
 * organizer action is a click in the browser, without script needed.
 */
describe('the registrations desk in the console (Chromium)', () => {
  let app: BrowserApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ScheduleBuilder;
  let editionId: number;
  let forum: number;
  let tiny: number;
  const people: Record<string, Registered> = {};
  const audited = new Map<string, AxeFinding[]>();

  const outbox = async (kind: string) => (await app.t.dataSource.getRepository(OutboxMessage).find({ where: { kind: kind as never }, order: { id: 'ASC' } })).map(asMail);
  const statusOf = async (code: string) => ((await api.get(`/api/registrations/${code}/admin`)) as { status: string; sessions: { sessionId: number; status: string }[] });
  const listed = async () => (await page.locator('table.desk-table tbody tr th[scope="row"]').allTextContents()).map((t) => t.replace(/某单位$/, '').trim()).sort();

  async function register(name: string, i: number, sessionIds: number[], phone?: string): Promise<void> {
    const res = await app.t.http.post(`/api/editions/${editionId}/registrations`).send(attendee(i, { name, sessionIds, ...(phone ? { phone } : {}) }));
    if (res.status !== 201) throw new Error(`registering ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    people[name] = { code: res.body.code, name };
  }

  async function signInAs(p: Page, email: string, password: string): Promise<void> {
    await p.goto('/admin');
    await p.getByLabel('电子邮箱').fill(email);
    await p.getByLabel('密码').fill(password);
    await p.getByRole('button', { name: '登录' }).click();
    await p.waitForURL('**/admin');
  }

  async function audit(name: string): Promise<void> {
    audited.set(name, await seriousViolations(page));
  }

  async function shoot(name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}-1280.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // Phone-usable: nothing wider than the screen.
    expect(await page.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(390);
    await audit(`${name}-390`);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-390.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function filterBy(fields: { q?: string; session?: string; status?: string; checkedIn?: string }): Promise<void> {
    await page.getByRole('link', { name: '清除筛选' }).click();
    if (fields.q !== undefined) await page.getByLabel('查找').fill(fields.q);
    if (fields.session) await page.getByLabel('活动', { exact: true }).selectOption({ label: fields.session });
    if (fields.status) await page.getByLabel('报名状态').selectOption({ label: fields.status });
    if (fields.checkedIn) await page.getByLabel('签到', { exact: true }).selectOption({ label: fields.checkedIn });
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.waitForLoadState();
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(ADMIN_ENV), launchChromium({ chineseFont: true })]);
    api = new ScheduleBuilder(app.t, await signIn(app.t, ADMIN.email, ADMIN.password));
    const edition = await api.edition('integrity', 2036, '2036-12-01', '2036-12-02', { title: '2036年测试大会' });
    editionId = edition.id;
    const room = await api.room(editionId, '第一会议室', 200);
    forum = (await api.session(editionId, { title: '平台经济诚信建设分论坛', startsAt: '2036-12-01T14:00', endsAt: '2036-12-01T17:00', roomId: room.id, capacity: 50 })).session.id;
    tiny = (await api.session(editionId, { title: '闭门研讨会', kind: 'seminar', startsAt: '2036-12-02T09:00', endsAt: '2036-12-02T11:00', roomId: room.id, capacity: 1 })).session.id;
    await api.patch(`/api/editions/${editionId}`, { status: 'published', requiresApproval: true });
    await api.post(`/api/editions/${editionId}/releases`, { note: 'v1' });
    await register('王小明', 1, [forum], '138 0013 8000');
    await register('李华', 2, [forum, tiny], '+86 139-0000-1111');
    await register('张伟', 3, [tiny]);
    await register('赵敏', 4, [forum]);
    await register('陈静', 5, [forum]);
    await register('刘洋', 6, [forum]);
    context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });
  afterEach(async () => {
    await page?.screenshot({ path: join(ARTIFACTS, 'console-registrations-last-page.png'), fullPage: true }).catch(() => undefined);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.t.close();
  });

  it('filters, approves many, rejects after asking, and says when a list is empty', async () => {
    await signInAs(page, ADMIN.email, ADMIN.password);
    await page.goto(`/admin/editions/${editionId}`);
    await page.getByRole('navigation', { name: '本届大会管理' }).getByRole('link', { name: '报名', exact: true }).click();
    await page.waitForURL(/\/registrations$/);
    expect(await page.locator('#list-heading').textContent()).toBe('共 6 份报名，显示第 1–6 份');
    expect(await listed()).toEqual(['刘洋', '张伟', '李华', '王小明', '赵敏', '陈静'].sort());
    await audit('desk-list');
    await shoot('console-registrations');

    // Search by the phone without its spaces, by part of a name, by the code in lower case.
    await filterBy({ q: '13800138000' });
    expect(await listed()).toEqual(['王小明']);
    expect(await page.getByLabel('查找').inputValue()).toBe('13800138000');
    await filterBy({ q: '李' });
    expect(await listed()).toEqual(['李华']);
    await filterBy({ q: people['张伟'].code.toLowerCase() });
    expect(await listed()).toEqual(['张伟']);
    // By session: the small seminar has 李华 (seated) and 张伟 (waiting).
    await filterBy({ session: '闭门研讨会' });
    expect(await listed()).toEqual(['张伟', '李华'].sort());
    expect(await page.locator('tr', { hasText: '张伟' }).locator('.desk-seat').textContent()).toBe('候补第 1 位');
    // Nothing matches: the list says so.
    await filterBy({ q: '不存在的人' });
    expect(await page.locator('p.empty').textContent()).toBe('没有符合筛选条件的报名。');
    // A bad filter typed in the address is refused beside its field, not answered with a 500.
    const bad = await page.goto(`/admin/editions/${editionId}/registrations?checkedIn=maybe&q=%E7%8E%8B`);
    expect(bad!.status()).toBe(400);
    expect(await page.locator('#f-checkedIn-error').textContent()).not.toBe('');
    expect(await page.getByLabel('查找').inputValue()).toBe('王');

    // Approve three at once (filtered to the pending ones); none selected is refused with a message.
    await filterBy({ status: '待审核' });
    expect((await listed()).length).toBe(6);
    await page.getByRole('button', { name: '批准所选' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('请先勾选至少一份报名');
    for (const name of ['王小明', '李华', '赵敏']) await page.getByLabel(`选择 ${name}`).check();
    await page.getByRole('button', { name: '批准所选' }).click();
    await page.waitForURL(/decided=approve/);
    expect(await page.locator('.notice-success').textContent()).toBe('已批准 3 份报名，已邮件通知参会者。');
    // Still filtered by status: the approved ones have left the pending list.
    expect(await listed()).toEqual(['刘洋', '张伟', '陈静'].sort());
    for (const name of ['王小明', '李华', '赵敏']) expect((await statusOf(people[name].code)).status).toBe('confirmed');
    expect((await outbox('approval')).filter((m) => ['王小明', '李华', '赵敏'].some((n) => m.body.includes(people[n].code)))).toHaveLength(3);

    // Rejecting asks once, naming whom and saying what follows; going back rejects nothing.
    await page.getByLabel('选择 刘洋').check();
    await page.getByRole('button', { name: '拒绝所选…' }).click();
    await expect(page.getByRole('heading', { name: '拒绝 1 份报名？' }).count()).resolves.toBe(1);
    expect(await page.locator('.desk-people').textContent()).toContain('刘洋');
    expect(await page.locator('.confirm-card').textContent()).toContain('名额会让给候补者');
    await audit('desk-reject-confirm');
    expect((await statusOf(people['刘洋'].code)).status).toBe('pending');
    await page.getByRole('link', { name: '返回，不拒绝' }).click();
    expect(page.url()).toContain('status=pending');
    await page.getByLabel('选择 刘洋').check();
    await page.getByRole('button', { name: '拒绝所选…' }).click();
    await page.getByRole('button', { name: '拒绝这 1 份报名' }).click();
    await page.waitForURL(/decided=reject/);
    expect(await page.locator('.notice-success').textContent()).toContain('已拒绝 1 份报名');
    expect((await statusOf(people['刘洋'].code)).status).toBe('rejected');

    // Checked in at the door (the check-in desk's route), then found by the check-in filter.
    await api.post(`/api/registrations/${people['王小明'].code}/check-in`, {}, 200);
    await filterBy({ checkedIn: '已签到' });
    expect(await listed()).toEqual(['王小明']);
    await filterBy({ checkedIn: '未签到' });
    expect(await listed()).not.toContain('王小明');
    expect(await listed()).toContain('李华');
  });

  it('promotes from the waitlist by hand, cancels with a reason after saying what it will do, and sends the link again', async () => {
    // 张伟 waits for the seminar's one seat, which 李华 holds: a hand promotion is refused, saying why.
    await page.goto(`/admin/registrations/${people['张伟'].code}`);
    expect(await page.locator('tr[data-session] .desk-seat').textContent()).toBe('候补第 1 位');
    await page.getByRole('button', { name: '把 张伟 递补入座「闭门研讨会」' }).click();
    expect(await page.locator('.notice-error').textContent()).toContain('没有空余名额');
    expect((await statusOf(people['张伟'].code)).sessions[0].status).toBe('waitlisted');
    // A seat comes free beside the waitlist (the pool grown behind the services' back, since every
    // path through them fills it from the head at once): the desk moves 张伟 in by hand.
    await app.t.dataSource.getRepository(SeatPool).update({ sessionId: tiny }, { capacity: 2 });
    await page.getByRole('button', { name: '把 张伟 递补入座「闭门研讨会」' }).click();
    await page.waitForURL(/done=promoted/);
    expect(await page.locator('.notice-success').textContent()).toBe('已递补入座，并已邮件通知参会者。');
    expect(await page.locator('tr[data-session] .desk-seat').textContent()).toBe('已确认');
    expect((await statusOf(people['张伟'].code)).sessions[0].status).toBe('confirmed');
    expect((await outbox('waitlist_promotion')).some((m) => m.body.includes(people['张伟'].code) || m.toAddress === 'attendee3@example.com')).toBe(true);

    // Cancelling 陈静: the page says what it will do; a blank reason is refused beside the field.
    await page.goto(`/admin/registrations/${people['陈静'].code}`);
    await page.getByRole('link', { name: '取消报名…' }).click();
    await page.waitForURL(/\/cancel$/);
    const card = await page.locator('.confirm-card').textContent();
    expect(card).toContain('释放其在 1 场活动中的名额');
    expect(card).toContain('attendee5@example.com');
    expect(card).toContain('此操作无法撤销');
    await audit('desk-cancel-confirm');
    await page.getByLabel(/^取消原因/).fill('   ');
    await page.getByRole('button', { name: '取消这份报名' }).click();
    expect(await page.locator('#f-reason-error').textContent()).not.toBe('');
    expect((await statusOf(people['陈静'].code)).status).toBe('pending');
    await page.getByLabel(/^取消原因/).fill('重复报名');
    await page.getByRole('button', { name: '取消这份报名' }).click();
    await page.waitForURL(/done=cancelled/);
    expect(await page.locator('.desk-status').first().textContent()).toBe('已取消');
    expect((await statusOf(people['陈静'].code)).status).toBe('cancelled');
    const told = (await outbox('cancellation')).find((m) => m.body.includes(people['陈静'].code))!;
    expect(told.toAddress).toBe('attendee5@example.com');
    expect(told.body).toContain('重复报名');
    // An ended registration offers no cancellation; asking again by address is refused, not repeated.
    await expect(page.getByRole('link', { name: '取消报名…' }).count()).resolves.toBe(0);
    await page.goto(`/admin/registrations/${people['陈静'].code}/cancel`);
    await page.getByLabel(/^取消原因/).fill('再次');
    await page.getByRole('button', { name: '取消这份报名' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('已是cancelled状态');

    // The link again, to the registration's own address.
    await page.goto(`/admin/registrations/${people['王小明'].code}`);
    const before = (await outbox('link_resend')).length;
    await page.getByRole('button', { name: '重新发送链接' }).click();
    await page.waitForURL(/done=resent/);
    expect(await page.locator('.notice-success').textContent()).toBe('已把链接重新发送到 attendee1@example.com。');
    const resent = await outbox('link_resend');
    expect(resent).toHaveLength(before + 1);
    expect(resent.at(-1)!.toAddress).toBe('attendee1@example.com');
    expect(resent.at(-1)!.body).toContain(people['王小明'].code);

    // Its history from the audit trail: approved, checked in, link sent again, by whom.
    const history = page.locator('table.desk-history > tbody > tr');
    const actions = await history.evaluateAll((rows) => rows.map((r) => r.children[2].textContent!.trim()));
    expect(actions).toEqual(['批准 · 报名', '签到 · 报名', '重新发送链接 · 报名']);
    expect(await history.first().locator('td').nth(1).textContent()).toBe(ADMIN.email);
    expect(await page.locator('.desk-facts').textContent()).toContain('138 0013 8000');
    await audit('desk-registration');
    await shoot('console-registration');
    // The English switch.
    await page.goto(`/admin/registrations/${people['王小明'].code}?lang=en`);
    await expect(page.getByRole('heading', { name: 'History' }).count()).resolves.toBe(1);
    await page.goto(`/admin/editions/${editionId}/registrations?lang=zh`);
  });

  it('downloads the workbook and reads it back, and shows attendance per session', async () => {
    await page.goto(`/admin/editions/${editionId}/registrations`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Excel（.xlsx）' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'huiwu-desk-')), 'export.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new Workbook();
    // exceljs types its Buffer before @types/node made Buffer generic.
    await workbook.xlsx.load(readFileSync(file) as never);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).filter(Boolean).map(String);
    expect(header).toEqual(expect.arrayContaining(['姓名']));
    const nameColumn = (sheet.getRow(1).values as unknown[]).indexOf('姓名');
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(nameColumn).value));
    });
    expect(names.sort()).toEqual(['刘洋', '张伟', '李华', '王小明', '赵敏', '陈静'].sort());
    const csv = await page.request.get(`/admin/editions/${editionId}/registrations.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('王小明');

    await page.getByRole('navigation', { name: '本届大会管理' }).getByRole('link', { name: '出席统计' }).click();
    const seminar = page.locator(`tr[data-session="${tiny}"]`);
    expect(await seminar.locator('td').evaluateAll((cells) => cells.slice(0, 5).map((c) => c.textContent!.trim()))).toEqual(['2', '2', '0', '0', '0%']);
    const main = page.locator(`tr[data-session="${forum}"]`);
    expect(await main.locator('td').evaluateAll((cells) => cells.slice(0, 5).map((c) => c.textContent!.trim()))).toEqual(['50', '3', '0', '1', '33%']);
    await audit('desk-attendance');
    await main.getByRole('link', { name: '「平台经济诚信建设分论坛」的名单' }).click();
    expect(await page.getByLabel('活动', { exact: true }).inputValue()).toBe(String(forum));
  });

  it('lets a desk account work the list; check-in staff and viewers meet a 403 page and write nothing', async () => {
    const members = [
      ['desk@huiwu.test', 'desk'],
      ['door@huiwu.test', 'check_in'],
      ['reader@huiwu.test', 'viewer'],
    ];
    for (const [email, role] of members) await api.post('/api/team/members', { email, password: 'team member pw', displayName: role, role, editionId });
    await register('周杰', 7, [forum]);
    await register('吴磊', 8, [forum]);
    await register('郑爽', 9, [forum]);

    const desk = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const deskPage = await desk.newPage();
    await signInAs(deskPage, 'desk@huiwu.test', 'team member pw');
    await deskPage.goto(`/admin/editions/${editionId}/registrations?status=pending`);
    await deskPage.getByLabel('选择 周杰').check();
    await deskPage.getByRole('button', { name: '批准所选' }).click();
    await deskPage.waitForURL(/decided=approve/);
    expect((await statusOf(people['周杰'].code)).status).toBe('confirmed');
    // One at a time from a registration's own page: approve, or reject after the page asked.
    await deskPage.goto(`/admin/registrations/${people['吴磊'].code}`);
    await deskPage.getByRole('button', { name: '批准', exact: true }).click();
    await deskPage.waitForURL(/done=approved/);
    expect(await deskPage.locator('.notice-success').textContent()).toBe('已批准这份报名，并已邮件通知参会者。');
    expect((await statusOf(people['吴磊'].code)).status).toBe('confirmed');
    await deskPage.goto(`/admin/registrations/${people['郑爽'].code}?lang=en`);
    await deskPage.getByRole('button', { name: 'Reject…' }).click();
    await expect(deskPage.getByRole('heading', { name: 'Reject 1 registrations?' }).count()).resolves.toBe(1);
    expect((await statusOf(people['郑爽'].code)).status).toBe('pending');
    await deskPage.getByRole('button', { name: 'Reject these 1 registrations' }).click();
    await deskPage.waitForURL(/done=rejected/);
    expect(await deskPage.locator('.notice-success').textContent()).toBe('The registration is rejected; the attendee has been mailed.');
    expect((await statusOf(people['郑爽'].code)).status).toBe('rejected');
    await desk.close();

    for (const [email, role] of members.slice(1)) {
      const other = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN' });
      const p = await other.newPage();
      await signInAs(p, email, 'team member pw');
      expect({ role, status: (await p.goto(`/admin/editions/${editionId}/registrations`))!.status() }).toEqual({ role, status: 403 });
      expect(await p.locator('h1').textContent()).toBeTruthy();
      expect({ role, status: (await p.goto(`/admin/registrations/${people['李华'].code}`))!.status() }).toEqual({ role, status: 403 });
      expect({ role, status: (await p.request.get(`/admin/editions/${editionId}/registrations.xlsx`)).status() }).toEqual({ role, status: 403 });
      // Attendance is theirs to see; a write, posted with the page's own CSRF token, is refused.
      expect((await p.goto(`/admin/editions/${editionId}/attendance`))!.status()).toBe(200);
      await expect(p.getByRole('link', { name: /的名单$/ }).count()).resolves.toBe(0);
      const sent = (await outbox('link_resend')).length;
      const csrf = await p.locator('input[name="_csrf"]').first().inputValue();
      const [refused] = await Promise.all([
        p.waitForNavigation(),
        p.evaluate(
          ([action, token]) => {
            const form = document.createElement('form');
            form.method = 'post';
            form.action = action;
            const field = document.createElement('input');
            field.type = 'hidden';
            field.name = '_csrf';
            field.value = token;
            form.append(field);
            document.body.append(form);
            form.submit();
          },
          [`/admin/registrations/${people['李华'].code}/resend-link`, csrf],
        ),
      ]);
      expect({ role, status: refused!.status() }).toEqual({ role, status: 403 });
      expect(await outbox('link_resend')).toHaveLength(sent);
      await other.close();
    }
  });

  it('has no serious or critical accessibility violation on any desk page', () => {
    expect(audited.size).toBeGreaterThanOrEqual(7);
    expect(Object.fromEntries([...audited].filter(([, found]) => found.length > 0))).toEqual({});
  });
});
