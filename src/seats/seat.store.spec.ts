import type { DataSource } from 'typeorm';
import { AttendeeFixtures } from '../../test/support/attendee-fixtures';
import { migratedSqlite } from '../../test/support/migrated-sqlite';
import type { Tx } from '../database/transactions';
import type { SessionSeat } from './entities/session-seat.entity';
import { SeatEvents } from './seat-events';
import { SeatStore } from './seat.store';

/** Seat allocation on a real, migrated SQLite file: the counters' conditional UPDATEs and the ranking query. */
describe('SeatStore', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  let fixtures: AttendeeFixtures;
  let seats: SeatStore;
  let announced: SessionSeat[];
  let editionId: number;

  beforeAll(async () => {
    db = await migratedSqlite();
    fixtures = new AttendeeFixtures(db.dataSource);
    const events = new SeatEvents();
    events.onPromoted(async (_tx, seat) => {
      announced.push({ ...seat });
    });
    seats = new SeatStore(db.dataSource, events);
    editionId = (await fixtures.edition({ startDate: '2026-12-01', endDate: '2026-12-02' })).id;
  });
  afterAll(() => db?.close());
  beforeEach(() => {
    announced = [];
  });

  const tx = <T>(work: (tx: Tx) => Promise<T>) => db.dataSource.transaction(work);

  /** A session of `capacity` seats, with its pool, and `count` registrations that each take or queue for a place, in order. */
  async function sessionWith(capacity: number | null, count: number): Promise<{ sessionId: number; placed: SessionSeat[] }> {
    const sessionId = (await fixtures.session(editionId, { capacity })).id;
    for (let i = 0; i < count; i++) {
      const registrationId = (await fixtures.registration(editionId)).id;
      await tx(async (t) => seats.place(t, [{ registrationId, sessionId, ...(await seats.take(t, sessionId)), promotedAt: null }]));
    }
    const placed = await db.dataSource.manager.getRepository('SessionSeat').find({ where: { sessionId }, order: { id: 'ASC' } });
    return { sessionId, placed: placed as SessionSeat[] };
  }

  const taken = async (sessionId: number) => (await seats.counts([sessionId]))[0].taken;
  const statuses = (list: SessionSeat[]) => list.map((s) => [s.status, s.queueNumber]);

  it('takes seats until the session is full, then hands out waitlist tickets in order', async () => {
    const { sessionId, placed } = await sessionWith(2, 4);
    expect(statuses(placed)).toEqual([['confirmed', null], ['confirmed', null], ['waitlisted', 1], ['waitlisted', 2]]);
    expect(await taken(sessionId)).toBe(2);
  });

  it('never limits a session without capacity', async () => {
    const { sessionId, placed } = await sessionWith(null, 3);
    expect(placed.every((s) => s.status === 'confirmed')).toBe(true);
    expect(await taken(sessionId)).toBe(3);
  });

  it('gives a seat back to the head of the waitlist, in ticket order, and announces it', async () => {
    const { sessionId, placed } = await sessionWith(2, 5);
    await tx((t) => seats.leave(t, placed[0]));
    expect(announced.map((s) => s.id)).toEqual([placed[2].id]);
    await tx((t) => seats.leave(t, placed[1]));
    expect(announced.map((s) => s.id)).toEqual([placed[2].id, placed[3].id]);
    const now = await seats.seatsIn([sessionId]);
    expect(statuses(now)).toEqual([['cancelled', null], ['cancelled', null], ['confirmed', 1], ['confirmed', 2], ['waitlisted', 3]]);
    expect(now[2].promotedAt).toBeInstanceOf(Date);
    expect(await taken(sessionId)).toBe(2);
  });

  it('frees no seat when a waitlist ticket is given up', async () => {
    const { sessionId, placed } = await sessionWith(1, 3);
    await tx((t) => seats.leave(t, placed[1]));
    expect(announced).toEqual([]);
    expect(await taken(sessionId)).toBe(1);
    expect((await seats.positions([placed[2].id])).get(placed[2].id)).toBe(1);
  });

  it('refuses a capacity below the seats taken, and fills the seats a larger one adds', async () => {
    const { sessionId, placed } = await sessionWith(3, 5);
    const resize = (capacity: number | null) => tx(async (t) => (await seats.resize(t, sessionId, capacity)) && (await seats.promote(t, sessionId)));
    expect(await resize(2)).toBe(false);
    expect((await seats.counts([sessionId]))[0]).toMatchObject({ capacity: 3, taken: 3 });
    expect(await resize(3)).toEqual([]);
    expect(await resize(4)).toEqual([expect.objectContaining({ id: placed[3].id, status: 'confirmed' })]);
    expect(announced.map((s) => s.id)).toEqual([placed[3].id]);
    expect(await resize(null)).toEqual([expect.objectContaining({ id: placed[4].id })]);
    expect(announced.map((s) => s.id)).toEqual([placed[3].id, placed[4].id]);
    expect((await seats.counts([sessionId]))[0]).toMatchObject({ capacity: null, taken: 5 });
  });

  it('ranks the waiting without gaps when tickets are given up', async () => {
    const { placed } = await sessionWith(1, 6);
    await tx((t) => seats.leave(t, placed[2]));
    await tx((t) => seats.leave(t, placed[4]));
    const waiting = [placed[1], placed[3], placed[5]];
    const positions = await seats.positions(waiting.map((s) => s.id));
    expect(waiting.map((s) => positions.get(s.id))).toEqual([1, 2, 3]);
    expect(await seats.positionsOf(placed[5].registrationId)).toEqual(new Map([[placed[5].sessionId, 3]]));
  });

  it('promotes out of turn only into a free seat', async () => {
    const { sessionId, placed } = await sessionWith(1, 2);
    expect(await tx((t) => seats.promoteOutOfTurn(t, placed[1]))).toBeNull();
    expect(statuses(await seats.seatsIn([sessionId]))).toEqual([['confirmed', null], ['waitlisted', 1]]);
    expect(await taken(sessionId)).toBe(1);
  });
});
