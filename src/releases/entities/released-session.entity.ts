import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SESSION_STATUSES, SessionStatus } from '../../sessions/session-kind';
import { SessionProgramColumns } from '../../sessions/session-program-columns';
import type { SessionHostDto, SessionSpeakerDto } from '../../sessions/dto/session.dto';
import { ProgramRelease } from './program-release.entity';

export const SESSION_CHANGES = ['added', 'moved', 'retitled', 'cancelled', 'restored', 'speakers_changed', 'hosts_changed', 'details_changed'] as const;
export type SessionChange = (typeof SESSION_CHANGES)[number];

/**
 * A session as one release froze it: what the public program, calendars and printed
 * programs of that version show, whatever the organizers edit afterwards.
 */
@Entity('released_session')
@Index('UQ_released_session', ['releaseId', 'sessionId'], { unique: true })
@Index('IDX_released_session_session', ['sessionId', 'releaseId'])
export class ReleasedSession extends SessionProgramColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'release_id', type: 'int' })
  releaseId: number;

  @ManyToOne(() => ProgramRelease, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id' })
  release: ProgramRelease;

  /** A released session can no longer be deleted (it is cancelled instead), so this always resolves. */
  @ForeignKey('Session', { onDelete: 'RESTRICT' })
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @Column({ name: 'room_id', type: 'int', nullable: true })
  roomId: number | null;

  @Column({ name: 'room_name_zh', type: 'varchar', length: 200, nullable: true })
  roomNameZh: string | null;

  @Column({ name: 'room_name_en', type: 'varchar', length: 200, nullable: true })
  roomNameEn: string | null;

  @Column({ type: 'simple-enum', enum: SESSION_STATUSES })
  status: SessionStatus;

  @Column({ type: 'simple-json' })
  hosts: SessionHostDto[];

  @Column({ type: 'simple-json' })
  speakers: SessionSpeakerDto[];

  /** How many releases changed this session since it first appeared: its calendar SEQUENCE. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  /** When the public last saw this session change: the publication of the release that last changed it. */
  @Column({ name: 'last_changed_at', type: 'datetime' })
  lastChangedAt: Date;

  /** What this release changed about the session, against the previous release. */
  @Column({ type: 'simple-json' })
  changes: SessionChange[];
}
