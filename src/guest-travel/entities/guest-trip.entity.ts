import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';
import { TRIP_DIRECTIONS, TRIP_MODES, TripDirection, TripMode } from '../trip-kinds';

/**
 * How a guest arrives or leaves: one arrival and one departure per guest. The desk groups
 * arrivals by day and station; pickups are dispatched from them.
 */
@Entity('guest_trip')
@Index('UQ_guest_trip_direction', ['guestId', 'direction'], { unique: true })
@Index('IDX_guest_trip_edition_at', ['editionId', 'direction', 'at'])
export class GuestTrip {
  @PrimaryGeneratedColumn()
  id: number;

  /** The guest's edition, kept here so a day's arrivals are one indexed range. */
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @ForeignKey('Guest', { onDelete: 'CASCADE' })
  @Column({ name: 'guest_id', type: 'int' })
  guestId: number;

  @Column({ type: 'simple-enum', enum: TRIP_DIRECTIONS })
  direction: TripDirection;

  @Column({ type: 'simple-enum', enum: TRIP_MODES })
  mode: TripMode;

  /** Flight or train number (CA1234, G87), upper-cased; none by car. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  number: string | null;

  /** The instant of arrival (or departure), UTC. */
  @Column({ type: 'datetime' })
  at: Date;

  /** Airport or station (首都机场T3, 北京南站), as typed. */
  @Column({ type: 'varchar', length: 100 })
  station: string;

  @UpdatedAtColumn()
  updatedAt: Date;
}
