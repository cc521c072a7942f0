import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Session } from '../sessions/entities/session.entity';
import { SessionSeat } from './entities/session-seat.entity';

export type SeatOutcome = { status: 'confirmed'; queueNumber: null } | { status: 'waitlisted'; queueNumber: number };

/**
 * Seats and waitlists, kept by conditional UPDATEs on the session row. Never read-then-write:
 * `taken = taken + 1 WHERE taken < capacity` either takes a seat or reports none left, under
 * any concurrency and across server processes. The session row is updated first in every path,
 * so on InnoDB its row lock orders the transactions that touch one session (inserting first,
 * whose foreign-key lock on the session row came before the UPDATE, deadlocked under load).
 */
@Injectable()
export class SeatAllocator {
  /** A confirmed seat if one is free, otherwise the next waitlist ticket. */
  async take(manager: EntityManager, sessionId: number): Promise<SeatOutcome> {
    if (await this.takeSeat(manager, sessionId)) return { status: 'confirmed', queueNumber: null };
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ waitlistSeq: () => 'waitlist_seq + 1' })
      .where('id = :sessionId', { sessionId })
      .execute();
    const { waitlistSeq } = await manager.findOneOrFail(Session, { where: { id: sessionId }, select: { id: true, waitlistSeq: true } });
    return { status: 'waitlisted', queueNumber: waitlistSeq };
  }

  /** Gives a confirmed seat back and hands it to the head of the waitlist; returns who was promoted. */
  async release(manager: EntityManager, sessionId: number): Promise<SessionSeat[]> {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ taken: () => 'taken - 1' })
      .where('id = :sessionId AND taken > 0', { sessionId })
      .execute();
    return this.promote(manager, sessionId);
  }

  /** Fills free seats from the head of the waitlist, in ticket order; returns the promoted seats. */
  async promote(manager: EntityManager, sessionId: number): Promise<SessionSeat[]> {
    const promoted: SessionSeat[] = [];
    for (;;) {
      const next = await manager.findOne(SessionSeat, { where: { sessionId, status: 'waitlisted' }, order: { queueNumber: 'ASC' } });
      if (!next) break;
      if (!(await this.takeSeat(manager, sessionId))) break;
      const moved = await manager
        .createQueryBuilder()
        .update(SessionSeat)
        .set({ status: 'confirmed', promotedAt: new Date() })
        .where("id = :id AND status = 'waitlisted'", { id: next.id })
        .execute();
      if (moved.affected !== 1) {
        // Somebody else moved this ticket meanwhile: give the seat back and look again.
        await manager.createQueryBuilder().update(Session).set({ taken: () => 'taken - 1' }).where('id = :sessionId', { sessionId }).execute();
        continue;
      }
      promoted.push({ ...next, status: 'confirmed', promotedAt: new Date() });
    }
    return promoted;
  }

  /**
   * Waitlist positions by seat id, 1 for the head; ranks among waiting tickets, so positions
   * never have gaps. One statement for a whole page of seats, so lists do not query per seat.
   */
  async positions(manager: EntityManager, seatIds: number[]): Promise<Map<number, number>> {
    if (!seatIds.length) return new Map();
    const ranks = await this.ranks(manager, 's.id IN (:...seatIds)', { seatIds });
    return new Map(ranks.map((r) => [r.seatId, r.position]));
  }

  /** The waitlist positions of one registration's waiting seats, by session. */
  async positionsOf(manager: EntityManager, registrationId: number): Promise<Map<number, number>> {
    const ranks = await this.ranks(manager, 's.registration_id = :registrationId', { registrationId });
    return new Map(ranks.map((r) => [r.sessionId, r.position]));
  }

  /** Each waiting seat that `where` picks, with the count of waiting tickets up to and including its own. */
  private async ranks(manager: EntityManager, where: string, parameters: Record<string, unknown>): Promise<{ seatId: number; sessionId: number; position: number }[]> {
    const rows: { seatId: number | string; sessionId: number | string; position: number | string }[] = await manager
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

  private async takeSeat(manager: EntityManager, sessionId: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ taken: () => 'taken + 1' })
      .where('id = :sessionId AND (capacity IS NULL OR taken < capacity)', { sessionId })
      .execute();
    return result.affected === 1;
  }
}
