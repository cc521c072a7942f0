import { AttendeeListGrant } from './entities/attendee-list-grant.entity';

/** The tables the partners module owns: only its stores read and write them. */
export const PARTNERS_TABLES = [AttendeeListGrant];
