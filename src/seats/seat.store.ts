import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';

/**
 * Seats, their counters and waitlists: the only code that reads and writes them. Registrations
 * take and give back seats here; sessions set a session's capacity here and learn of seats that
 * changed hands through the events this module owns.
 */
@Injectable()
export class SeatStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for web
  /** Seats left now in each of these sessions; null when a session has no limit. */
  async seatsLeft(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<Map<number, number | null>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await tx
      .createQueryBuilder()
      .select(['s.id AS id', 's.capacity AS capacity', 's.taken AS taken'])
      .from('session', 's')
      .where('s.id IN (:...sessionIds)', { sessionIds })
      .getRawMany<{ id: number | string; capacity: number | string | null; taken: number | string }>();
    return new Map(rows.map((r) => [Number(r.id), r.capacity === null ? null : Math.max(0, Number(r.capacity) - Number(r.taken))]));
  }
}
