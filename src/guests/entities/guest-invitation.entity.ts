import { Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Guest } from './guest.entity';

/** A session a guest is invited to; an invite-only session admits only these. */
@Entity('guest_invitation')
export class GuestInvitation {
  @PrimaryColumn({ name: 'guest_id', type: 'int' })
  guestId: number;

  @ForeignKey('Session', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne('Guest', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guest_id' })
  guest: Guest;
}
