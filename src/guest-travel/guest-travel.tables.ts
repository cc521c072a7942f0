import { GuestTrip } from './entities/guest-trip.entity';

/** The tables the guest-travel module owns: only its stores read and write them. */
export const GUEST_TRAVEL_TABLES = [GuestTrip];
