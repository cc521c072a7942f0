import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { SEAT_STATUSES, SeatStatus } from '../seat-status';

/** A registration's place in one session: a confirmed seat, or a ticket on the waitlist. */
@Entity('session_seat')
@Index('UQ_session_seat', ['registrationId', 'sessionId'], { unique: true })
@Index('IDX_session_seat_queue', ['sessionId', 'status', 'queueNumber'])
export class SessionSeat {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Registration', { onDelete: 'RESTRICT' })
  @Column({ name: 'registration_id', type: 'int' })
  registrationId: number;

  @ForeignKey('Session', { onDelete: 'RESTRICT' })
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @Column({ type: 'simple-enum', enum: SEAT_STATUSES })
  status: SeatStatus;

  /** The waitlist ticket (from seat_pool.waitlist_seq); the position is the rank among waiting tickets. */
  @Column({ name: 'queue_number', type: 'int', nullable: true })
  queueNumber: number | null;

  @Column({ name: 'promoted_at', type: 'datetime', nullable: true })
  promotedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
