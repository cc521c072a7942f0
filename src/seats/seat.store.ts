import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { SessionSeat } from '../registrations/entities/session-seat.entity';

/**
 * Seats, their counters and waitlists: the only code that reads and writes them. Registrations
 * take and give back seats here; sessions set a session's capacity here and learn of seats that
 * changed hands through the events this module owns.
 */
@Injectable()
export class SeatStore {
  constructor(private readonly dataSource: DataSource) {}

  // — for notifications

  /**
   * The confirmed seats, in sessions that take place, of an edition's registrations still coming
   * (confirmed or pending, not anonymised), with their registration, session and room; by
   * registration, then in the order the sessions take place.
   */
  confirmedSeatsOfAttendeesComing(editionId: number): Promise<SessionSeat[]> {
    return this.dataSource
      .getRepository<SessionSeat>('SessionSeat')
      .createQueryBuilder('seat')
      .innerJoinAndSelect('seat.registration', 'registration')
      .innerJoinAndSelect('seat.session', 'session')
      .leftJoinAndSelect('session.room', 'room')
      .where('registration.editionId = :editionId', { editionId })
      .andWhere('registration.status IN (:...statuses)', { statuses: ['confirmed', 'pending'] })
      .andWhere('registration.anonymizedAt IS NULL')
      .andWhere('seat.status = :seatStatus', { seatStatus: 'confirmed' })
      .andWhere('session.status = :sessionStatus', { sessionStatus: 'scheduled' })
      .orderBy('registration.id', 'ASC')
      .addOrderBy('session.startsAt', 'ASC')
      .addOrderBy('session.id', 'ASC')
      .getMany();
  }

  /**
   * The places (confirmed seats and waitlist tickets) in these sessions of registrations still
   * coming (confirmed or pending), each with its registration.
   */
  placesOfAttendeesComing(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<SessionSeat[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return tx
      .getRepository<SessionSeat>('SessionSeat')
      .createQueryBuilder('seat')
      .innerJoinAndSelect('seat.registration', 'registration', 'registration.status IN (:...statuses)', { statuses: ['pending', 'confirmed'] })
      .where('seat.sessionId IN (:...sessionIds)', { sessionIds })
      .andWhere('seat.status IN (:...seatStatuses)', { seatStatuses: ['confirmed', 'waitlisted'] })
      .orderBy('seat.id', 'ASC')
      .getMany();
  }

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
