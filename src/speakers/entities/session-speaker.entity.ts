import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SPEAKER_ROLES, SpeakerRole } from '../speaker-role';
import { Speaker } from './speaker.entity';

/** A speaker's appearance in a session, with the role and the order in which the program lists them. */
@Entity('session_speaker')
@Index('UQ_session_speaker', ['sessionId', 'speakerId'], { unique: true })
export class SessionSpeaker {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Session', { onDelete: 'RESTRICT' })
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

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
