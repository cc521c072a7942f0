import { arrangeSeating, precedenceOrder, swapPins } from '.';

/** Nine guests of distinct ranks, given out of order: 甲 is the highest (rank 0), 壬 the lowest. */
const NINE = ['丙', '甲', '庚', '乙', '壬', '丁', '戊', '己', '辛'].map((name) => ({ id: '甲乙丙丁戊己庚辛壬'.indexOf(name) + 1, rank: '甲乙丙丁戊己庚辛壬'.indexOf(name), name }));
const namesOf = (row: Array<{ person: { name: string } | null }>) => row.map((seat) => seat.person?.name ?? '·').join('');

describe('precedence order (seats numbered from the audience’s left)', () => {
  it('Chinese, odd: 1st in the centre, 2nd on his left as seen from the rostrum (the audience’s right), 3rd on his right, alternating', () => {
    // Seen from the audience: 9 7 5 3 1 2 4 6 8.
    expect(precedenceOrder(9, 'chinese')).toEqual([5, 6, 4, 7, 3, 8, 2, 9, 1]);
    expect(precedenceOrder(3, 'chinese')).toEqual([2, 3, 1]);
    expect(precedenceOrder(1, 'chinese')).toEqual([1]);
  });

  it('Chinese, even: 1st and 2nd in the two centre seats, the 1st on the rostrum’s left', () => {
    // Seen from the audience: 8 6 4 2 1 3 5 7 — the 1st on the audience's right of centre.
    expect(precedenceOrder(8, 'chinese')).toEqual([5, 4, 6, 3, 7, 2, 8, 1]);
    expect(precedenceOrder(2, 'chinese')).toEqual([2, 1]);
    expect(precedenceOrder(4, 'chinese')).toEqual([3, 2, 4, 1]);
  });

  it('international is the mirror image', () => {
    expect(precedenceOrder(9, 'international')).toEqual([5, 4, 6, 3, 7, 2, 8, 1, 9]);
    expect(precedenceOrder(8, 'international')).toEqual([4, 5, 3, 6, 2, 7, 1, 8]);
    for (const n of [1, 2, 5, 6, 11]) {
      expect(precedenceOrder(n, 'international')).toEqual(precedenceOrder(n, 'chinese').map((seat) => n + 1 - seat));
    }
  });

  it('every seat once, the 1st always at the centre or just beside it', () => {
    for (let n = 1; n <= 40; n++) {
      for (const convention of ['chinese', 'international'] as const) {
        const order = precedenceOrder(n, convention);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        expect(Math.abs(order[0] - (n + 1) / 2)).toBeLessThanOrEqual(0.5);
      }
    }
    expect(() => precedenceOrder(0, 'chinese')).toThrow(RangeError);
  });
});

describe('arrangeSeating', () => {
  it('nine guests of distinct ranks on a rostrum of nine, Chinese: 壬庚戊丙甲乙丁己辛 from the audience’s left', () => {
    const plan = arrangeSeating({ people: NINE, rows: [9], convention: 'chinese' });
    expect(namesOf(plan.rows[0])).toBe('壬庚戊丙甲乙丁己辛');
    expect(plan.rows[0].map((seat) => seat.precedence)).toEqual([9, 7, 5, 3, 1, 2, 4, 6, 8]);
    expect(plan.unseated).toEqual([]);
  });

  it('the same nine, international: 辛己丁乙甲丙戊庚壬', () => {
    expect(namesOf(arrangeSeating({ people: NINE, rows: [9], convention: 'international' }).rows[0])).toBe('辛己丁乙甲丙戊庚壬');
  });

  it('eight (even): Chinese 辛己丁乙甲丙戊庚 — 甲 and 乙 in the centre, 甲 on the rostrum’s left (the audience’s right) — and international mirrored', () => {
    const eight = NINE.filter((p) => p.name !== '壬');
    expect(namesOf(arrangeSeating({ people: eight, rows: [8], convention: 'chinese' }).rows[0])).toBe('辛己丁乙甲丙戊庚');
    expect(namesOf(arrangeSeating({ people: eight, rows: [8], convention: 'international' }).rows[0])).toBe('庚戊丙甲乙丁己辛');
  });

  it('several rows: the front row first, then the next, each by precedence; beyond the seats, unseated in rank order', () => {
    const plan = arrangeSeating({ people: NINE, rows: [5, 3], convention: 'chinese' });
    expect(namesOf(plan.rows[0])).toBe('戊丙甲乙丁');
    expect(namesOf(plan.rows[1])).toBe('辛己庚');
    expect(plan.unseated.map((p) => p.name)).toEqual(['壬']);
    expect(plan.rows[1].map((seat) => seat.precedence)).toEqual([8, 6, 7]);
  });

  it('a row with fewer people than seats keeps the 1st in the centre, empty seats at the ends', () => {
    const plan = arrangeSeating({ people: NINE.slice(0, 3), rows: [7], convention: 'chinese' });
    expect(namesOf(plan.rows[0])).toBe('··庚甲丙··');
  });

  it('ties in rank keep the order given', () => {
    const tied = [{ id: 1, rank: 2, name: '张' }, { id: 2, rank: 2, name: '李' }, { id: 3, rank: 0, name: '王' }];
    expect(namesOf(arrangeSeating({ people: tied, rows: [3], convention: 'chinese' }).rows[0])).toBe('李王张');
  });

  it('a swap trades two seats and nobody else moves; a guest added later takes their place by rank around the pair', () => {
    const plan = arrangeSeating({ people: NINE, rows: [9], convention: 'chinese' });
    const 甲 = 1;
    const 丁 = 4;
    const pins = swapPins(plan, [], 甲, 丁);
    const swapped = arrangeSeating({ people: NINE, rows: [9], convention: 'chinese', pins });
    expect(namesOf(swapped.rows[0])).toBe('壬庚戊丙丁乙甲己辛');
    expect(swapped.rows[0].filter((s) => s.pinned).map((s) => s.person!.name)).toEqual(['丁', '甲']);
    // 癸 (rank 1.5, between 乙 and 丙) joins: the pinned pair stays, the rest shift by rank.
    const joined = arrangeSeating({ people: [...NINE, { id: 10, rank: 1.5, name: '癸' }], rows: [9], convention: 'chinese', pins });
    expect(namesOf(joined.rows[0])).toBe('辛己丙癸丁乙甲戊庚');
    expect(joined.unseated.map((p) => p.name)).toEqual(['壬']);
    // Swapping back replaces the earlier pins of the pair.
    const back = swapPins(swapped, pins, 甲, 丁);
    expect(namesOf(arrangeSeating({ people: NINE, rows: [9], convention: 'chinese', pins: back }).rows[0])).toBe('壬庚戊丙甲乙丁己辛');
    expect(() => swapPins(plan, [], 甲, 甲)).toThrow(RangeError);
  });
});
