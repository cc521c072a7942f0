import { GuestTrip } from '../src/guest-travel/entities/guest-trip.entity';
import { GuestAccess } from '../src/guests/guest-access';
import { PersonalDataPurge } from '../src/jobs/personal-data-purge';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { OutboxSender } from '../src/notifications/outbox-sender';
import { PickupVehicle } from '../src/pickups/entities/pickup-vehicle.entity';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { FakeSmsProvider, startFakeSmsProvider } from './support/fake-sms-provider';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

const ALIYUN = { id: 'LTAI5tTravelKeyId', secret: 'aliyun-travel-secret-0123456789' };
const TEMPLATES = { guest: 'SMS_465900101', driver: 'SMS_465900102' };

interface Arrival {
  tripId: number;
  guestName: string;
  time: string;
  vehicleId: number | null;
  plate: string | null;
  meetingPoint: string | null;
}
interface Group {
  key: string;
  station: string;
  label: string;
  arrivals: Arrival[];
  runs: { vehicleId: number; plate: string; seats: number; taken: number; meetingPoint: string }[];
  unassigned: number;
}
interface Board {
  days: { day: string; groups: Group[] }[];
  arrivals: number;
  unassigned: number;
  vehicles: { id: number; plate: string; seats: number }[];
}

/** Guest travel (arrivals and departures) and pickups (vehicles, dispatch, SMS to guest and driver). */
describe('guest travel and pickups', () => {
  let t: TestApp;
  let fake: FakeSmsProvider;
  let api: ScheduleBuilder;
  let token: string;
  let editionId: number;
  const guests: Record<string, { id: number; code: string; name: string; phone: string | null }> = {};
  const vehicles: Record<string, { id: number; plate: string }> = {};
  const as = () => ({ Authorization: `Bearer ${token}` });
  const zh = { 'Accept-Language': 'zh-CN' };

  beforeAll(async () => {
    fake = await startFakeSmsProvider({ aliyun: ALIYUN });
    t = await startTestApp({
      seed: false,
      env: {
        ...ADMIN_ENV,
        SMS_PROVIDER: 'aliyun',
        SMS_ACCESS_KEY_ID: ALIYUN.id,
        SMS_ACCESS_KEY_SECRET: ALIYUN.secret,
        SMS_SIGN_NAME: '中网联',
        SMS_TEMPLATES: `pickup_guest=${TEMPLATES.guest},pickup_driver=${TEMPLATES.driver}`,
        SMS_ENDPOINT: fake.url,
        SMS_NUMBER_PER_HOUR: '100',
        SMS_NUMBER_PER_DAY: '100',
      },
    });
    token = await signIn(t, ADMIN.email, ADMIN.password);
    api = new ScheduleBuilder(t, token);
    await api.post('/api/brands', { slug: 'integrity', name: '中国网络诚信大会' });
    editionId = (await api.edition('integrity', 2036, '2036-12-01', '2036-12-02')).id;
    const people: [string, string, string | null][] = [
      ['a', '王伟', '13810000001'],
      ['b', '李娜', '13810000002'],
      ['c', '张敏', '13810000003'],
      ['d', '刘洋', '13810000004'],
      ['e', '陈静', '13810000005'],
      ['f', '杨帆', '13810000006'],
      ['g', '赵磊', null],
    ];
    for (const [key, name, phone] of people) {
      guests[key] = await api.post(`/api/editions/${editionId}/guests`, phone ? { name, phone } : { name, email: `${key}@example.cn` });
    }
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const putTrip = (guest: string, direction: string, body: object) => t.http.put(`/api/guests/${guests[guest].id}/travel/${direction}`).set(as()).set(zh).send(body);
  const board = async (): Promise<Board> => (await t.http.get(`/api/editions/${editionId}/dispatch`).set(as()).expect(200)).body as Board;
  const groupOf = (b: Board, day: string, station: string, label: string) => b.days.find((d) => d.day === day)!.groups.find((g) => g.station === station && g.label === label)!;
  const smsTo = (phone: string) => fake.accepted.filter((m) => m.phone === phone);
  async function deliverAll(): Promise<void> {
    const sender = t.app.get(OutboxSender);
    for (let i = 0; i < 10; i++) if ((await sender.deliverDue()).sent === 0) return;
  }

  it('refuses bad input with 4xx naming the field in Chinese, and a wrong personal link with 404', async () => {
    const noNumber = await putTrip('a', 'arrival', { mode: 'flight', at: '2036-12-01T14:05', station: '首都机场T3' }).expect(400);
    expect(noNumber.body.errors.number).toBe('乘坐航班或火车时须填写航班号或车次');
    expect(noNumber.body.message).toContain('「航班/车次」');
    const badNumber = await putTrip('a', 'arrival', { mode: 'flight', number: '飞机', at: '2036-12-01T14:05', station: '首都机场T3' }).expect(400);
    expect(badNumber.body.message).toContain('「航班/车次」');
    const mode = await putTrip('a', 'arrival', { mode: 'plane', number: 'CA1234', at: '2036-12-01T14:05', station: '首都机场T3' }).expect(400);
    expect(Object.keys(mode.body.errors)).toEqual(['mode']);
    expect(mode.body.message).toContain('「交通方式」');
    const at = await putTrip('a', 'arrival', { mode: 'flight', number: 'CA1234', at: '明天下午', station: '首都机场T3' }).expect(400);
    expect(at.body.message).toContain('「时间」');
    const station = await putTrip('a', 'arrival', { mode: 'flight', number: 'CA1234', at: '2036-12-01T14:05', station: '  ' }).expect(400);
    expect(station.body.message).toContain('「机场/车站」');
    const direction = await putTrip('a', 'sideways', { mode: 'flight', number: 'CA1234', at: '2036-12-01T14:05', station: 'T3' }).expect(400);
    expect(direction.body.message).toContain('「行程方向」');
    await t.http.get(`/api/guest-travel/${guests.a.code}?token=not-the-token`).expect(404);
    await t.http.put(`/api/guest-travel/${guests.a.code}/arrival`).send({ mode: 'flight', number: 'CA1234', at: '2036-12-01T14:05', station: 'T3' }).expect(404);

    const plateless = await t.http.post(`/api/editions/${editionId}/vehicles`).set(as()).set(zh).send({ plate: '', seats: 0, driverName: '李师傅', driverPhone: '13911112222' }).expect(400);
    expect(plateless.body.message).toContain('「车牌号」');
    expect(plateless.body.message).toContain('「座位数」');
    const phone = await t.http.post(`/api/editions/${editionId}/vehicles`).set(as()).set(zh).send({ plate: '京A·11111', seats: 2, driverName: '李师傅', driverPhone: '010-1234' }).expect(400);
    expect(phone.body.message).toContain('「司机手机号码」');
    expect(await t.dataSource.getRepository(GuestTrip).count()).toBe(0);
  });

  it('takes the guest’s own entry by the personal link and the desk’s, stores UTC and shows the edition’s zone', async () => {
    const own = await t.app.get(GuestAccess).tokenFor(guests.a);
    const mine = await t.http.put(`/api/guest-travel/${guests.a.code}/arrival?token=${own}`).send({ mode: 'flight', number: 'ca 1234', at: '2036-12-01T14:05', station: '首都机场T3' }).expect(200);
    expect(mine.body.arrival).toMatchObject({ mode: 'flight', number: 'CA1234', at: '2036-12-01T14:05:00+08:00', day: '2036-12-01', time: '14:05', station: '首都机场T3' });
    await t.http.put(`/api/guest-travel/${guests.a.code}/departure?token=${own}`).send({ mode: 'train', number: 'G88', at: '2036-12-01T10:00', station: '北京南站' }).expect(400);
    await t.http.put(`/api/guest-travel/${guests.a.code}/departure?token=${own}`).send({ mode: 'train', number: 'G88', at: '2036-12-02T18:00', station: '北京南站' }).expect(200);
    const stored = await t.dataSource.getRepository(GuestTrip).findOneByOrFail({ guestId: guests.a.id, direction: 'arrival' });
    expect(stored.at.toISOString()).toBe('2036-12-01T06:05:00.000Z');

    await putTrip('b', 'arrival', { mode: 'flight', number: 'MU5101', at: '2036-12-01T14:20', station: '首都机场T3' }).expect(200);
    await putTrip('c', 'arrival', { mode: 'flight', number: 'CZ3101', at: '2036-12-01T14:29', station: '首都机场T3' }).expect(200);
    await putTrip('d', 'arrival', { mode: 'flight', number: 'HU7601', at: '2036-12-01T14:30', station: '首都机场T3' }).expect(200);
    await putTrip('e', 'arrival', { mode: 'train', number: 'G87', at: '2036-12-01T14:10', station: '北京南站' }).expect(200);
    await putTrip('f', 'arrival', { mode: 'flight', number: 'CA1502', at: '2036-12-02T01:00:00Z', station: '首都机场T3' }).expect(200);
    await putTrip('g', 'arrival', { mode: 'car', number: 'X', at: '2036-12-02T09:40', station: '会议酒店' }).expect(200);

    const days = (await t.http.get(`/api/editions/${editionId}/arrivals`).set(as()).expect(200)).body as { day: string; windows: { station: string; label: string; arrivals: { guestName: string; time: string }[] }[] }[];
    expect(days.map((d) => [d.day, d.windows.map((w) => [w.label, w.station, w.arrivals.map((a) => `${a.guestName} ${a.time}`)])])).toEqual([
      [
        '2036-12-01',
        [
          ['14:00–14:30', '北京南站', ['陈静 14:10']],
          ['14:00–14:30', '首都机场T3', ['王伟 14:05', '李娜 14:20', '张敏 14:29']],
          ['14:30–15:00', '首都机场T3', ['刘洋 14:30']],
        ],
      ],
      [
        '2036-12-02',
        [
          ['09:00–09:30', '首都机场T3', ['杨帆 09:00']],
          ['09:30–10:00', '会议酒店', ['赵磊 09:40']],
        ],
      ],
    ]);
    const all = (await t.http.get(`/api/editions/${editionId}/guest-trips`).set(as()).expect(200)).body as { direction: string; number: string | null }[];
    expect(all).toHaveLength(8);
    expect(all.find((x) => x.direction === 'departure')!.number).toBe('G88');
  });

  it('dispatches: no vehicle over its seats, one station per window; the suggestion gives every arrival a vehicle', async () => {
    for (const [key, plate, seats, driverName, driverPhone] of [
      ['v1', '京A·11111', 2, '李师傅', '13911112222'],
      ['v2', '京B·22222', 4, '王师傅', '139 3333 4444'],
      ['v3', '京C·33333', 1, '周师傅', '13955556666'],
    ] as const) {
      vehicles[key] = await api.post(`/api/editions/${editionId}/vehicles`, { plate, seats, driverName, driverPhone });
    }
    await t.http.post(`/api/editions/${editionId}/vehicles`).set(as()).send({ plate: '京a·11111', seats: 3, driverName: '重复', driverPhone: '13900000000' }).expect(409);
    let b = await board();
    const t3 = groupOf(b, '2036-12-01', '首都机场T3', '14:00–14:30');
    const [a, bb, c] = t3.arrivals.map((x) => x.tripId);
    const full = await t.http.put(`/api/editions/${editionId}/dispatch`).set(as()).set(zh).send({ tripIds: [a, bb, c], vehicleId: vehicles.v1.id }).expect(409);
    expect(full.body.message).toContain('京A·11111 只有 2 个座位');
    const unknown = await t.http.put(`/api/editions/${editionId}/dispatch`).set(as()).set(zh).send({ tripIds: [a], vehicleId: 99999 }).expect(400);
    expect(unknown.body.message).toContain('「车辆」');
    const departure = (await t.dataSource.getRepository(GuestTrip).findOneByOrFail({ direction: 'departure' })).id;
    const notArrival = await t.http.put(`/api/editions/${editionId}/dispatch`).set(as()).set(zh).send({ tripIds: [departure], vehicleId: vehicles.v1.id }).expect(400);
    expect(notArrival.body.message).toContain('「抵达行程」');
    b = (await t.http.put(`/api/editions/${editionId}/dispatch`).set(as()).send({ tripIds: [a, bb], vehicleId: vehicles.v1.id }).expect(200)).body as Board;
    expect(b.unassigned).toBe(5);
    const south = groupOf(b, '2036-12-01', '北京南站', '14:00–14:30').arrivals[0].tripId;
    const busy = await t.http.put(`/api/editions/${editionId}/dispatch`).set(as()).set(zh).send({ tripIds: [south], vehicleId: vehicles.v1.id }).expect(409);
    expect(busy.body.message).toContain('已安排在首都机场T3接站');

    const auto = (await t.http.post(`/api/editions/${editionId}/dispatch/auto`).set(as()).expect(200)).body as Board & { assigned: number };
    expect(auto.assigned).toBe(5);
    expect(auto.unassigned).toBe(0);
    let placed = 0;
    for (const group of auto.days.flatMap((d) => d.groups)) {
      expect(group.unassigned).toBe(0);
      for (const run of group.runs) expect(run.taken).toBeLessThanOrEqual(run.seats);
      placed += group.runs.reduce((n, r) => n + r.taken, 0);
      for (const arrival of group.arrivals) expect(group.runs.map((r) => r.vehicleId)).toContain(arrival.vehicleId);
    }
    expect(placed).toBe(7);
    // Per vehicle and window, one station.
    const seen = new Map<string, string>();
    for (const day of auto.days) for (const g of day.groups) for (const r of g.runs) {
      const key = `${r.vehicleId}@${day.day} ${g.label}`;
      expect(seen.get(key) ?? g.station).toBe(g.station);
      seen.set(key, g.station);
    }
    const t3After = groupOf(auto, '2036-12-01', '首都机场T3', '14:00–14:30');
    // Stations in a window go by name (北京南站 first): the smallest free vehicle that fits, then the next.
    expect(t3After.arrivals.map((x) => x.plate)).toEqual(['京A·11111', '京A·11111', '京B·22222']);
    expect(groupOf(auto, '2036-12-01', '北京南站', '14:00–14:30').arrivals[0]).toMatchObject({ plate: '京C·33333', meetingPoint: '北京南站到达出口' });
    expect({ ...(await board()), assigned: auto.assigned }).toEqual(auto);
  });

  it('texts the guest (plate, driver’s phone, meeting point) and the driver (guests, times, meeting point), signed as the provider checks', async () => {
    await deliverAll();
    expect(fake.refused).toEqual([]);
    const [toWang] = smsTo('13810000001');
    expect(toWang).toMatchObject({ provider: 'aliyun', signName: '中网联', templateCode: TEMPLATES.guest, params: { name: '王伟', time: '12月1日 14:05', place: '首都机场T3到达出口', plate: '京A·11111', driver: '李师傅', phone: '13911112222' } });
    const [toDriver] = smsTo('13911112222');
    expect(toDriver).toMatchObject({ templateCode: TEMPLATES.driver, params: { driver: '李师傅', time: '12月1日 14:05', plate: '京A·11111', place: '首都机场T3到达出口', guests: '王伟（14:05 CA1234）、李娜（14:20 MU5101）', count: '2' } });
    // One SMS per run: 京C meets 北京南站 14:00, T3 14:30, T3 09:00 and the hotel 09:30.
    expect(smsTo('13955556666').map((m) => m.params.time)).toEqual(expect.arrayContaining(['12月1日 14:10', '12月1日 14:30', '12月2日 09:00', '12月2日 09:40']));
    expect(smsTo('13955556666')).toHaveLength(4);
    expect(smsTo('13933334444')).toHaveLength(1);
    // Every guest with a phone got exactly one SMS; the guest without one an e-mail.
    for (const phone of ['13810000001', '13810000002', '13810000003', '13810000004', '13810000005', '13810000006']) expect(smsTo(phone)).toHaveLength(1);
    const mail = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ template: 'pickup_guest', channel: 'email' });
    expect(mail.address).toBe('g@example.cn');
  });

  it('changing an assignment tells the guest and both drivers again; a changed arrival loses its pickup', async () => {
    vehicles.v4 = await api.post(`/api/editions/${editionId}/vehicles`, { plate: '京D·44444', seats: 3, driverName: '吴师傅', driverPhone: '13977778888' });
    const b = await board();
    const li = groupOf(b, '2036-12-01', '首都机场T3', '14:00–14:30').arrivals.find((x) => x.guestName === '李娜')!;
    const moved = (await t.http.put(`/api/editions/${editionId}/dispatch`).set(as()).send({ tripIds: [li.tripId], vehicleId: vehicles.v4.id, meetingPoint: 'T3到达层8号门' }).expect(200)).body as Board;
    const run = groupOf(moved, '2036-12-01', '首都机场T3', '14:00–14:30').runs.find((r) => r.vehicleId === vehicles.v4.id)!;
    expect(run).toMatchObject({ taken: 1, meetingPoint: 'T3到达层8号门' });
    await deliverAll();
    expect(fake.refused).toEqual([]);
    expect(smsTo('13810000002').at(-1)!.params).toMatchObject({ plate: '京D·44444', driver: '吴师傅', phone: '13977778888', place: 'T3到达层8号门' });
    expect(smsTo('13810000002')).toHaveLength(2);
    expect(smsTo('13977778888')[0].params).toMatchObject({ guests: '李娜（14:20 MU5101）', count: '1' });
    expect(smsTo('13911112222').at(-1)!.params).toMatchObject({ guests: '王伟（14:05 CA1234）', count: '1' });
    expect(smsTo('13810000001')).toHaveLength(1);

    // The driver's phone changes: their guests are told the new number.
    await t.http.put(`/api/editions/${editionId}/vehicles/${vehicles.v4.id}`).set(as()).send({ plate: '京D·44444', seats: 3, driverName: '吴师傅', driverPhone: '13977770000' }).expect(200);
    await t.http.put(`/api/editions/${editionId}/vehicles/${vehicles.v4.id}`).set(as()).set(zh).send({ plate: '京D·44444', seats: 0, driverName: '吴师傅', driverPhone: '13977770000' }).expect(400);
    await t.http.delete(`/api/editions/${editionId}/vehicles/${vehicles.v4.id}`).set(as()).expect(409);
    await deliverAll();
    expect(smsTo('13810000002').at(-1)!.params.phone).toBe('13977770000');

    // 王伟's flight is later: another window, so no pickup until the desk gives one.
    await putTrip('a', 'arrival', { mode: 'flight', number: 'CA1234', at: '2036-12-01T16:05', station: '首都机场T3' }).expect(200);
    const after = await board();
    expect(after.unassigned).toBe(1);
    expect(groupOf(after, '2036-12-01', '首都机场T3', '16:00–16:30').arrivals[0]).toMatchObject({ guestName: '王伟', vehicleId: null });
  });

  it('guests’ travel and pickups follow the guests’ purge: trips gone, drivers anonymised', async () => {
    const report = await t.app.get(PersonalDataPurge).run('2040-01-01');
    expect(report.editions).toHaveLength(1);
    expect(await t.dataSource.getRepository(GuestTrip).countBy({ editionId })).toBe(0);
    const fleet = await t.dataSource.getRepository(PickupVehicle).findBy({ editionId });
    expect(fleet.map((v) => [v.driverName, v.driverPhone])).toEqual(fleet.map(() => ['已匿名', null]));
    expect((await board()).arrivals).toBe(0);
  });
});
