import { Workbook } from 'exceljs';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asMail } from './support/outbox-mail';
import { asBuffer, pdfFonts, pdfText } from './support/pdf';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

const RANKS = ['一级', '二级', '三级', '四级', '五级'];
/** Thirty guests: ranks in blocks of six (一级 first), genders mixed, four who have not accepted. */
const GUESTS = Array.from({ length: 30 }, (_, i) => ({
  name: `嘉宾${String(i + 1).padStart(2, '0')}`,
  rank: RANKS[Math.min(4, Math.floor(i / 6))],
  gender: [0, 2, 3, 7, 8, 11, 13, 14, 17, 20, 22, 25, 27].includes(i) ? 'female' : 'male',
  reply: i === 4 ? 'declined' : i === 9 || i === 19 ? 'pending' : i === 28 ? 'declined' : 'attending',
}));

interface Occupant {
  guestId: number;
  name: string;
  gender: string | null;
  rank: string | null;
  bed: number;
}
interface Block {
  id: number;
  hotelId: number;
  roomType: string;
  roomCount: number;
  capacity: number;
  mixedGenderAllowed: boolean;
  aloneUpToRank: string | null;
  rooms: Array<{ roomNumber: number; occupants: Occupant[] }>;
}
interface Allocation {
  blocks: Block[];
  unassigned: Array<{ guestId: number; name: string; rank: string | null }>;
  notified: number;
}

describe('hotel rooms: blocks, allocation by rank and gender, moves, rooming lists', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let token: string;
  let editionId: number;
  let hotel1: number;
  let hotel2: number;
  const blocks: Record<string, number> = {};
  const ids = new Map<string, number>();
  const auth = () => ({ Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' });
  const outbox = () => t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } });
  const rankOf = (name: string | null) => (name ? RANKS.indexOf(name) : 99);

  /** Every rule the allocation promises, checked on what the API answers. */
  function checkRules(allocation: Allocation): void {
    for (const block of allocation.blocks) {
      for (const room of block.rooms) {
        expect(room.roomNumber).toBeGreaterThanOrEqual(1);
        expect(room.roomNumber).toBeLessThanOrEqual(block.roomCount);
        expect(room.occupants.length).toBeLessThanOrEqual(block.capacity);
        expect(new Set(room.occupants.map((o) => o.bed)).size).toBe(room.occupants.length);
        if (!block.mixedGenderAllowed && room.occupants.length > 1) expect(new Set(room.occupants.map((o) => o.gender)).size).toBe(1);
        if (block.aloneUpToRank && room.occupants.some((o) => rankOf(o.rank) <= rankOf(block.aloneUpToRank))) expect(room.occupants).toHaveLength(1);
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02')).id;
    await t.http.put(`/api/editions/${editionId}/guest-ranks`).set(auth()).send({ ranks: RANKS }).expect(200);
    // Added in reverse, so nothing leans on the order of creation.
    for (const [i, g] of [...GUESTS.entries()].reverse()) {
      const guest = await api.post(`/api/editions/${editionId}/guests`, { name: g.name, rank: g.rank, gender: g.gender, phone: `1370013${String(i).padStart(4, '0')}`, email: `guest${i}@huiwu.test`, organization: '中国网络社会组织联合会', title: `${g.rank}职务` });
      ids.set(g.name, guest.id as number);
      if (g.reply !== 'pending') await t.dataSource.query('UPDATE guest SET reply = ? WHERE id = ?', [g.reply, guest.id]);
    }
    hotel1 = (await api.post(`/api/editions/${editionId}/hotels`, { name: '西安曲江国际饭店', address: '西安市雁塔区曲江池东路' })).id;
    hotel2 = (await api.post(`/api/editions/${editionId}/hotels`, { name: '西安宾馆' })).id;
    const block = async (hotel: number, body: object) => (await api.post(`/api/editions/${editionId}/hotels/${hotel}/room-blocks`, { firstNight: '2036-11-30', nights: 2, ...body })).id as number;
    blocks.suite = await block(hotel1, { roomType: '行政套房', roomCount: 3, beds: 1, priceBand: '1200元/晚', priority: 1 });
    blocks.twin = await block(hotel1, { roomType: '双床房', roomCount: 10, beds: 2, sharingAllowed: true, priceBand: '600–800元/晚', priority: 2, aloneUpToRank: '二级' });
    blocks.family = await block(hotel2, { roomType: '家庭房', roomCount: 3, beds: 3, sharingAllowed: true, mixedGenderAllowed: true, priority: 3 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('allocates 26 accepted guests of mixed genders and ranks: no room over capacity, no mixed share unless allowed, highest ranks first', async () => {
    const res = await t.http.post(`/api/editions/${editionId}/room-allocation`).set(auth()).send({}).expect(200);
    const allocation = res.body as Allocation;
    checkRules(allocation);
    const placed = allocation.blocks.flatMap((b) => b.rooms.flatMap((r) => r.occupants));
    const accepted = GUESTS.filter((g) => g.reply === 'attending').map((g) => g.name);
    expect(placed.length + allocation.unassigned.length).toBe(accepted.length);
    expect(new Set(placed.map((o) => o.name)).size).toBe(placed.length);
    // Nobody who declined or has not replied has a room.
    expect(placed.every((o) => accepted.includes(o.name))).toBe(true);
    // The suites (priority 1) go to the three highest-ranked accepted guests.
    const suite = allocation.blocks.find((b) => b.id === blocks.suite)!;
    expect(suite.rooms.flatMap((r) => r.occupants.map((o) => o.name)).sort()).toEqual(['嘉宾01', '嘉宾02', '嘉宾03']);
    // 二级 guests sleep alone in the twins (the block's rank rule); the other twins are shared by two of one gender.
    const twin = allocation.blocks.find((b) => b.id === blocks.twin)!;
    expect(twin.rooms.filter((r) => r.occupants.length === 1).map((r) => r.occupants[0].rank)).toEqual(expect.arrayContaining(['一级', '二级']));
    expect(twin.rooms.some((r) => r.occupants.length === 2)).toBe(true);
    // The mixed block is really used for mixed sharing (so the rule above is not vacuous).
    const family = allocation.blocks.find((b) => b.id === blocks.family)!;
    expect(family.rooms.some((r) => new Set(r.occupants.map((o) => o.gender)).size === 2)).toBe(true);
    // Rank order: nobody left without a room outranks anybody who got one.
    const lowestPlaced = Math.max(...placed.map((o) => rankOf(o.rank)));
    expect(allocation.unassigned.length).toBeGreaterThan(0);
    expect(Math.min(...allocation.unassigned.map((u) => rankOf(u.rank)))).toBeGreaterThanOrEqual(lowestPlaced);
    // Everyone placed is told by e-mail and SMS.
    expect(allocation.notified).toBe(placed.length);
    const rows = (await outbox()).filter((m) => m.template === 'guest_room');
    expect(rows.filter((m) => m.channel === 'email')).toHaveLength(placed.length);
    expect(rows.filter((m) => m.channel === 'sms')).toHaveLength(placed.length);
    const mail = rows.map(asMail).find((m) => m.channel === 'email' && m.toAddress.includes('guest0@'))!;
    expect(mail.subject).toContain('住宿安排');
    expect(mail.body).toContain('西安曲江国际饭店');
    expect(mail.body).toContain('入住：2036-11-30，退房：2036-12-02');

    // Running it again changes nothing and tells nobody.
    const again = (await t.http.post(`/api/editions/${editionId}/room-allocation`).set(auth()).send({}).expect(200)).body as Allocation;
    expect(again.notified).toBe(0);
    expect((await outbox()).filter((m) => m.template === 'guest_room')).toHaveLength(rows.length);
  });

  it('moves a guest by hand under the same rules, naming the field and reason in Chinese, and tells those whose room changed', async () => {
    const view = (await api.get(`/api/editions/${editionId}/room-allocation`)) as Allocation;
    const twin = view.blocks.find((b) => b.id === blocks.twin)!;
    const pair = twin.rooms.find((r) => r.occupants.length === 2)!;
    const move = (guest: number, body: object) => t.http.put(`/api/editions/${editionId}/room-assignments/${guest}`).set(auth()).send(body);

    const full = await move(view.unassigned[0].guestId, { blockId: blocks.twin, roomNumber: pair.roomNumber }).expect(400);
    expect(full.body.errors.roomNumber).toBe('该房间已满（每间最多住 2 人）');
    expect(full.body.message).toContain('「房间号」');
    const otherGender = GUESTS.find((g) => g.reply === 'attending' && g.gender !== pair.occupants[0].gender && !pair.occupants.some((o) => o.name === g.name) && g.rank !== '一级' && g.rank !== '二级')!;
    const alone = twin.rooms.find((r) => r.occupants[0].rank === '二级')!;
    const byRank = await move(ids.get(otherGender.name)!, { blockId: blocks.twin, roomNumber: alone.roomNumber }).expect(400);
    expect(byRank.body.errors.roomNumber).toBe('该房间的嘉宾按级别单独入住');
    const declined = await move(ids.get('嘉宾05')!, { blockId: blocks.twin }).expect(400);
    expect(declined.body.errors.guestId).toBe('未确认出席或无需住宿');
    expect(declined.body.message).toContain('嘉宾05');
    await move(ids.get('嘉宾10')!, { blockId: 999999 }).expect(400);
    const noRoom = await move(ids.get('嘉宾07')!, { blockId: blocks.twin, roomNumber: 11 }).expect(400);
    expect(noRoom.body.errors.roomNumber).toBe('房间号应在 1 到 10 之间');
    const bad = await move(ids.get('嘉宾07')!, { blockId: 'x' }).expect(400);
    expect(bad.body.message).toContain('房型');

    // A free room: a spare block; the moved guest and the room-mate left behind are both told.
    blocks.spare = (await api.post(`/api/editions/${editionId}/hotels/${hotel1}/room-blocks`, { roomType: '备用双床房', roomCount: 2, beds: 2, sharingAllowed: true, firstNight: '2036-11-30', nights: 2, priority: 9 })).id;
    const leaving = pair.occupants[0];
    const before = (await outbox()).length;
    const moved = await move(leaving.guestId, { blockId: blocks.spare, roomNumber: 1 }).expect(200);
    expect(moved.body).toMatchObject({ blockId: blocks.spare, roomNumber: 1, bed: 1, roomType: '备用双床房', sharingWith: [] });
    const told = (await outbox()).slice(before).filter((m) => m.template === 'guest_room');
    expect(new Set(told.map((m) => m.dedupeKey.split(':')[2])).size).toBe(2);
    expect(told.map(asMail).find((m) => m.channel === 'email' && m.dedupeKey.includes(`:${pair.occupants[1].guestId}:`))).toBeDefined();
    // The room-mate left behind is alone now: a guest of the other gender may still not join them.
    const mixed = await move(ids.get(otherGender.name)!, { blockId: blocks.twin, roomNumber: pair.roomNumber }).expect(400);
    expect(mixed.body.errors.roomNumber).toBe('该房间已住异性嘉宾，本房型不允许男女拼房');
    await move(leaving.guestId, { blockId: blocks.twin, roomNumber: pair.roomNumber }).expect(200);
  });

  it('never puts more people in a room than it sleeps when moves run at once', async () => {
    const view = (await api.get(`/api/editions/${editionId}/room-allocation`)) as Allocation;
    const men = view.blocks
      .filter((b) => b.id !== blocks.suite)
      .flatMap((b) => b.rooms.flatMap((r) => r.occupants))
      .filter((o) => o.gender === 'male' && !['一级', '二级'].includes(o.rank!))
      .slice(0, 6);
    expect(men).toHaveLength(6);
    const results = await Promise.all(men.map((m) => t.http.put(`/api/editions/${editionId}/room-assignments/${m.guestId}`).set(auth()).send({ blockId: blocks.spare, roomNumber: 2 })));
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.filter((r) => r.status !== 200).every((r) => r.status === 400 || r.status === 409)).toBe(true);
    const after = (await api.get(`/api/editions/${editionId}/room-allocation`)) as Allocation;
    checkRules(after);
    expect(after.blocks.find((b) => b.id === blocks.spare)!.rooms.find((r) => r.roomNumber === 2)!.occupants).toHaveLength(2);
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM room_assignment WHERE block_id = ? AND room_number = 2', [blocks.spare]);
    expect(Number(n)).toBe(2);
  });

  it('refuses a block change that would strand a placed guest, and a hotel or block still in use', async () => {
    const shrink = await t.http.patch(`/api/editions/${editionId}/room-blocks/${blocks.twin}`).set(auth()).send({ roomCount: 1 }).expect(409);
    expect(shrink.body.errors.roomCount).toBe('小于已安排的房间或床位');
    await t.http.patch(`/api/editions/${editionId}/room-blocks/${blocks.family}`).set(auth()).send({ mixedGenderAllowed: false }).expect(409);
    await t.http.delete(`/api/editions/${editionId}/hotels/${hotel2}`).set(auth()).expect(409);
    const bad = await t.http.post(`/api/editions/${editionId}/hotels/${hotel1}/room-blocks`).set(auth()).send({ roomType: '', roomCount: 0, beds: 9, firstNight: '2036-02-30', nights: 1 }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['beds', 'roomCount', 'roomType']);
    expect(bad.body.message).toContain('房间数');
    const date = await t.http.post(`/api/editions/${editionId}/hotels/${hotel1}/room-blocks`).set(auth()).send({ roomType: '大床房', roomCount: 1, beds: 1, firstNight: '2036-02-30', nights: 1 }).expect(400);
    expect(date.body.errors.firstNight).toBe('不是有效日期');
    await t.http.post(`/api/editions/${editionId}/hotels/${hotel1}/room-blocks`).set(auth()).send({ roomType: '大床房', roomCount: 1, beds: 1, firstNight: '2036-11-30', nights: 1, aloneUpToRank: '部长级' }).expect(400);
    await t.http.post(`/api/editions/${editionId}/hotels`).set(auth()).send({ name: '西安宾馆' }).expect(409);
    await t.http.get(`/api/editions/${editionId}/room-allocation`).expect(401);
  });

  it('writes the rooming list per hotel: xlsx with Chinese headers and a frozen header row, read back with exceljs', async () => {
    const view = (await api.get(`/api/editions/${editionId}/room-allocation`)) as Allocation;
    const inHotel1 = view.blocks.filter((b) => b.hotelId === hotel1).flatMap((b) => b.rooms.flatMap((r) => r.occupants.map((o) => o.name)));
    const res = await asBuffer(t.http.get(`/api/editions/${editionId}/hotels/${hotel1}/rooming-list.xlsx`).set(auth())).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('分房名单');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['房型', '房间', '床位', '姓名', '性别']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(4).value));
    });
    expect(names.sort()).toEqual([...inHotel1].sort());
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('行政套房');
    expect(first.getCell(10).value).toBe('2036-11-30');
    expect(first.getCell(11).value).toBe('2036-12-02');
    expect(String(first.getCell(9).value)).toMatch(/^\+861370013\d{4}$/);
  });

  it('prints the rooming list as a PDF whose text lists every guest of the hotel, fonts embedded', async () => {
    const view = (await api.get(`/api/editions/${editionId}/room-allocation`)) as Allocation;
    const inHotel2 = view.blocks.filter((b) => b.hotelId === hotel2).flatMap((b) => b.rooms.flatMap((r) => r.occupants.map((o) => o.name)));
    expect(inHotel2.length).toBeGreaterThan(0);
    const res = await asBuffer(t.http.get(`/api/editions/${editionId}/hotels/${hotel2}/rooming-list.pdf`).set(auth())).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.body as Buffer);
    expect(text).toContain('西安宾馆 分房名单');
    expect(text).toContain('家庭房');
    for (const name of inHotel2) expect(text).toContain(name);
    expect(pdfFonts(res.body as Buffer).every((f) => f.embedded)).toBe(true);
    const one = pdfText((await asBuffer(t.http.get(`/api/editions/${editionId}/hotels/${hotel1}/rooming-list.pdf`).set(auth())).expect(200)).body as Buffer);
    expect(one).toContain('嘉宾01');
    expect(one).not.toContain(inHotel2[0]);
  });

  it('takes a room back when the guest declines, telling them', async () => {
    const guest = ids.get('嘉宾07')!;
    await t.dataSource.query("UPDATE guest SET reply = 'declined' WHERE id = ?", [guest]);
    const before = (await outbox()).length;
    const allocation = (await t.http.post(`/api/editions/${editionId}/room-allocation`).set(auth()).send({}).expect(200)).body as Allocation;
    checkRules(allocation);
    expect(allocation.blocks.flatMap((b) => b.rooms.flatMap((r) => r.occupants)).some((o) => o.guestId === guest)).toBe(false);
    const cancel = (await outbox()).slice(before).map(asMail).find((m) => m.channel === 'email' && m.dedupeKey.includes(`:${guest}:`))!;
    expect(cancel.body).toContain('住宿安排已取消');
  });
});
