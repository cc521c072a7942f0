import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asBuffer, pdfFonts, pdfText } from './support/pdf';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/** Nine ranks, highest first, and one guest at each (甲 holds the highest). */
const RANKS = ['一级', '二级', '三级', '四级', '五级', '六级', '七级', '八级', '九级'];
const NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬'];

interface Seat {
  seat: number;
  precedence: number;
  pinned: boolean;
  guest: { id: number; name: string } | null;
}
interface Plan {
  rows: Array<{ row: number; seats: Seat[] }>;
  unseated: Array<{ name: string }>;
}
const names = (plan: Plan, row = 0) => plan.rows[row].seats.map((s) => s.guest?.name.slice(0, 1) ?? '·').join('');

describe('protocol seating (主席台 and front rows)', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let token: string;
  let editionId: number;
  let forum: number;
  const ids = new Map<string, number>();
  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02')).id;
    forum = (await api.session(editionId, { title: '平台经济诚信建设分论坛', startsAt: '2036-12-01T14:00', endsAt: '2036-12-01T16:00' })).session.id;
    await t.http.put(`/api/editions/${editionId}/guest-ranks`).set(auth()).send({ ranks: RANKS }).expect(200);
    // Added out of rank order, so the seating cannot lean on the order of creation.
    for (const i of [4, 0, 7, 2, 8, 1, 5, 3, 6]) {
      const guest = await api.post(`/api/editions/${editionId}/guests`, { name: `${NAMES[i]}嘉宾`, title: `${RANKS[i]}职务`, organization: '中国网络社会组织联合会', rank: RANKS[i], phone: `1380013800${i}`, sessionIds: [forum] });
      ids.set(NAMES[i], guest.id as number);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seats nine guests of distinct ranks in the documented order: Chinese 9 7 5 3 1 2 4 6 8 from the audience’s left', async () => {
    const plan = (await api.get(`/api/sessions/${forum}/seating`)) as Plan;
    expect(names(plan)).toBe('壬庚戊丙甲乙丁己辛');
    expect(plan.rows[0].seats.map((s) => s.precedence)).toEqual([9, 7, 5, 3, 1, 2, 4, 6, 8]);
  });

  it('the international convention mirrors it; an even row puts 1st and 2nd in the centre; several rows fill from the front', async () => {
    const put = (body: object) => t.http.put(`/api/sessions/${forum}/seating`).set(auth()).send(body).expect(200);
    expect(names((await put({ convention: 'international', rows: [9] })).body as Plan)).toBe('辛己丁乙甲丙戊庚壬');
    const even = (await put({ convention: 'chinese', rows: [8, 3] })).body as Plan;
    expect(names(even)).toBe('辛己丁乙甲丙戊庚');
    expect(names(even, 1)).toBe('·壬·');
    await put({ convention: 'chinese', rows: [9] });
  });

  it('a swap trades two seats and nobody else moves; clearing swaps seats by rank again', async () => {
    const swapped = (await api.post(`/api/sessions/${forum}/seating/swaps`, { a: ids.get('甲'), b: ids.get('丁') }, 200)) as Plan;
    expect(names(swapped)).toBe('壬庚戊丙丁乙甲己辛');
    expect(swapped.rows[0].seats.filter((s) => s.pinned).map((s) => s.guest!.name)).toEqual(['丁嘉宾', '甲嘉宾']);
    // A guest who declines leaves; the swapped pair keeps its seats and the rest close up by rank.
    await t.dataSource.query("UPDATE guest SET reply = 'declined' WHERE id = ?", [ids.get('乙')]);
    expect(names((await api.get(`/api/sessions/${forum}/seating`)) as Plan)).toBe('·辛己戊丁丙甲庚壬');
    await t.dataSource.query("UPDATE guest SET reply = 'pending' WHERE id = ?", [ids.get('乙')]);
    expect(names((await t.http.delete(`/api/sessions/${forum}/seating/swaps`).set(auth()).expect(200)).body as Plan)).toBe('壬庚戊丙甲乙丁己辛');
  });

  it('the chart PDF lists the guests seat by seat, fonts embedded; name cards come in seat order', async () => {
    await api.post(`/api/sessions/${forum}/seating/swaps`, { a: ids.get('甲'), b: ids.get('丁') }, 200);
    const chart = await asBuffer(t.http.get(`/api/sessions/${forum}/seating.pdf`).set(auth())).expect(200);
    expect(chart.headers['content-type']).toBe('application/pdf');
    expect(chart.headers['cache-control']).toBe('no-store');
    const text = pdfText(chart.body as Buffer);
    const listed = text.split('\n').filter((line) => /^第\d排第\d+座/.test(line.trim()));
    expect(listed.map((line) => /（(\d+)号位）\s+(\S)/.exec(line)!.slice(1).join(''))).toEqual(['9壬', '7庚', '5戊', '3丙', '1丁', '2乙', '4甲', '6己', '8辛']);
    expect(text).toContain('2036 测试大会');
    expect(pdfFonts(chart.body as Buffer).every((font) => font.embedded)).toBe(true);

    const cards = await asBuffer(t.http.get(`/api/sessions/${forum}/seating/name-cards.pdf`).set(auth())).expect(200);
    const pages = pdfText(cards.body as Buffer).split('\f').filter((page) => page.trim());
    expect(pages.map((page) => /([甲乙丙丁戊己庚辛壬])嘉宾/.exec(page)![1]).join('')).toBe('壬庚戊丙丁乙甲己辛');
  });

  it('refuses bad settings with a 400 naming the field in Chinese, a stranger or an unseated guest, and anyone not signed in', async () => {
    const zh = { ...auth(), 'Accept-Language': 'zh-CN' };
    const bad = await t.http.put(`/api/sessions/${forum}/seating`).set(zh).send({ convention: 'left', rows: [0] }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['convention', 'rows']);
    expect(bad.body.message).toContain('座次惯例');
    const stranger = await t.http.put(`/api/sessions/${forum}/seating`).set(zh).send({ convention: 'chinese', rows: [9], guestIds: [999999] }).expect(400);
    expect(stranger.body.errors.guestIds).toBe('含有不属于本届大会的嘉宾');
    const same = await t.http.post(`/api/sessions/${forum}/seating/swaps`).set(zh).send({ a: ids.get('甲'), b: ids.get('甲') }).expect(400);
    expect(same.body.message).toBe('请选择两位不同的嘉宾');
    await t.http.put(`/api/sessions/${forum}/seating`).set(auth()).send({ convention: 'chinese', rows: [3] }).expect(200);
    const unseated = await t.http.post(`/api/sessions/${forum}/seating/swaps`).set(zh).send({ a: ids.get('甲'), b: ids.get('壬') }).expect(400);
    expect(unseated.body.errors.b).toBe('不在座次中');
    await t.http.get(`/api/sessions/${forum}/seating`).expect(401);
    await t.http.get(`/api/sessions/999999/seating`).set(auth()).expect(404);
  });
});
