import { daysBetween, scheduleBoard } from './board-layout';

const session = (id: number, startsAt: string | null, endsAt: string | null, roomId: number | null) => ({ id, startsAt, endsAt, room: roomId === null ? null : { id: roomId } });
const rooms = [
  { id: 1, name: '主会场', nameEn: null },
  { id: 2, name: '第二会议室', nameEn: null },
];

describe('scheduleBoard', () => {
  it('lays each day out in quarter hours from 08:00 to 18:00, a session spanning the quarters it lasts', () => {
    const board = scheduleBoard([session(7, '2036-05-10T09:30:00+08:00', '2036-05-10T10:45:00+08:00', 2)], rooms, ['2036-05-10', '2036-05-11']);
    expect(board.days.map((d) => d.date)).toEqual(['2036-05-10', '2036-05-11']);
    const [day] = board.days;
    expect(day.rows).toHaveLength(40);
    expect(day.rows[0]).toMatchObject({ at: '2036-05-10T08:00', clock: '08:00', labelled: true });
    expect(day.rows[1].labelled).toBe(false);
    const row = day.rows.find((r) => r.at === '2036-05-10T09:30')!;
    expect(row.cells.map((c) => [c.roomId, c.rowspan, c.sessions.map((s) => s.id)])).toEqual([[1, 1, []], [2, 5, [7]]]);
    // The rows it spans have the first room's empty cell only.
    expect(day.rows.find((r) => r.at === '2036-05-10T10:30')!.cells.map((c) => c.roomId)).toEqual([1]);
    expect(day.rows.find((r) => r.at === '2036-05-10T10:45')!.cells).toHaveLength(2);
    expect(board.days[1].rows.every((r) => r.cells.every((c) => c.sessions.length === 0))).toBe(true);
  });

  it('widens a day to its earliest and latest session, and keeps sessions off the edition’s days on their own day', () => {
    const board = scheduleBoard(
      [session(1, '2036-05-10T07:15:00+08:00', '2036-05-10T08:00:00+08:00', 1), session(2, '2036-05-10T19:00:00+08:00', '2036-05-10T20:30:00+08:00', 1), session(3, '2036-05-12T09:00:00+08:00', '2036-05-12T10:00:00+08:00', 1)],
      rooms,
      ['2036-05-10'],
    );
    expect(board.days.map((d) => d.date)).toEqual(['2036-05-10', '2036-05-12']);
    expect(board.days[0].rows[0].at).toBe('2036-05-10T07:00');
    expect(board.days[0].rows.at(-1)!.at).toBe('2036-05-10T20:45');
  });

  it('puts untimed sessions aside, roomless timed ones in a last column, and overlapping ones of a room in one cell', () => {
    const board = scheduleBoard(
      [
        session(1, '2036-05-10T09:00:00+08:00', '2036-05-10T10:00:00+08:00', 1),
        session(2, '2036-05-10T09:30:00+08:00', '2036-05-10T11:00:00+08:00', 1),
        session(3, '2036-05-10T09:00:00+08:00', '2036-05-10T09:10:00+08:00', null),
        session(4, null, null, 2),
      ],
      rooms,
      ['2036-05-10'],
    );
    expect(board.unscheduled.map((s) => s.id)).toEqual([4]);
    expect(board.rooms.map((r) => r.id)).toEqual([1, 2, null]);
    const nine = board.days[0].rows.find((r) => r.at === '2036-05-10T09:00')!;
    expect(nine.cells.map((c) => [c.roomId, c.rowspan, c.sessions.map((s) => s.id)])).toEqual([[1, 8, [1, 2]], [2, 1, []], [null, 1, [3]]]);
  });

  it('counts calendar days across a month end', () => {
    expect(daysBetween('2036-01-30', '2036-02-02')).toEqual(['2036-01-30', '2036-01-31', '2036-02-01', '2036-02-02']);
  });
});
