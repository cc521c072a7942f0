import { precedenceOrder, SeatingConvention } from './protocol-order';

/** A seat: its row (1 = the front one, the rostrum's) and its number from the audience's left. */
export interface SeatRef {
  row: number;
  seat: number;
}

/** Someone to seat: `rank` is their place in the edition's ordered rank list (0 = highest). */
export interface Seated {
  id: number;
  rank: number;
}

export interface SeatingRequest<P extends Seated> {
  /** Everyone to seat, in any order: they are ordered by rank, ties keeping the order given. */
  people: P[];
  /** Seats per row, the front row first. */
  rows: number[];
  convention: SeatingConvention;
  /**
   * Seats the organizer fixed by hand (a swap is two of them): those people sit there, and the
   * rest keep their rank order over the seats left, in precedence order.
   */
  pins?: Array<{ id: number; at: SeatRef }>;
}

export interface PlacedSeat<P> extends SeatRef {
  /** 1 for the most honoured seat of the whole plan, then 2, 3… across the rows. */
  precedence: number;
  person: P | null;
  pinned: boolean;
}

export interface SeatingPlan<P> {
  convention: SeatingConvention;
  /** Each row's seats from the audience's left. */
  rows: PlacedSeat<P>[][];
  /** People beyond the seats there are, in rank order. */
  unseated: P[];
}

/**
 * Seats people by protocol: row after row from the front, each row's seats in precedence order
 * (precedenceOrder), filled by rank. Pins whose seat does not exist or is taken twice, or whose
 * person is not among those seated, are ignored (the caller validates them for the organizer).
 */
export function arrangeSeating<P extends Seated>(request: SeatingRequest<P>): SeatingPlan<P> {
  const byRank = request.people
    .map((person, order) => ({ person, order }))
    .sort((a, b) => a.person.rank - b.person.rank || a.order - b.order)
    .map(({ person }) => person);
  const rows: PlacedSeat<P>[][] = request.rows.map((count, r) => Array.from({ length: count }, (_, s) => ({ row: r + 1, seat: s + 1, precedence: 0, person: null, pinned: false })));
  const inPrecedence: PlacedSeat<P>[] = [];
  request.rows.forEach((count, r) => {
    for (const seat of precedenceOrder(count, request.convention)) inPrecedence.push(rows[r][seat - 1]);
  });
  inPrecedence.forEach((seat, i) => (seat.precedence = i + 1));

  const people = new Map(byRank.map((person) => [person.id, person]));
  const pinnedIds = new Set<number>();
  for (const pin of request.pins ?? []) {
    const seat = rows[pin.at.row - 1]?.[pin.at.seat - 1];
    const person = people.get(pin.id);
    if (!seat || !person || seat.person || pinnedIds.has(pin.id)) continue;
    seat.person = person;
    seat.pinned = true;
    pinnedIds.add(pin.id);
  }
  const waiting = byRank.filter((person) => !pinnedIds.has(person.id));
  for (const seat of inPrecedence) {
    if (seat.person) continue;
    const next = waiting.shift();
    if (!next) break;
    seat.person = next;
  }
  return { convention: request.convention, rows, unseated: waiting };
}

/**
 * The pins after swapping two people's seats: those two are pinned to each other's seat (an
 * earlier pin of either is replaced), every other pin stays, and everyone unpinned keeps the
 * rank order over the seats left — so right after the swap nobody else has moved, and a guest
 * added later takes their place by rank around the swapped pair.
 */
export function swapPins<P extends Seated>(plan: SeatingPlan<P>, pins: Array<{ id: number; at: SeatRef }>, a: number, b: number): Array<{ id: number; at: SeatRef }> {
  const where = (id: number) => plan.rows.flat().find((seat) => seat.person?.id === id);
  const [seatA, seatB] = [where(a), where(b)];
  if (!seatA || !seatB || a === b) throw new RangeError('two different seated people are needed for a swap');
  return [
    ...pins.filter((pin) => pin.id !== a && pin.id !== b),
    { id: a, at: { row: seatB.row, seat: seatB.seat } },
    { id: b, at: { row: seatA.row, seat: seatA.seat } },
  ];
}
