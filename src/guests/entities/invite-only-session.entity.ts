import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Session } from '../../sessions/entities/session.entity';

/**
 * A session only invited guests may register for (a closed-door meeting, 闭门会). Kept here
 * rather than as a session column: it is the guest list that decides who gets in.
 */
@Entity('invite_only_session')
export class InviteOnlySession {
  @PrimaryColumn({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne('Session', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Session;
}
