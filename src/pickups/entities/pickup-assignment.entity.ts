import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAtColumn } from '../../common/entity-columns';
import type { PickupVehicle } from './pickup-vehicle.entity';

/**
 * One arrival given to a vehicle: at most one per arrival (the unique trip). A vehicle's run is
 * the arrivals it meets at one station in one 30-minute window (`windowStart`, UTC), never more
 * than its seats: the service counts them under the edition's lock before it writes.
 */
@Entity('pickup_assignment')
@Index('UQ_pickup_assignment_trip', ['tripId'], { unique: true })
@Index('IDX_pickup_assignment_run', ['vehicleId', 'windowStart'])
export class PickupAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @ForeignKey('GuestTrip', { onDelete: 'CASCADE' })
  @Column({ name: 'trip_id', type: 'int' })
  tripId: number;

  @Column({ name: 'vehicle_id', type: 'int' })
  vehicleId: number;

  @ManyToOne('PickupVehicle', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vehicle_id' })
  vehicle: PickupVehicle;

  /** The start of the 30-minute window of the arrival, UTC: the run's key with the vehicle. */
  @Column({ name: 'window_start', type: 'datetime' })
  windowStart: Date;

  /** Where the driver waits (T3到达层8号门): told to the guest and the driver. */
  @Column({ name: 'meeting_point', type: 'varchar', length: 100 })
  meetingPoint: string;

  @UpdatedAtColumn()
  updatedAt: Date;
}
