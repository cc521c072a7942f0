import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { Edition } from '../../editions/entities/edition.entity';
import { Room } from '../../rooms/entities/room.entity';
import { SESSION_KINDS, SESSION_STATUSES, SessionKind, SessionStatus } from '../session-kind';
import type { SessionRole } from './session-role.entity';

/** One item of an edition's program: the opening ceremony, the main forum, a sub-forum… */
@Entity('session')
@Index('IDX_session_edition_start', ['editionId', 'startsAt'])
export class Session {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @ManyToOne(() => Edition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition: Edition;

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

  @Column({ name: 'room_id', type: 'int', nullable: true })
  roomId: number | null;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'room_id' })
  room: Room | null;

  /** Seats offered for registration; null means registration is not limited by seats. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ type: 'simple-enum', enum: SESSION_STATUSES, default: 'scheduled' })
  status: SessionStatus;

  /**
   * Seats taken (confirmed registrations). Changed only by conditional UPDATEs
   * (`taken = taken + 1 WHERE taken < capacity`), never read-then-written, so capacity holds
   * under any concurrency and across server processes.
   */
  @Column({ type: 'int', default: 0 })
  taken: number;

  /** Last waitlist ticket handed out; positions are ranks among the waiting tickets, so they have no gaps. */
  @Column({ name: 'waitlist_seq', type: 'int', default: 0 })
  waitlistSeq: number;

  @Column({ name: 'registration_opens_at', type: 'datetime', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'datetime', nullable: true })
  registrationClosesAt: Date | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @OneToMany('SessionRole', (role: SessionRole) => role.session)
  roles: SessionRole[];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
