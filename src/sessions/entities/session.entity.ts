import { Column, Entity, ForeignKey, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { SESSION_STATUSES, SessionStatus } from '../session-kind';
import { SessionProgramColumns } from '../session-program-columns';
import type { SessionRole } from './session-role.entity';

/**
 * One item of an edition's program: the opening ceremony, the main forum, a sub-forum…
 * Its seat counters are the seats module's (seat_pool), opened with it by SessionStore.create.
 */
@Entity('session')
@Index('IDX_session_edition_start', ['editionId', 'startsAt'])
export class Session extends SessionProgramColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @ForeignKey('Room', { onDelete: 'RESTRICT' })
  @Column({ name: 'room_id', type: 'int', nullable: true })
  roomId: number | null;

  @Column({ type: 'simple-enum', enum: SESSION_STATUSES, default: 'scheduled' })
  status: SessionStatus;

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
