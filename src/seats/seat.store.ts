import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Seats, their counters and waitlists: the only code that reads and writes them. Registrations
 * take and give back seats here; sessions set a session's capacity here and learn of seats that
 * changed hands through the events this module owns.
 */
@Injectable()
export class SeatStore {
  constructor(private readonly dataSource: DataSource) {}
}
