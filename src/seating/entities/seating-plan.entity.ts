import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';
import { SEATING_CONVENTIONS, type SeatingConvention, type SeatRef } from '@huiwu/protocol-seating';

/**
 * A session's protocol seating (主席台 and front rows): the convention, the seats per row, who is
 * seated (null: every guest invited to the session who has not declined) and the seats fixed by
 * hand (swaps). Who sits where is worked out from these and the guests' ranks whenever asked, so
 * a guest added, re-ranked or declining moves the plan with them.
 */
@Entity('seating_plan')
@Index('UQ_seating_plan_session', ['sessionId'], { unique: true })
export class SeatingPlan {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Session', { onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @Column({ type: 'simple-enum', enum: SEATING_CONVENTIONS, default: 'chinese' })
  convention: SeatingConvention;

  /** Seats per row, the front row first (`rows` is a reserved word in MySQL 8). */
  @Column({ name: 'row_sizes', type: 'simple-json' })
  rows: number[];

  /** The guests seated, by id; null for all those invited to the session who have not declined. */
  @Column({ name: 'guest_ids', type: 'simple-json', nullable: true })
  guestIds: number[] | null;

  /** Seats fixed by hand: `[{ id: guestId, at: { row, seat } }]`. */
  @Column({ type: 'simple-json' })
  pins: Array<{ id: number; at: SeatRef }>;

  @UpdatedAtColumn()
  updatedAt: Date;
}
