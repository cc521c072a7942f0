/**
 * The two conventions of precedence on a rostrum (主席台) and in the front rows.
 * - `chinese` (左为上, the official one): the 1st sits in the centre; the 2nd on the 1st's left
 *   as seen from the rostrum (facing the audience), the 3rd on the right, alternating outwards.
 *   With an even count the 1st and 2nd take the two centre seats, the 1st on the left.
 * - `international` (右为上): the same, mirrored.
 */
export const SEATING_CONVENTIONS = ['chinese', 'international'] as const;
export type SeatingConvention = (typeof SEATING_CONVENTIONS)[number];

/**
 * The seats of a row of `seats`, most honoured first. Seats are numbered 1…n from the left as
 * seen from the audience (the way a seating chart is drawn, rostrum at the top): the rostrum's
 * left is the audience's right.
 */
export function precedenceOrder(seats: number, convention: SeatingConvention): number[] {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`a row has a whole number of seats, at least 1 (got ${seats})`);
  // Worked out from the rostrum: index 0 is the seat on the far left of those seated there.
  const fromRostrum: number[] = [];
  if (seats % 2 === 1) {
    const centre = (seats - 1) / 2;
    fromRostrum.push(centre);
    for (let step = 1; fromRostrum.length < seats; step++) fromRostrum.push(centre - step, centre + step);
  } else {
    const left = seats / 2 - 1;
    for (let step = 0; fromRostrum.length < seats; step++) fromRostrum.push(left - step, left + 1 + step);
  }
  // Seen from the audience the row is reversed; international precedence is the mirror image.
  return fromRostrum.map((index) => (convention === 'chinese' ? seats - index : index + 1));
}
