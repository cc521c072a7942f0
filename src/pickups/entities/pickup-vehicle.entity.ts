import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';

/** A car or bus of an edition's pickup fleet, with its driver: what the guest and driver are told. */
@Entity('pickup_vehicle')
@Index('UQ_pickup_vehicle_plate', ['editionId', 'plate'], { unique: true })
export class PickupVehicle {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  /** The number plate, upper-cased as typed (京A·12345). */
  @Column({ type: 'varchar', length: 20 })
  plate: string;

  /** Passenger seats (the driver's not counted). */
  @Column({ type: 'int' })
  seats: number;

  @Column({ name: 'driver_name', type: 'varchar', length: 100 })
  driverName: string;

  /** E.164 (+8613800138000), the number SMS go to and guests are given. */
  @Column({ name: 'driver_phone', type: 'varchar', length: 32, nullable: true })
  driverPhone: string | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
