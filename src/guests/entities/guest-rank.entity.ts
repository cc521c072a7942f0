import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One step of an edition's rank list (级别: 部级, 司局级, 处级…), which the organizer orders:
 * `position` 1 is the highest. Protocol seating, room allocation and lists sort guests by it.
 */
@Entity('guest_rank')
@Index('UQ_guest_rank_edition_name', ['editionId', 'name'], { unique: true })
export class GuestRank {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'int' })
  position: number;
}
