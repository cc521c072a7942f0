import { execFileSync } from 'node:child_process';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { GUEST_HEADERS, guestRow, guestWorkbook, RANKS, XLSX } from './support/guest-lists';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

type Problem = { row: number; column: string; field: string; message: string };

describe('importing a guest list from a spreadsheet', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let token: string;
  let editionId: number;
  const forumTitle = '网络诚信建设高峰论坛';

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02')).id;
    await api.session(editionId, { title: forumTitle, startsAt: '2036-12-01T09:00', endsAt: '2036-12-01T12:00' });
    await t.http.put(`/api/editions/${editionId}/guest-ranks`).set({ Authorization: `Bearer ${token}` }).send({ ranks: RANKS }).expect(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = (bytes: Buffer, type = XLSX, fileName = 'guests.xlsx') =>
    t.http.post(`/api/editions/${editionId}/guest-imports?fileName=${encodeURIComponent(fileName)}`).set({ Authorization: `Bearer ${token}`, 'Content-Type': type, 'Accept-Language': 'zh-CN' }).send(bytes);
  const confirm = (id: number) => t.http.post(`/api/editions/${editionId}/guest-imports/${id}/confirm`).set({ Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' });
  const guestCount = async () => (await api.get(`/api/editions/${editionId}/guests`)).length as number;

  // Sheet rows: 1 is the title, 2 the header, so guest i is on row i + 3.
  const sheetRow = (i: number) => i + 3;
  const bad: Record<number, { column: string; spoil: (row: (string | number)[]) => void; says: string }> = {
    12: { column: '手机号码', spoil: (r) => (r[4] = '1381234'), says: '不是有效的手机号码' },
    30: { column: '姓名', spoil: (r) => (r[0] = ''), says: '姓名为必填项' },
    55: { column: '级别', spoil: (r) => (r[3] = '科级'), says: '不在本届的级别列表中' },
    87: { column: '邮箱', spoil: (r) => (r[5] = 'guest87@'), says: '不是有效的邮箱' },
    118: { column: '性别', spoil: (r) => (r[6] = '未知'), says: '不是有效的性别' },
    147: { column: '手机号码', spoil: (r) => (r[4] = '13800000010'), says: `与第 ${sheetRow(10)} 行重复` },
    185: { column: '邀请场次', spoil: (r) => (r[8] = '不存在的论坛'), says: '不属于本届大会' },
  };
  const rows = () => Array.from({ length: 200 }, (_, i) => guestRow(i, forumTitle));

  it('reports exactly the seven bad rows of a 200-row file, by row and column in Chinese, and imports nothing', async () => {
    const spoiled = rows();
    for (const [i, b] of Object.entries(bad)) b.spoil(spoiled[Number(i)]);
    const res = await upload(await guestWorkbook(spoiled)).expect(201);
    expect(res.body).toMatchObject({ rowCount: 200, errorCount: 7, toCreate: 193 });
    const problems = res.body.problems as Problem[];
    expect(problems.map((p) => [p.row, p.column])).toEqual(Object.entries(bad).map(([i, b]) => [sheetRow(Number(i)), b.column]));
    const says = new Map(Object.entries(bad).map(([i, b]) => [sheetRow(Number(i)), b.says]));
    for (const p of problems) expect(p.message).toContain(says.get(p.row));
    expect(await guestCount()).toBe(0);
    const refused = await confirm(res.body.id).expect(409);
    expect(refused.body.message).toBe('文件中有 7 行有误，请修改后重新上传');
    expect(await guestCount()).toBe(0);
  });

  it('imports the corrected file (the bad rows left out): 193 guests; the same file again changes nothing', async () => {
    const fixed = rows().filter((_, i) => !(i in bad));
    const bytes = await guestWorkbook(fixed);
    const preview = await upload(bytes).expect(201);
    expect(preview.body).toMatchObject({ rowCount: 193, errorCount: 0, toCreate: 193, toUpdate: 0, unchanged: 0, problems: [] });
    expect(await guestCount()).toBe(0);
    expect((await confirm(preview.body.id).expect(200)).body).toEqual({ created: 193, updated: 0, unchanged: 0 });
    const twice = await confirm(preview.body.id).expect(409);
    // When it was confirmed, in words on the edition's clock: never an ISO instant.
    expect(twice.body.message).toMatch(/^该导入已于 \d{4}年\d{1,2}月\d{1,2}日 周. \d{2}:\d{2} 确认/);
    const guests = await api.get(`/api/editions/${editionId}/guests`);
    expect(guests).toHaveLength(193);
    const g8 = guests.find((g: { name: string }) => g.name === '嘉宾008');
    expect(g8).toMatchObject({ phone: '+8613800000008', email: 'guest8@example.cn', gender: 'male', rank: { name: '部级' }, category: 'guest' });
    expect(guests.find((g: { name: string }) => g.name === '嘉宾010')).toMatchObject({ category: 'media', sessionIds: [expect.any(Number)] });
    const before = JSON.stringify(guests);

    const again = await upload(bytes).expect(201);
    expect(again.body).toMatchObject({ errorCount: 0, toCreate: 0, toUpdate: 0, unchanged: 193 });
    expect((await confirm(again.body.id).expect(200)).body).toEqual({ created: 0, updated: 0, unchanged: 193 });
    expect(JSON.stringify(await api.get(`/api/editions/${editionId}/guests`))).toBe(before);
  });

  it('reads a CSV saved by WPS in GB18030, matches a guest by e-mail and changes only what the row says', async () => {
    const csv = [GUEST_HEADERS.join(','), '嘉宾008,新单位,"主任,兼秘书长",部级,,guest8@example.cn,男,嘉宾,', '新嘉宾,某单位,处长,处级,139 0000 0001,,女,工作人员,'].join('\r\n');
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: csv });
    expect(gbk.includes(Buffer.from('姓名'))).toBe(false);
    const preview = await upload(gbk, 'text/csv', 'guests.csv').expect(201);
    expect(preview.body).toMatchObject({ rowCount: 2, errorCount: 0, toCreate: 1, toUpdate: 1 });
    expect((await confirm(preview.body.id).expect(200)).body).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const guests = await api.get(`/api/editions/${editionId}/guests`);
    expect(guests).toHaveLength(194);
    // The blank phone cell left the guest's phone as it was.
    expect(guests.find((g: { name: string }) => g.name === '嘉宾008')).toMatchObject({ organization: '新单位', title: '主任,兼秘书长', phone: '+8613800000008' });
    expect(guests.find((g: { name: string }) => g.name === '新嘉宾')).toMatchObject({ phone: '+8613900000001', category: 'staff', gender: 'female' });
  });

  it('refuses a file without a header, or not a spreadsheet, with a 400 in Chinese', async () => {
    const none = await upload(Buffer.from('a,b,c\n1,2,3\n'), 'text/csv').expect(400);
    expect(none.body.message).toContain('没有找到表头');
    const form = await t.http.post(`/api/editions/${editionId}/guest-imports`).set({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' }).send({ a: 1 }).expect(400);
    expect(form.body.message).toContain('.xlsx 或 CSV');
  });
});
