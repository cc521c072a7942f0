import { asBuffer, pdfText } from './support/pdf';
import { seedDocument } from './support/seed-documents';
import { startTestApp, TestApp } from './support/test-app';

/*
 * The federation's record as the public sees it: its forums inside others' events on the home
 * page and on those events' pages, and an edition whose dates are still to be announced (Hefei
 * 2025) in every format, which says so instead of showing a day.
 */
describe('the federation’s record on public pages and documents', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists on the home page the federation’s forums in events others run, apart from its own brands', async () => {
    const home = await t.http.get('/').expect(200);
    const html = home.text;
    expect(html).toContain('中网联在其他活动中的论坛');
    const [own, others] = html.split('中网联在其他活动中的论坛');
    // Its own brands first; the events of others below, each edition with the federation's part in it.
    expect(own).toContain('中国网络诚信大会');
    expect(own).not.toContain('世界互联网大会');
    for (const text of ['世界互联网大会', '2021年世界互联网大会乌镇峰会', '互联网+教育论坛', '协办', '内容分论坛', '主办', '“数字福建”分论坛', '承办', '2018国际数字经济博览会', '整个活动']) {
      expect({ text, shown: others.includes(text) }).toEqual({ text, shown: true });
    }
    // Dates no document gives are not invented.
    expect(others).toContain('日期待定');
    const en = await t.http.get('/?lang=en').expect(200);
    expect(en.text).toContain('The federation’s forums in events others run');
    expect(en.text).toContain('co-organized');
  });

  it('shows an event others run with the federation’s forums under each edition, linked to the session', async () => {
    const page = await t.http.get('/b/world-internet-conference').expect(200);
    expect(page.text).toContain('“网络公益与扶贫：消除饥饿与贫困”分论坛');
    expect(page.text).toContain('2021年9月26日');
    const link = /href="(\/e\/world-internet-conference-2021\/sessions\/\d+)"/.exec(page.text);
    expect(link).not.toBeNull();
    const session = await t.http.get(link![1]).expect(200);
    expect(session.text).toContain('互联网+教育论坛');
  });

  it('serves the Hefei edition, whose dates are to be announced, without inventing a day anywhere', async () => {
    const api = await t.http.get('/api/editions/civilization-2025').expect(200);
    expect(api.body).toMatchObject({ datesAnnounced: false, startDate: null, endDate: null, city: '合肥', province: '安徽省' });

    const page = await t.http.get('/e/civilization-2025').expect(200);
    expect(page.text).toContain('日期待定');
    expect(page.text).toContain('时间待定');
    expect(page.text).toContain('2025年全民数字素养与技能提升月启动');
    expect(page.text).not.toMatch(/2025年\d+月\d+日/);

    const pdf = await asBuffer(t.http.get('/api/editions/civilization-2025/program.pdf')).expect(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('日期待定');
    expect(text).toContain('时间待定');
    expect(text).toContain('2025年全民数字素养与技能提升月启动');

    const ics = await t.http.get('/api/editions/civilization-2025/calendar.ics').expect(200);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text).not.toContain('DTSTART');

    // The conference-app formats need days: they say so, in the reader's language.
    const xml = await t.http.get('/api/editions/civilization-2025/schedule.xml').set('Accept-Language', 'zh').expect(409);
    expect(xml.body.message).toContain('日期待定');
    const json = await t.http.get('/api/editions/civilization-2025/schedule.json').set('Accept-Language', 'en').expect(409);
    expect(json.body.message).toContain('still to be announced');

    // No day, nothing to attend yet: registration waits for the dates.
    const sessionId = Number(/\/e\/civilization-2025\/sessions\/(\d+)/.exec(page.text)![1]);
    const notice = (await t.http.get('/api/editions/civilization-2025/privacy-notice').expect(200)).body as { version: string };
    const refused = await t.http
      .post('/api/editions/civilization-2025/registrations')
      .set('Accept-Language', 'zh')
      .send({ name: '张三', email: 'zhang@example.com', sessionIds: [sessionId], privacyNoticeVersion: notice.version });
    expect({ status: refused.status, says: JSON.stringify(refused.body).includes('日期待定') }).toEqual({ status: 422, says: true });
  });

  it('lists a session the documents name without a time under 时间待定 in a dated edition’s program too', async () => {
    const page = await t.http.get('/e/new-ecommerce-2023').expect(200);
    expect(page.text).toContain('第三届中国新电商大会开幕式');
    expect(page.text).toContain('时间待定');
  });
});

describe('the province and city reference list', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('offers the 31 provinces of document 002 with their cities, every name as the document writes it', async () => {
    const all = (await t.http.get('/api/places/provinces').expect(200)).body as { province: string; cities: string[] }[];
    expect(all).toHaveLength(31);
    const doc = seedDocument('002_5dcfb87f36cab5fe.txt');
    for (const { province, cities } of all) {
      for (const name of [province, ...cities]) expect({ name, inDocument: doc.includes(name) }).toEqual({ name, inDocument: true });
    }
    // A municipality is its own city; placeholders such as 市辖区 are not offered.
    expect(all.find((p) => p.province === '北京市')?.cities).toEqual(['北京市']);
    expect(all.flatMap((p) => p.cities)).not.toContain('市辖区');
    const xian = (await t.http.get(`/api/places/provinces?q=${encodeURIComponent('西安')}`).expect(200)).body as { province: string }[];
    expect(xian.map((p) => p.province)).toEqual(['陕西省']);
    const tooLong = await t.http.get(`/api/places/provinces?q=${'长'.repeat(51)}`).expect(400);
    expect(tooLong.body.errors).toHaveProperty('q');
  });
});
