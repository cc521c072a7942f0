export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled', 'unconfirmed'] as const;
/**
 * pending: awaits an organizer's approval (editions that require it). unconfirmed: holds its seats
 * until the attendee follows the link mailed to them (editions that confirm by e-mail), or until
 * the confirmation window ends and a timed job cancels it.
 */
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export { SEAT_STATUSES, type SeatStatus } from '../seats/seat-status';
