import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Session } from '../../sessions/entities/session.entity';
import { SESSION_KINDS, SESSION_STATUSES, SessionKind, SessionStatus } from '../../sessions/session-kind';
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
export class ReleasedSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'release_id', type: 'int' })
  releaseId: number;

  @ManyToOne(() => ProgramRelease, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id' })
  release: ProgramRelease;

  /** A released session can no longer be deleted (it is cancelled instead), so this always resolves. */
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session: Session;

  @Column({ type: 'simple-enum', enum: SESSION_KINDS })
  kind: SessionKind;

  @Column({ name: 'title_zh', type: 'varchar', length: 300 })
  titleZh: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'theme_zh', type: 'varchar', length: 300, nullable: true })
  themeZh: string | null;

  @Column({ name: 'theme_en', type: 'varchar', length: 300, nullable: true })
  themeEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'starts_at', type: 'datetime', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'datetime', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'date', nullable: true })
  day: string | null;

  @Column({ name: 'room_id', type: 'int', nullable: true })
  roomId: number | null;

  @Column({ name: 'room_name_zh', type: 'varchar', length: 200, nullable: true })
  roomNameZh: string | null;

  @Column({ name: 'room_name_en', type: 'varchar', length: 200, nullable: true })
  roomNameEn: string | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

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
