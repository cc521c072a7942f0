import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { insertRows } from '../database/plain-insert';
import type { Registration } from '../registrations/registration.store';
import type { SessionWithRoom } from '../sessions/session.store';
import { SeatPool } from './entities/seat-pool.entity';
import { SessionSeat } from './entities/session-seat.entity';
import { SeatEvents } from './seat-events';
import type { SeatStatus } from './seat-status';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { SessionSeat } from './entities/session-seat.entity';


export type SeatOutcome = { status: 'confirmed'; queueNumber: null } | { status: 'waitlisted'; queueNumber: number };
export type NewSeat = Pick<SessionSeat, 'registrationId' | 'sessionId' | 'status' | 'queueNumber' | 'promotedAt'>;
export type PoolCounts = Pick<SeatPool, 'sessionId' | 'capacity' | 'taken'>;

/**
 * Seats, their counters and waitlists: the only code that reads and writes session_seat and
 * seat_pool. Seats are kept by conditional UPDATEs on the session's pool row, never
 * read-then-write: `taken = taken + 1 WHERE taken < capacity` either takes a seat or reports
 * none left, under any concurrency and across server processes. The pool row is updated first
 * in every path, so on InnoDB its row lock orders the transactions that touch one session
 * (inserting the seat first, whose foreign-key lock came before the UPDATE, deadlocked under load).
 * Every waitlist ticket turned into a seat is announced through SeatEvents.
 */
@Injectable()
export class SeatStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: SeatEvents,
  ) {}

  /** The counters of a new session: no seat taken, no ticket handed out. */
  async open(tx: Tx, sessionId: number, capacity: number | null): Promise<void> {
    await insertRows(tx, SeatPool, [{ sessionId, capacity, taken: 0, waitlistSeq: 0 }]);
  }

  /**
   * A new limit, refused (false) below the seats already taken, checked by the database rather
   * than on a count read earlier. The seats it adds are the waitlist's: see `promote`.
   */
  async resize(tx: Tx, sessionId: number, capacity: number | null): Promise<boolean> {
    const qb = tx.createQueryBuilder().update(SeatPool).set({ capacity });
    const resized = await (capacity === null
      ? qb.where('session_id = :sessionId', { sessionId })
      : qb.where('session_id = :sessionId AND taken <= :capacity', { sessionId, capacity })
    ).execute();
    return resized.affected === 1;
  }

  /**
   * A higher limit (a bigger room), never refused: where more seats were taken than the old
   * limit (before rooms bounded their sessions), they stay taken and nobody else gets one until
   * enough are given back. Follow with `promote`.
   */
  async raise(tx: Tx, sessionId: number, capacity: number | null): Promise<void> {
    await tx.createQueryBuilder().update(SeatPool).set({ capacity }).where('session_id = :sessionId', { sessionId }).execute();
  }

  /** A confirmed seat if one is free, otherwise the next waitlist ticket. */
  async take(tx: Tx, sessionId: number): Promise<SeatOutcome> {
    if (await this.takeSeat(tx, sessionId)) return { status: 'confirmed', queueNumber: null };
    await tx.createQueryBuilder().update(SeatPool).set({ waitlistSeq: () => 'waitlist_seq + 1' }).where('session_id = :sessionId', { sessionId }).execute();
    const { waitlistSeq } = await tx.findOneOrFail(SeatPool, { where: { sessionId }, select: { sessionId: true, waitlistSeq: true } });
    return { status: 'waitlisted', queueNumber: waitlistSeq };
  }

  /** The places a new registration took, in one statement. */
  async place(tx: Tx, seats: NewSeat[]): Promise<void> {
    if (seats.length) await insertRows(tx, SessionSeat, seats);
  }

  /** A seat or a ticket in one more session; a place given up there before is taken up again. */
  async join(tx: Tx, registrationId: number, sessionId: number, given: SessionSeat | undefined): Promise<void> {
    const outcome = await this.take(tx, sessionId);
    if (given) {
      await tx.update(SessionSeat, { id: given.id }, { status: outcome.status, queueNumber: outcome.queueNumber, promotedAt: null });
    } else {
      await tx.insert(SessionSeat, { registrationId, sessionId, status: outcome.status, queueNumber: outcome.queueNumber, promotedAt: null });
    }
  }

  /** Gives a place up; a confirmed seat goes back, to the head of the waitlist at once. */
  async leave(tx: Tx, seat: SessionSeat): Promise<void> {
    const left = await tx
      .createQueryBuilder()
      .update(SessionSeat)
      .set({ status: 'cancelled' })
      .where('id = :id AND status = :status', { id: seat.id, status: seat.status })
      .execute();
    if (left.affected !== 1 || seat.status !== 'confirmed') return;
    await tx.createQueryBuilder().update(SeatPool).set({ taken: () => 'taken - 1' }).where('session_id = :sessionId AND taken > 0', { sessionId: seat.sessionId }).execute();
    await this.promote(tx, seat.sessionId);
  }

  /** Fills free seats from the head of the waitlist, in ticket order; announces and returns the promoted seats. */
  async promote(tx: Tx, sessionId: number): Promise<SessionSeat[]> {
    const promoted: SessionSeat[] = [];
    for (;;) {
      const next = await tx.findOne(SessionSeat, { where: { sessionId, status: 'waitlisted' }, order: { queueNumber: 'ASC' } });
      if (!next) break;
      if (!(await this.takeSeat(tx, sessionId))) break;
      const promotedAt = new Date();
      if (!(await this.confirm(tx, next.id, promotedAt))) {
        // Somebody else moved this ticket meanwhile: give the seat back and look again.
        await tx.createQueryBuilder().update(SeatPool).set({ taken: () => 'taken - 1' }).where('session_id = :sessionId', { sessionId }).execute();
        continue;
      }
      promoted.push({ ...next, status: 'confirmed', promotedAt });
    }
    for (const seat of promoted) await this.events.promoted(tx, seat);
    return promoted;
  }

  /**
   * One waitlisted place into a free seat, out of turn (an organizer's decision, announced by
   * the caller); never beyond capacity. Answers when, or null when no seat is free.
   */
  async promoteOutOfTurn(tx: Tx, seat: SessionSeat): Promise<Date | null> {
    if (!(await this.takeSeat(tx, seat.sessionId))) return null;
    const promotedAt = new Date();
    await tx.update(SessionSeat, { id: seat.id }, { status: 'confirmed', promotedAt });
    return promotedAt;
  }

  /** The places of these registrations, by registration then session. */
  seatsOf(registrationIds: number[], tx: Tx = this.dataSource.manager): Promise<SessionSeat[]> {
    if (!registrationIds.length) return Promise.resolve([]);
    return tx.find(SessionSeat, { where: { registrationId: In(registrationIds) }, order: { registrationId: 'ASC', sessionId: 'ASC' } });
  }

  /** A registration's confirmed seats and waitlist tickets, by session. */
  heldBy(registrationId: number, tx: Tx = this.dataSource.manager): Promise<SessionSeat[]> {
    return tx.find(SessionSeat, { where: { registrationId, status: In(['confirmed', 'waitlisted']) }, order: { sessionId: 'ASC' } });
  }

  seatOf(registrationId: number, sessionId: number, tx: Tx = this.dataSource.manager): Promise<SessionSeat | null> {
    return tx.findOne(SessionSeat, { where: { registrationId, sessionId } });
  }

  /** Every place in these sessions, by session. */
  seatsIn(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<SessionSeat[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return tx.find(SessionSeat, { where: { sessionId: In(sessionIds) }, order: { sessionId: 'ASC', id: 'ASC' } });
  }

  /** Capacity and seats taken, for views (seats left on a registration form). */
  counts(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<PoolCounts[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return tx.find(SeatPool, { where: { sessionId: In(sessionIds) }, select: { sessionId: true, capacity: true, taken: true } });
  }

  /**
   * Waitlist positions by seat id, 1 for the head; ranks among waiting tickets, so positions
   * never have gaps. One statement for a whole page of seats, so lists do not query per seat.
   */
  async positions(seatIds: number[], tx: Tx = this.dataSource.manager): Promise<Map<number, number>> {
    if (!seatIds.length) return new Map();
    const ranks = await this.ranks(tx, 's.id IN (:...seatIds)', { seatIds });
    return new Map(ranks.map((r) => [r.seatId, r.position]));
  }

  /** The waitlist positions of one registration's waiting seats, by session. */
  async positionsOf(registrationId: number, tx: Tx = this.dataSource.manager): Promise<Map<number, number>> {
    const ranks = await this.ranks(tx, 's.registration_id = :registrationId', { registrationId });
    return new Map(ranks.map((r) => [r.sessionId, r.position]));
  }

  /** Each waiting seat that `where` picks, with the count of waiting tickets up to and including its own. */
  private async ranks(tx: Tx, where: string, parameters: Record<string, unknown>): Promise<{ seatId: number; sessionId: number; position: number }[]> {
    const rows: { seatId: number | string; sessionId: number | string; position: number | string }[] = await tx
      .createQueryBuilder(SessionSeat, 's')
      .innerJoin(SessionSeat, 'w', 'w.sessionId = s.sessionId AND w.status = :waitlisted AND w.queueNumber <= s.queueNumber', { waitlisted: 'waitlisted' })
      .select('s.id', 'seatId')
      .addSelect('s.session_id', 'sessionId')
      .addSelect('COUNT(w.id)', 'position')
      .where(where, parameters)
      .andWhere('s.status = :waitlisted')
      .groupBy('s.id')
      .addGroupBy('s.session_id')
      .getRawMany();
    // MariaDB answers COUNT as a string.
    return rows.map((r) => ({ seatId: Number(r.seatId), sessionId: Number(r.sessionId), position: Number(r.position) }));
  }

  private async takeSeat(tx: Tx, sessionId: number): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(SeatPool)
      .set({ taken: () => 'taken + 1' })
      .where('session_id = :sessionId AND (capacity IS NULL OR taken < capacity)', { sessionId })
      .execute();
    return result.affected === 1;
  }

  private async confirm(tx: Tx, seatId: number, promotedAt: Date): Promise<boolean> {
    const moved = await tx.createQueryBuilder().update(SessionSeat).set({ status: 'confirmed', promotedAt }).where("id = :id AND status = 'waitlisted'", { id: seatId }).execute();
    return moved.affected === 1;
  }

  /**
   * The confirmed seats, in sessions that take place, of an edition's registrations still coming
   * (confirmed or pending, not anonymised), with their registration, session and room; by
   * registration, then in the order the sessions take place.
   */
  confirmedSeatsOfAttendeesComing(editionId: number): Promise<Array<SessionSeat & { registration: Registration; session: SessionWithRoom }>> {
    // Registration, session and room are other modules' rows, mapped by their entity names.
    return this.dataSource
      .getRepository<SessionSeat>('SessionSeat')
      .createQueryBuilder('seat')
      .innerJoinAndMapOne('seat.registration', 'Registration', 'registration', 'registration.id = seat.registration_id')
      .innerJoinAndMapOne('seat.session', 'Session', 'session', 'session.id = seat.session_id')
      .leftJoinAndMapOne('session.room', 'Room', 'room', 'room.id = session.room_id')
      .where('registration.editionId = :editionId', { editionId })
      .andWhere('registration.status IN (:...statuses)', { statuses: ['confirmed', 'pending'] })
      .andWhere('registration.anonymizedAt IS NULL')
      .andWhere('seat.status = :seatStatus', { seatStatus: 'confirmed' })
      .andWhere('session.status = :sessionStatus', { sessionStatus: 'scheduled' })
      .orderBy('registration.id', 'ASC')
      .addOrderBy('session.startsAt', 'ASC')
      .addOrderBy('session.id', 'ASC')
      .getMany() as Promise<Array<SessionSeat & { registration: Registration; session: SessionWithRoom }>>;
  }

  /**
   * The places (confirmed seats and waitlist tickets) in these sessions of registrations still
   * coming (confirmed or pending), each with its registration.
   */
  placesOfAttendeesComing(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<Array<SessionSeat & { registration: Registration }>> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return tx
      .getRepository<SessionSeat>('SessionSeat')
      .createQueryBuilder('seat')
      .innerJoinAndMapOne('seat.registration', 'Registration', 'registration', "registration.id = seat.registration_id AND registration.status IN ('pending', 'confirmed')")
      .where('seat.sessionId IN (:...sessionIds)', { sessionIds })
      .andWhere('seat.status IN (:...seatStatuses)', { seatStatuses: ['confirmed', 'waitlisted'] })
      .orderBy('seat.id', 'ASC')
      .getMany() as Promise<Array<SessionSeat & { registration: Registration }>>;
  }

  /** Seats left now in each of these sessions; null when a session has no limit. */
  async seatsLeft(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<Map<number, number | null>> {
    const pools = await this.counts(sessionIds, tx);
    return new Map(pools.map((p) => [p.sessionId, p.capacity === null ? null : Math.max(0, p.capacity - p.taken)]));
  }

  /** Seats by status across every session, for the metrics page: one grouped count. */
  async totalsByStatus(): Promise<Map<SeatStatus, number>> {
    const rows: { status: SeatStatus; n: string | number }[] = await this.dataSource.query('SELECT status, COUNT(*) AS n FROM session_seat GROUP BY status');
    return new Map(rows.map((row) => [row.status, Number(row.n)]));
  }
}
