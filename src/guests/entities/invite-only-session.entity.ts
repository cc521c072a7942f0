import { Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * A session only invited guests may register for (a closed-door meeting, 闭门会). Kept here
 * rather than as a session column: it is the guest list that decides who gets in.
 */
@Entity('invite_only_session')
export class InviteOnlySession {
  @ForeignKey('Session', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'int' })
  sessionId: number;
}
