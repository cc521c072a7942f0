import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Edition } from '../../editions/entities/edition.entity';

/** A hotel where the edition holds rooms for its guests. */
@Entity('hotel')
@Index('UQ_hotel_edition_name', ['editionId', 'name'], { unique: true })
export class Hotel {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @ManyToOne('Edition', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id' })
  edition: Edition;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;
}
