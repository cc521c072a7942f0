import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A hotel where the edition holds rooms for its guests. */
@Entity('hotel')
@Index('UQ_hotel_edition_name', ['editionId', 'name'], { unique: true })
export class Hotel {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Edition', { onDelete: 'RESTRICT' })
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;
}
