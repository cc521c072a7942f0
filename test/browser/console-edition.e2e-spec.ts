/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV } from '../support/accounts';
import { seriousViolations } from './axe';
import { ARTIFACTS, BrowserApp, CHROMIUM, startBrowserApp } from './browser-app';

const DAY = '2036-12-01';

/**
 * Chromium sees no CJK font on this machine: a fontconfig file adds the Noto Sans Hans the PDFs
 * embed, so the screenshots show Chinese rather than boxes.
 */
function fontConfig(): string {
  const fonts = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const file = join(tmpdir(), `huiwu-fonts-${process.pid}.conf`);
  writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(tmpdir(), 'huiwu-fontcache')}</cachedir></fontconfig>`);
  return file;
}

/**
 * The walk through the organizer console, in Chromium, with no API call by the test:
 * an edition, two rooms, five sessions placed on the board by dragging and moved by keyboard,
 * a double booking refused with its reason beside the card, a speaker in two places at once,
 * the federation added as host by its alias, a release previewed and published, and the public
 * page showing it. The database starts
 * migrated with the reference data (brands, organizations) and nothing the test made.
 */
describe('the organizer console in Chromium: an edition built from the browser alone', () => {
  let app: BrowserApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const audited = new Map<string, unknown[]>();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [app, browser] = await Promise.all([
      startBrowserApp(ADMIN_ENV),
      chromium.launch({
        executablePath: CHROMIUM,
        env: { ...process.env, FONTCONFIG_FILE: fontConfig() },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      }),
    ]);
    context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', viewport: { width: 1280, height: 1500 } });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    // Every destructive or public action asks once; the organizer says yes.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterEach(async () => {
    // What the page showed when a step failed (or at the end), to look at.
    await page?.screenshot({ path: join(ARTIFACTS, 'console-last-page.png'), fullPage: true }).catch(() => undefined);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.t.close();
  });

  /** axe-core on the page as it stands; the findings are asserted once at the end, page by page. */
  async function audit(name: string): Promise<void> {
    audited.set(name, await seriousViolations(page));
  }

  const card = (id: string) => page.locator(`#board .board-card[data-session="${id}"]`);
  const cell = (id: string) => page.locator(`#board td:has(> .board-card[data-session="${id}"])`);

  /** Where the board puts a quarter hour of a room: the room's column, the time's row. */
  async function slotPoint(roomId: string, at: string): Promise<{ x: number; y: number }> {
    const column = await page.locator(`table.board-grid[data-day="${at.slice(0, 10)}"] thead th[data-room="${roomId}"]`).boundingBox();
    const row = await page.locator(`table.board-grid tr[data-at="${at}"]`).boundingBox();
    return { x: column!.x + column!.width / 2, y: row!.y + row!.height / 2 };
  }

  /** Presses on a card (near its top, or on its lower edge), moves in steps and lets go over a slot. */
  async function drag(id: string, to: { x: number; y: number }, grip: 'top' | 'edge' = 'top'): Promise<void> {
    const box = (await card(id).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, grip === 'edge' ? box.y + box.height - 3 : box.y + 6);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
  }

  async function placedAt(id: string, startsAt: string, endsAt: string, roomId: string): Promise<void> {
    await page.waitForFunction(
      ([sid, s, e, r]) => {
        const el = document.querySelector<HTMLElement>(`#board .board-card[data-session="${sid}"]`);
        return el !== null && el.dataset.starts === s && el.dataset.ends === e && el.dataset.room === r && !el.hasAttribute('aria-busy');
      },
      [id, startsAt, endsAt, roomId],
    );
  }

  /** The board's live region says it (screen readers read it out). */
  async function announced(words: string): Promise<void> {
    await page.waitForFunction((w) => document.querySelector('#board-status')?.textContent?.includes(w), words);
  }

  it('builds, schedules, checks and publishes an edition through the console', async () => {
    // Sign in.
    await page.goto('/admin');
    await page.getByLabel('电子邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/admin');

    // The edition.
    await page.getByRole('link', { name: '新建大会' }).click();
    await audit('edition-new');
    await page.getByLabel('品牌活动').selectOption('integrity');
    await page.getByLabel('年份').fill('2036');
    await page.getByLabel(/^标题/).fill('2036中国网络诚信大会');
    await page.getByLabel('开始日期').fill(DAY);
    await page.getByLabel('结束日期').fill('2036-12-02');
    await page.getByLabel('城市', { exact: true }).fill('西安');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/editions\/\d+\/rooms$/);
    const editionId = /editions\/(\d+)\//.exec(page.url())![1];

    // Two rooms; a refused one keeps what was typed and says why beside the field.
    for (const [name, seats] of [['主会场', '300'], ['第二会议室', '80']]) {
      await page.getByLabel(/^名称/).fill(name);
      await page.getByLabel('名额').fill(seats);
      await page.getByRole('button', { name: '添加会场' }).click();
      await page.waitForURL(/notice=roomCreated/);
    }
    await page.getByLabel(/^名称/).fill('主会场');
    await page.getByRole('button', { name: '添加会场' }).click();
    expect(await page.locator('#f-name-error').textContent()).toBe('本届大会已使用该名称');
    expect(await page.locator('.error-summary').textContent()).toContain('主会场');
    expect(await page.getByLabel(/^名称/).inputValue()).toBe('主会场');
    await audit('rooms');
    const rooms = await page.locator('.console-list li').allTextContents();
    expect(rooms.map((r) => r.replace(/\s+/g, ' ').trim().split(' ')[0])).toEqual(['主会场', '第二会议室']);

    // The hosts: the federation found by its alias 中网联, added as host (the roles editor of the console).
    await page.getByRole('link', { name: '单位角色' }).click();
    await page.getByLabel('查找单位').fill('中网联');
    await page.getByRole('button', { name: '查找' }).click();
    const federation = page.locator('.organization-result', { hasText: '中国网络社会组织联合会' });
    await federation.locator('select[name="role"]').selectOption('host');
    await federation.getByRole('button', { name: '添加' }).click();
    await page.waitForURL(/\/roles/);
    expect(await page.locator('.role-holders').first().textContent()).toContain('中国网络社会组织联合会');

    // Five sessions, unscheduled, through the session form.
    const titles = ['开幕式', '网络诚信建设高峰论坛', '平台经济诚信建设分论坛', '诚信文化研讨会', '网络诚信发布活动'];
    const kinds = ['opening_ceremony', 'summit', 'sub_forum', 'seminar', 'launch_event'];
    const ids: string[] = [];
    for (const [i, title] of titles.entries()) {
      await page.goto(`/admin/editions/${editionId}/sessions/new`);
      await page.getByLabel('类型').selectOption(kinds[i]);
      await page.getByLabel(/^标题/).fill(title);
      await page.getByLabel('英文标题').fill(`Session ${i + 1}`);
      await page.getByRole('button', { name: '创建' }).click();
      await page.waitForURL(/\/admin\/sessions\/\d+\/edit\?notice=created/);
      ids.push(/sessions\/(\d+)\//.exec(page.url())![1]);
    }
    await audit('session-form');

    // The board: the five wait in the tray.
    await page.getByRole('link', { name: '日程排布', exact: true }).click();
    await page.waitForSelector('#board.board-live');
    expect(await page.locator('.board-tray-list .board-card').count()).toBe(5);
    const [hall, second] = await page.locator(`table.board-grid[data-day="${DAY}"] thead th[data-room]`).evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.room!));
    await audit('board');

    // Dragged from the tray onto the grid: an hour where they land.
    const placements: [number, string, string, string][] = [
      [0, hall, `${DAY}T09:00`, `${DAY}T10:00`],
      [1, second, `${DAY}T09:00`, `${DAY}T10:00`],
      [2, hall, `${DAY}T10:30`, `${DAY}T11:30`],
      [3, second, `${DAY}T10:30`, `${DAY}T11:30`],
      [4, hall, `${DAY}T14:00`, `${DAY}T15:00`],
    ];
    for (const [i, room, startsAt, endsAt] of placements) {
      await drag(ids[i], await slotPoint(room, startsAt));
      await placedAt(ids[i], startsAt, endsAt, room);
      await announced(titles[i]);
    }
    expect(await page.locator('.board-tray-list').count()).toBe(0);
    expect(await cell(ids[0]).getAttribute('rowspan')).toBe('4');

    // Its lower edge dragged down a quarter: 09:00–10:15.
    await drag(ids[0], await slotPoint(hall, `${DAY}T10:00`), 'edge');
    await placedAt(ids[0], `${DAY}T09:00`, `${DAY}T10:15`, hall);
    expect(await cell(ids[0]).getAttribute('rowspan')).toBe('5');

    // By keyboard: two quarters later, a quarter longer, the room to the right; each move announced.
    await card(ids[4]).focus();
    await page.keyboard.press('ArrowDown');
    await placedAt(ids[4], `${DAY}T14:15`, `${DAY}T15:15`, hall);
    await page.keyboard.press('ArrowDown');
    await placedAt(ids[4], `${DAY}T14:30`, `${DAY}T15:30`, hall);
    await page.keyboard.press('Shift+ArrowDown');
    await placedAt(ids[4], `${DAY}T14:30`, `${DAY}T15:45`, hall);
    await page.keyboard.press('ArrowRight');
    await placedAt(ids[4], `${DAY}T14:30`, `${DAY}T15:45`, second);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.session)).toBe(ids[4]);
    await announced('14:30–15:45，第二会议室');

    // A double booking is refused: the reason stands beside the card, which stays where it was.
    await drag(ids[1], await slotPoint(hall, `${DAY}T09:00`));
    const refusal = card(ids[1]).locator('.board-card-error');
    await refusal.waitFor({ state: 'visible' });
    expect(await refusal.textContent()).toBe(`与「开幕式」（场次 ${ids[0]}）在同一会场「主会场」时间重叠`);
    await announced('未能移动「网络诚信建设高峰论坛」');
    expect(await card(ids[1]).getAttribute('data-room')).toBe(second);
    await page.screenshot({ path: join(ARTIFACTS, 'console-board-refused-1280.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'console-board-refused-top-1280.png'), clip: { x: 0, y: 0, width: 1280, height: 1080 } });
    await audit('board-refused');

    // Without the script, the same move through the session's form is refused the same way, beside the room.
    await page.goto(`/admin/sessions/${ids[1]}/edit`);
    await page.getByLabel('会场').selectOption({ label: '主会场' });
    await page.getByRole('button', { name: '保存' }).click();
    expect(await page.locator('#f-roomId-error').textContent()).toContain('在同一会场「主会场」时间重叠');
    expect(await page.getByLabel('会场').inputValue()).toBe(hall);

    // A speaker, found by name, on two sessions at the same time: a warning on both cards and on the speaker's page.
    await page.goto('/admin/speakers/new');
    await page.getByLabel(/^姓名(?!（)/).fill('赵晖');
    await page.getByLabel('职务', { exact: true }).fill('秘书长');
    await page.getByLabel('所属单位', { exact: true }).fill('中国网络社会组织联合会');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/speakers\/\d+\?notice=speakerCreated/);
    const speakerId = /speakers\/(\d+)/.exec(page.url())![1];
    for (const [session, role] of [[ids[0], 'moderator'], [ids[1], 'speaker']]) {
      await page.goto(`/admin/sessions/${session}/edit`);
      await page.getByLabel('查找嘉宾（所有大会）').fill('赵');
      await page.getByRole('button', { name: '查找' }).click();
      await page.locator(`#role-${speakerId}`).selectOption(role);
      await page.locator('li', { has: page.locator(`#role-${speakerId}`) }).getByRole('button', { name: /加入/ }).click();
      await page.waitForURL(/notice=speakerAdded/);
    }
    expect(await page.locator('.conflict-list').textContent()).toContain('赵晖');
    await audit('session-edit');
    await page.goto(`/admin/speakers/${speakerId}`);
    expect(await page.locator('.notice-warning').textContent()).toContain('2 项活动时间重叠');
    await audit('speaker');
    await page.goto(`/admin/speakers?q=${encodeURIComponent('赵')}`);
    expect(await page.locator('.console-list li').allTextContents()).toEqual([expect.stringContaining('赵晖')]);
    await audit('speakers');
    await page.goto(`/admin/editions/${editionId}/board`);
    expect(await card(ids[0]).getAttribute('class')).toContain('conflict-warning');
    expect(await card(ids[1]).getAttribute('class')).toContain('conflict-warning');
    await page.screenshot({ path: join(ARTIFACTS, 'console-board-1280.png'), fullPage: true });

    // The release: previewed (five added, five calendar events), published with a note.
    await page.getByRole('link', { name: '发布', exact: true }).click();
    expect(await page.locator('#preview-heading').textContent()).toBe('预览第 1 版');
    const added = page.locator('.changelog div', { hasText: '新增' });
    expect(await added.locator('li').count()).toBe(5);
    expect(await page.locator('.calendar-effect').textContent()).toContain('新增 5 项');
    await audit('releases');
    await page.screenshot({ path: join(ARTIFACTS, 'console-release-preview-1280.png'), fullPage: true });
    await page.getByLabel('版本说明').fill('首次发布议程');
    await page.getByRole('button', { name: '发布第 1 版' }).click();
    await page.waitForURL(/published=1/);
    expect(await page.locator('.notice-success').textContent()).toContain('已发布第 1 版议程');
    expect(await page.locator('.release h3').first().textContent()).toContain('首次发布议程');
    expect(await page.locator('.calendar-effect').textContent()).toContain('新增 0 项');

    // A move after publishing shows in the next version's preview as before → after.
    await page.goto(`/admin/editions/${editionId}/board`);
    await card(ids[3]).focus();
    await page.keyboard.press('ArrowUp');
    await placedAt(ids[3], `${DAY}T10:15`, `${DAY}T11:15`, second);
    await page.goto(`/admin/editions/${editionId}/releases`);
    const moved = page.locator('.changelog div', { hasText: '调整时间或会场' });
    expect(await moved.textContent()).toContain('诚信文化研讨会');
    expect(await moved.locator('.diff-from').textContent()).toContain('10:30–11:30');
    expect(await moved.locator('.diff-to').textContent()).toContain('10:15–11:15');

    // The public page shows version 1, not the draft move.
    await page.goto('/e/integrity-2036');
    for (const title of titles) expect(await page.locator('main').textContent()).toContain(title);
    expect(await page.locator('main').textContent()).toContain('中国网络社会组织联合会');
    expect(await page.locator('.program-item', { hasText: '诚信文化研讨会' }).first().textContent()).toContain('10:30');
    await page.screenshot({ path: join(ARTIFACTS, 'console-public-1280.png'), fullPage: true });

    // On a phone: the board scrolls sideways within its day; the forms stack.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/admin/editions/${editionId}/board`);
    await audit('board-390');
    await page.screenshot({ path: join(ARTIFACTS, 'console-board-390.png'), fullPage: false });
    await page.goto(`/admin/editions/${editionId}/releases`);
    await page.screenshot({ path: join(ARTIFACTS, 'console-release-390.png'), fullPage: true });
    await page.goto(`/admin/sessions/${ids[0]}/edit`);
    await page.screenshot({ path: join(ARTIFACTS, 'console-session-390.png'), fullPage: false });
    await audit('session-390');

    expect(Object.fromEntries([...audited].filter(([, v]) => v.length > 0))).toEqual({});
  }, 360_000);
});
