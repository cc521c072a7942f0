import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Session } from '../../sessions/entities/session.entity';
import { SPEAKER_ROLES, SpeakerRole } from '../speaker-role';
import { Speaker } from './speaker.entity';

/** A speaker's appearance in a session, with the role and the order in which the program lists them. */
@Entity('session_speaker')
@Index('UQ_session_speaker', ['sessionId', 'speakerId'], { unique: true })
export class SessionSpeaker {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne('Session', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session: Session;

  @Column({ name: 'speaker_id', type: 'int' })
  speakerId: number;

  @ManyToOne(() => Speaker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'speaker_id' })
  speaker: Speaker;

  @Column({ type: 'simple-enum', enum: SPEAKER_ROLES, default: 'speaker' })
  role: SpeakerRole;

  @Column({ name: 'display_order', type: 'int', default: 0 })
  displayOrder: number;
}
