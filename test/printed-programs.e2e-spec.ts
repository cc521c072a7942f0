import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asBuffer, pdfFonts, pdfText } from './support/pdf';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

const binary = (res: { body: unknown }) => res.body as Buffer;

describe('printed programs (program.pdf)', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let cacheDir: string;
  let edition: { id: number; slug: string };
  const titles = ['开幕式', '主论坛：网络诚信与数字经济高质量发展——携手共建清朗网络空间的新时代实践与展望', '平台经济诚信建设分论坛', '青少年网络保护分论坛'];

  beforeAll(async () => {
    cacheDir = join(tmpdir(), `huiwu-cache-${process.pid}-${Date.now()}`);
    t = await startTestApp({ env: { ...ADMIN_ENV, CACHE_DIR: cacheDir } });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    edition = await api.edition('integrity', 2026, '2026-12-01', '2026-12-02', {
      title: '2026中国网络诚信大会',
      titleEn: '2026 China Internet Integrity Conference',
      theme: '网聚诚信力量 共创信用中国',
      themeEn: 'Integrity for a Creditworthy China',
      venue: '西安国际会议中心',
    });
    const [cac] = await api.get(`/api/organizations?q=${encodeURIComponent('国家网信办')}`);
    const [cfis] = await api.get(`/api/organizations?q=${encodeURIComponent('中网联')}`);
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: cac.id, role: 'guide', printedName: '国家网信办' });
    await api.post(`/api/editions/${edition.id}/roles`, { organizationId: cfis.id, role: 'host' });
    const hall = await api.room(edition.id, '主会场', 800);
    const salon = await api.room(edition.id, '第一会议室', 120);
    await api.session(edition.id, { kind: 'opening_ceremony', title: titles[0], titleEn: 'Opening Ceremony', startsAt: '2026-12-01T09:00', endsAt: '2026-12-01T09:45', roomId: hall.id });
    await api.session(edition.id, { kind: 'main_forum', title: titles[1], titleEn: 'Main Forum', startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T12:00', roomId: hall.id });
    const forum = await api.session(edition.id, { title: titles[2], titleEn: 'Platform Economy Integrity Forum', startsAt: '2026-12-01T14:00', endsAt: '2026-12-01T17:00', roomId: salon.id, hosts: [{ organizationId: cfis.id, printedName: '中网联' }] });
    await api.session(edition.id, { title: titles[3], titleEn: 'Youth Online Protection Forum', startsAt: '2026-12-02T09:30', endsAt: '2026-12-02T11:00', roomId: salon.id });
    const speaker = await api.speaker('郭全啟', '副会长');
    await api.post(`/api/sessions/${forum.session.id}/speakers`, { speakerId: speaker.id, role: 'moderator' });
    await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('prints the theme, every organization under its role and every session, in Chinese', async () => {
    const res = await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf`)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(binary(res)).replace(/\s+/g, '');
    for (const phrase of ['网聚诚信力量共创信用中国', '指导单位', '国家网信办', '主办单位', '中国网络社会组织联合会', '郭全啟', '第1版', ...titles.map((s) => s.replace(/\s+/g, ''))]) {
      expect({ phrase, found: text.includes(phrase) }).toEqual({ phrase, found: true });
    }
    expect(text.indexOf('指导单位')).toBeLessThan(text.indexOf('国家网信办'));
    expect(text.indexOf('主办单位')).toBeLessThan(text.lastIndexOf('中国网络社会组织联合会'));
  });

  it('prints English with ?lang=en and an A5 booklet with ?size=a5', async () => {
    const en = pdfText(binary(await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf?lang=en`)).expect(200)));
    for (const phrase of ['Integrity for a Creditworthy China', 'Under the Guidance of', 'Cyberspace Administration of China', 'Opening Ceremony', 'Platform Economy Integrity Forum']) {
      expect({ phrase, found: en.includes(phrase) }).toEqual({ phrase, found: true });
    }
    const a5 = binary(await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf?size=a5`)).expect(200));
    expect(pdfText(a5).replace(/\s+/g, '')).toContain('平台经济诚信建设分论坛');
    const bad = await t.http.get(`/api/editions/${edition.slug}/program.pdf?size=letter`).expect(400);
    expect(bad.body.errors).toHaveProperty('size');
  });

  it('embeds only font subsets, no Type 3 and nothing left out', async () => {
    const fonts = pdfFonts(binary(await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf`)).expect(200)));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true });
      expect(font.type).not.toContain('Type 3');
    }
  });

  it('renders once per release: the same bytes again, from memory and disk, with 304 on a match', async () => {
    const first = await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf`)).expect(200);
    const second = await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf`)).expect(200);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(Buffer.compare(binary(first), binary(second))).toBe(0);
    await t.http.get(`/api/editions/${edition.slug}/program.pdf`).set('If-None-Match', first.headers.etag).expect(304);
    const stored = readdirSync(join(cacheDir, 'programs'));
    expect(stored).toEqual(expect.arrayContaining([expect.stringContaining(`${edition.slug}-v1-zh-a4.pdf`)]));
  });

  it('prints the new release after publishing, marks a cancelled session, says which version it is', async () => {
    const sessions = await api.get(`/api/editions/${edition.id}/sessions`);
    const youth = sessions.find((s: { title: string }) => s.title === titles[3]);
    await api.patch(`/api/sessions/${youth.id}`, { status: 'cancelled' });
    const before = await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf`)).expect(200);
    await api.post(`/api/editions/${edition.id}/releases`, { note: 'v2' });
    const after = await asBuffer(t.http.get(`/api/editions/${edition.slug}/program.pdf`)).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const text = pdfText(binary(after)).replace(/\s+/g, '');
    expect(text).toContain('第2版');
    expect(text).toContain('已取消');
    expect(text).toContain('青少年网络保护分论坛');
    expect(existsSync(join(cacheDir, 'programs'))).toBe(true);
  });

  it('has no program for a draft or unpublished edition', async () => {
    const draft = await api.edition('civilization', 2026, '2026-06-01', '2026-06-01');
    await t.http.get(`/api/editions/${draft.slug}/program.pdf`).expect(404);
    await api.patch(`/api/editions/${draft.id}`, { status: 'published' });
    const res = await t.http.get(`/api/editions/${draft.slug}/program.pdf`).expect(404);
    expect(res.body.message).toContain('not published');
  });

  it('prints the seeded 2019 Integrity Conference with its five guides', async () => {
    const text = pdfText(binary(await asBuffer(t.http.get('/api/editions/integrity-2019/program.pdf')).expect(200))).replace(/\s+/g, '');
    for (const name of ['国家网信办', '国家发展改革委', '商务部', '市场监管总局', '陕西省人民政府', '陕西省网信办', '西安市人民政府', '2019年12月2日']) expect(text).toContain(name);
  });
});
