import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import type { Registration } from '../../registrations/entities/registration.entity';
import type { Session } from '../../sessions/entities/session.entity';
import { SEAT_STATUSES, SeatStatus } from '../seat-status';

/** A registration's place in one session: a confirmed seat, or a ticket on the waitlist. */
@Entity('session_seat')
@Index('UQ_session_seat', ['registrationId', 'sessionId'], { unique: true })
@Index('IDX_session_seat_queue', ['sessionId', 'status', 'queueNumber'])
export class SessionSeat {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'registration_id', type: 'int' })
  registrationId: number;

  @ManyToOne('Registration', (registration: Registration) => registration.seats, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registration_id' })
  registration: Registration;

  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne('Session', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session: Session;

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
