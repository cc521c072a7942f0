export const SEAT_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
/** A registration's place in one session. */
export type SeatStatus = (typeof SEAT_STATUSES)[number];
