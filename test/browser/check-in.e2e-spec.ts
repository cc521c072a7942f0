import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { ADMIN, ADMIN_ENV, signIn } from '../support/accounts';
import { asBuffer } from '../support/pdf';
import { attendee, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { HIGH_VOLUME_ENV } from '../support/test-app';
import { ARTIFACTS, BrowserApp, CHROMIUM, startBrowserApp } from './browser-app';

/**
 * The ticket PDF's first page as the camera's picture: rendered by pdftoppm in grey (PGM), written
 * as a one-frame Y4M video (grey: Y is the picture, U and V neutral) that Chromium's fake camera
 * plays in a loop — the scanner reads the real printed QR code through getUserMedia.
 */
function ticketAsCameraVideo(pdf: Buffer, dir: string): string {
  writeFileSync(join(dir, 'ticket.pdf'), pdf);
  const run = spawnSync('pdftoppm', ['-gray', '-scale-to-x', '640', '-scale-to-y', '904', '-f', '1', '-l', '1', '-singlefile', join(dir, 'ticket.pdf'), join(dir, 'ticket')]);
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${String(run.stderr)}`);
  const pgm = readFileSync(join(dir, 'ticket.pgm'));
  // P5\n<w> <h>\n<max>\n then the bytes.
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(pgm[at]))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(pgm[at]))) field += String.fromCharCode(pgm[at++]);
    fields.push(field);
  }
  at++;
  const [, width, height] = fields.map(Number);
  const luma = pgm.subarray(at, at + width * height);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const video = join(dir, 'camera.y4m');
  writeFileSync(video, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]));
  return video;
}

describe('check-in at the door in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;
  let dir: string;
  let gateId: number;
  let scanned: { code: string; name: string };
  const people: { code: string; url: string; name: string }[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ ...ADMIN_ENV, ...HIGH_VOLUME_ENV });
    api = new ScheduleBuilder(app.t, await signIn(app.t, ADMIN.email, ADMIN.password));
    f = await publishedEditionWithForum(api, 'integrity', 2036);
    const register = async (i: number, name: string) => {
      const body = (await app.t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(i, { name, organization: '中国网络社会组织联合会', sessionIds: [f.forum] })).expect(201)).body;
      return body as { code: string; token: string };
    };
    const first = await register(1, '郭全啟');
    scanned = { code: first.code, name: '郭全啟' };
    for (const [i, name] of [[2, '欧阳明轩'], [3, '李娜'], [4, '王芳'], [5, '陈静'], [6, '赵敏']] as const) {
      const body = await register(i, name);
      people.push({ code: body.code, name, url: (await api.get(`/api/registrations/${body.code}/credential`)).ticketUrl });
    }
    gateId = (await api.post(`/api/editions/${f.edition.id}/gates`, { name: '主会场东门', sessionIds: [f.forum] })).id;
    const ticket = await asBuffer(app.t.http.get(`/api/registrations/${first.code}/ticket.pdf?token=${first.token}`)).expect(200);
    dir = mkdtempSync(join(tmpdir(), 'check-in-camera-'));
    const video = ticketAsCameraVideo(ticket.body as Buffer, dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.t.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function staffPage(): Promise<{ context: BrowserContext; page: Page }> {
    // A phone in Beijing, whatever zone the test process runs in (CI runs one suite in New York's).
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 420, height: 900 }, permissions: ['camera'] });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/admin/sign-in');
    await page.getByLabel('电子邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/admin');
    await page.goto(`/check-in/gates/${gateId}`);
    await page.locator('#scanner[data-ready="true"]').waitFor();
    return { context, page };
  }

  const answer = (page: Page, outcome: string, offline = false) => page.locator(`#answer[data-outcome="${outcome}"][data-offline="${offline}"]`);
  async function typeCode(page: Page, code: string): Promise<void> {
    // A USB scanner types the code into the focused field and presses Enter.
    await page.locator('#code').fill(code);
    await page.locator('#code').press('Enter');
  }

  it('admits the person whose printed ticket the camera sees, then says the same code was checked in already', async () => {
    const { page } = await staffPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    expect(await page.locator('#snapshot-status').textContent()).toContain('6 张票');
    // Taken a moment ago, on the phone's clock (not the UTC instant's wall time, eight hours early here).
    const taken = /更新于 (\d{1,2}):(\d{2}):(\d{2})/.exec((await page.locator('#snapshot-status').textContent()) ?? '');
    expect(taken).not.toBeNull();
    const [hour, minute, second] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date()).split(':').map(Number);
    const apart = Math.abs(hour * 3600 + minute * 60 + second - (Number(taken![1]) * 3600 + Number(taken![2]) * 60 + Number(taken![3])));
    expect(Math.min(apart, 86_400 - apart)).toBeLessThan(300);
    await page.locator('#camera-toggle').click();
    await answer(page, 'admitted').waitFor({ timeout: 20_000 });
    expect(await page.locator('#answer-word').textContent()).toBe('准予入场');
    expect(await page.locator('#answer-name').textContent()).toContain('郭全啟');
    expect(await page.locator('#answer-holder').isVisible()).toBe(false);
    expect(await page.locator('#answer-credential').textContent()).toBe('代表证');
    await page.screenshot({ path: join(ARTIFACTS, 'check-in-admitted.png') });
    await page.locator('#camera-toggle').click();

    await typeCode(page, scanned.code);
    await answer(page, 'already').waitFor();
    const detail = (await page.locator('#answer-detail').textContent()) ?? '';
    expect(detail).toContain('主会场东门');
    // When, as the phone's clock reads it: never the server's ISO instant (2026-12-02T00:44:26.981Z).
    expect(detail).toMatch(/已于 \S*\d{1,2}:\d{2}:\d{2}\S* 在主会场东门签到/);
    expect(detail).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await page.screenshot({ path: join(ARTIFACTS, 'check-in-already.png') });
    expect(errors).toEqual([]);
  });

  it('keeps checking with the network cut, queues three scans and syncs them when it is back', async () => {
    const { context, page } = await staffPage();
    await context.setOffline(true);
    for (const person of people.slice(0, 3)) {
      await typeCode(page, person.url);
      // The previous answer was `admitted` offline too: wait for this person's.
      await page.locator('#answer-name', { hasText: person.name }).waitFor();
      await answer(page, 'admitted', true).waitFor();
    }
    expect(await page.locator('#scanner').getAttribute('data-queued')).toBe('3');
    expect(await page.locator('#net-status').textContent()).toContain('离线');
    // The same ticket again, still offline: this device knows it admitted it.
    await typeCode(page, people[0].url);
    await answer(page, 'already', true).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'check-in-offline.png') });
    const before = await api.get(`/api/editions/${f.edition.id}/check-in/counts`);
    expect(before.arrived).toBe(1);

    await context.setOffline(false);
    await page.locator('#scanner[data-queued="0"]').waitFor({ timeout: 15_000 });
    const after = await api.get(`/api/editions/${f.edition.id}/check-in/counts`);
    expect(after.arrived).toBe(4);
    // The fourth scan was this device's second scan of one ticket, refused there: kept, as a duplicate nobody was let in by.
    expect(after.duplicates.find((d: { name: string }) => d.name === people[0].name)).toMatchObject({ offline: false });
  });

  it('admits once when two offline devices scan one ticket, and shows the supervisor the other scan', async () => {
    const one = await staffPage();
    const two = await staffPage();
    const ticket = people[3];
    await one.context.setOffline(true);
    await two.context.setOffline(true);
    await typeCode(one.page, ticket.url);
    await answer(one.page, 'admitted', true).waitFor();
    await typeCode(two.page, ticket.url);
    await answer(two.page, 'admitted', true).waitFor();

    const supervisor = await one.context.newPage();
    await one.context.setOffline(false);
    await one.page.locator('#scanner[data-queued="0"]').waitFor({ timeout: 15_000 });
    await two.context.setOffline(false);
    await two.page.locator('#scanner[data-queued="0"]').waitFor({ timeout: 15_000 });

    const counts = await api.get(`/api/editions/${f.edition.id}/check-in/counts`);
    expect(counts.arrived).toBe(5);
    const twice = counts.duplicates.filter((d: { name: string }) => d.name === ticket.name);
    expect(twice).toHaveLength(1);
    expect(twice[0].offline).toBe(true);

    await supervisor.goto(`/check-in/editions/${f.edition.id}/supervisor`);
    await supervisor.locator('#live[data-arrived="5"]').waitFor();
    expect(await supervisor.locator(`#live-duplicates li[data-code="${ticket.code}"]`).count()).toBe(1);
    expect(await supervisor.locator(`#live-duplicates li[data-code="${ticket.code}"]`).textContent()).toContain('离线重复入场');
    await supervisor.screenshot({ path: join(ARTIFACTS, 'check-in-supervisor.png'), fullPage: true });
    const screen = await one.context.newPage();
    await screen.goto(`/check-in/editions/${f.edition.id}/screen`);
    await screen.locator('#live[data-arrived="5"]').waitFor();
    await screen.screenshot({ path: join(ARTIFACTS, 'check-in-screen.png') });
  });

  it('admits an invited guest’s badge offline too, and the sync admits the guest on the server', async () => {
    const created = await api.post(`/api/editions/${f.edition.id}/guests`, { name: '孙嘉宾', organization: '国家互联网信息办公室', phone: '13800138066', sessionIds: [f.forum] });
    const badge = (await api.get(`/api/guests/${created.id}/credential`)).ticketUrl as string;
    // A second guest comes without the badge: staff type the code of the invitation.
    const typed = await api.post(`/api/editions/${f.edition.id}/guests`, { name: '钱手输', organization: '中国互联网协会', phone: '13800138067', sessionIds: [f.forum] });
    const { context, page } = await staffPage();
    // The six tickets and the two guests' badges.
    expect(await page.locator('#snapshot-status').textContent()).toContain('8 张票');
    await context.setOffline(true);
    await typeCode(page, badge);
    await answer(page, 'admitted', true).waitFor();
    expect(await page.locator('#answer-name').textContent()).toContain('孙嘉宾');
    expect(await page.locator('#answer-credential').textContent()).toBe('嘉宾证');
    // Told apart from a registration at a glance.
    expect(await page.locator('#answer-holder').textContent()).toBe('嘉宾');
    expect(await page.locator('#answer-holder').isVisible()).toBe(true);
    await typeCode(page, badge);
    await answer(page, 'already', true).waitFor();
    await typeCode(page, ` ${String(typed.code).toLowerCase()} `);
    await answer(page, 'admitted', true).waitFor();
    expect(await page.locator('#answer-name').textContent()).toContain('钱手输');
    expect(await page.locator('#answer-holder').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'check-in-guest-typed-offline.png') });
    await context.setOffline(false);
    await page.locator('#scanner[data-queued="0"]').waitFor({ timeout: 15_000 });
    const counts = await api.get(`/api/editions/${f.edition.id}/check-in/counts`);
    expect(counts.arrived).toBe(7);
    // The typed code synced is the guest's admission on the server too.
    await typeCode(page, String(typed.code));
    await answer(page, 'already').waitFor();
    expect(await page.locator('#answer-name').textContent()).toContain('钱手输');
    expect(await page.locator('#answer-holder').isVisible()).toBe(true);
    // Back online, the server says the same.
    await typeCode(page, badge);
    await answer(page, 'already').waitFor();
    expect(await page.locator('#answer-detail').textContent()).toContain('主会场东门');
  });

  it('judges on the device when the server answers 503 (its database unavailable), and the sync admits the person later', async () => {
    const { page } = await staffPage();
    const person = people[4];
    // Both the live scan and the queue's sync (every few seconds) meet the database down.
    const unavailable = `**/check-in/gates/${gateId}/{scans,sync}`;
    await page.route(unavailable, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message: '数据库暂时不可用，请稍后重试' }) }),
    );
    await typeCode(page, person.url);
    // Admitted from the snapshot, marked offline and queued: not "unreadable", which would turn a valid ticket away.
    await page.locator('#answer-name', { hasText: person.name }).waitFor();
    await answer(page, 'admitted', true).waitFor();
    await page.locator('#scanner[data-queued="1"]').waitFor();
    expect(await page.locator('#net-status').textContent()).toContain('离线');
    const arrived = (await api.get(`/api/editions/${f.edition.id}/check-in/counts`)).arrived;

    await page.unroute(unavailable);
    await page.locator('#scanner[data-queued="0"]').waitFor({ timeout: 15_000 });
    expect((await api.get(`/api/editions/${f.edition.id}/check-in/counts`)).arrived).toBe(arrived + 1);
  });
});
