import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * The seat counters of one session, one row per session (opened with it, gone with it). Every
 * registration for a session updates this row first, so its row lock orders them; the
 * counters change only by conditional UPDATEs (`taken = taken + 1 WHERE taken < capacity`),
 * never read-then-written, so the capacity holds under any concurrency and across processes.
 */
@Entity('seat_pool')
export class SeatPool {
  @ForeignKey('Session', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'int' })
  sessionId: number;

  /**
   * The limit the seat store enforces; null: registration is not limited by seats. Always
   * `session.capacity ?? room.capacity` (seatLimit in the sessions module): the organizer's
   * declared figure (shown in programs and release snapshots), else the room's seats; written in
   * the transaction that changes either, by the sessions and rooms services.
   */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  /** Seats taken (confirmed places). */
  @Column({ type: 'int', default: 0 })
  taken: number;

  /** Last waitlist ticket handed out; positions are ranks among the waiting tickets, so they have no gaps. */
  @Column({ name: 'waitlist_seq', type: 'int', default: 0 })
  waitlistSeq: number;
}
