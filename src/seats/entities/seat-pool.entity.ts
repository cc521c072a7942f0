import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Session } from '../../sessions/entities/session.entity';

/**
 * The seat counters of one session, one row per session (opened with it, gone with it). Every
 * registration for a session updates this row first, so its row lock orders them; the
 * counters change only by conditional UPDATEs (`taken = taken + 1 WHERE taken < capacity`),
 * never read-then-written, so the capacity holds under any concurrency and across processes.
 */
@Entity('seat_pool')
export class SeatPool {
  @PrimaryColumn({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne('Session', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Session;

  /**
   * The limit the seat store enforces; null: registration is not limited by seats. Today always
   * session.capacity (the organizer's declared figure, shown in programs and release snapshots),
   * written with it in one transaction by the sessions service; a later issue makes it
   * `session.capacity ?? room.capacity`, which is why it is a column of its own.
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
