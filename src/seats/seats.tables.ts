import { SeatPool } from './entities/seat-pool.entity';
import { SessionSeat } from './entities/session-seat.entity';

/** The tables the seats module owns: only its stores read and write them. */
export const SEATS_TABLES = [SeatPool, SessionSeat];
