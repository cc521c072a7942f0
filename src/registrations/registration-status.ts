export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;
/** pending: awaits an organizer's approval (editions that require it). */
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export { SEAT_STATUSES, type SeatStatus } from '../seats/seat-status';
