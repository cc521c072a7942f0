import { Column } from 'typeorm';
import { SESSION_KINDS, SessionKind } from './session-kind';

/**
 * The program columns a session has and a release freezes (session and released_session),
 * declared once. An inherited column set rather than an embedded one: an embedded set nests
 * its properties (`session.program.titleZh`), and every reader of sessions and snapshots reads
 * them flat; the column names are the same either way. room_id and status stay with each
 * entity: in session they carry a foreign key and a default that the snapshot has not.
 */
export abstract class SessionProgramColumns {
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

  /** Instants in UTC; null while the session is not yet placed in time (unscheduled). */
  @Column({ name: 'starts_at', type: 'datetime', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'datetime', nullable: true })
  endsAt: Date | null;

  /** The local day of an unscheduled session, when known; derived from startsAt otherwise. */
  @Column({ type: 'date', nullable: true })
  day: string | null;

  /** Seats offered for registration, as the organizers declare it; null means not limited by seats. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;
}
