import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A hall or meeting room of an edition's venue. */
@Entity('room')
@Index('UQ_room_edition_name', ['editionId', 'nameZh'], { unique: true })
export class Room {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ name: 'name_zh', type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  /** Seats; a session in the room may not offer more. Null when unknown. */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ name: 'display_order', type: 'int', default: 0 })
  displayOrder: number;
}
