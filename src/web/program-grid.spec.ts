import { programGrid } from './program-grid';

const room = (id: number) => ({ id, name: `会场${id}`, nameEn: null });
const at = (hm: string) => `2026-12-01T${hm}:00+08:00`;
const session = (title: string, from: string, to: string, roomId: number | null) => ({
  title,
  startsAt: at(from),
  endsAt: at(to),
  room: roomId === null ? null : room(roomId),
});

describe('programGrid', () => {
  it('gives each session one cell spanning the rows it lasts, leaving spanned cells out of later rows', () => {
    const grid = programGrid([session('开幕式', '09:00', '11:00', 1), session('分论坛A', '09:00', '10:00', 2), session('分论坛B', '10:00', '11:00', 2)]);
    expect(grid.rooms.map((r) => r.id)).toEqual([1, 2]);
    expect(grid.rows.map((r) => [r.startsAt.slice(11, 16), r.cells.map((c) => [c.sessions.map((s) => s.title).join(), c.rowspan])])).toEqual([
      ['09:00', [['开幕式', 2], ['分论坛A', 1]]],
      ['10:00', [['分论坛B', 1]]],
    ]);
  });

  it('puts sessions without a room in a last column and fills gaps with empty cells', () => {
    const grid = programGrid([session('边会', '14:00', '15:00', null), session('分论坛', '09:00', '10:00', 3)]);
    expect(grid.rooms.map((r) => r.id)).toEqual([3, null]);
    expect(grid.rows.map((r) => r.cells.map((c) => c.sessions.length))).toEqual([[1, 0], [0, 0], [0, 1]]);
  });

  it('stacks sessions that overlap in one room in one cell instead of breaking the table', () => {
    const grid = programGrid([session('原定', '09:00', '11:00', 1), session('替换', '10:00', '11:00', 1)]);
    const cells = grid.rows.flatMap((r) => r.cells).filter((c) => c.sessions.length > 0);
    expect(cells).toHaveLength(1);
    expect(cells[0].sessions.map((s) => s.title)).toEqual(['原定', '替换']);
    for (const row of grid.rows) expect(row.cells.reduce((n) => n + 1, 0)).toBeLessThanOrEqual(1);
  });

  it('leaves out sessions without times', () => {
    expect(programGrid([{ title: 'x', startsAt: null, endsAt: null, room: null }]).rows).toEqual([]);
  });
});
