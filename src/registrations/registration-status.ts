export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;
/** pending: awaits an organizer's approval (editions that require it). */
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const SEAT_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
/** A registration's place in one session. */
export type SeatStatus = (typeof SEAT_STATUSES)[number];
