import { Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../common/entity-columns';

/**
 * A door where staff scan tickets: it admits to some sessions (a hall's sub-forums), or to the
 * edition as a whole (the venue's entrance). Its zone, if any, is what credentials name to admit.
 */
@Entity('check_in_gate')
export class CheckInGate {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** The sessions it admits to; null: the edition as a whole. */
  @Column({ name: 'session_ids', type: 'simple-json', nullable: true })
  sessionIds: number[] | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  zone: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
